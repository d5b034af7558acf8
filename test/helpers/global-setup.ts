import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds dist/ once so CLI tests spawn the real `bin/secbook.js`, and points the user cache
 * (validated team checklists, src/storage/checklist-cache.ts) at a throw-away folder.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const cache = mkdtempSync(join(tmpdir(), 'secbook-test-cache-'));
  process.env.XDG_CACHE_HOME = cache;
  return () => rmSync(cache, { recursive: true, force: true });
}
