import { execFileSync } from 'node:child_process';

/** Builds dist/ once so CLI tests spawn the real `bin/secbook.js`. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
