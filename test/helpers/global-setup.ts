import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds dist/ once so CLI tests spawn the real `bin/secbook.js`, and points the user cache
 * (validated team checklists, src/storage/checklist-cache.ts) and the user state at throw-away
 * folders.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const cache = mkdtempSync(join(tmpdir(), 'secbook-test-cache-'));
  process.env.XDG_CACHE_HOME = cache;
  // The session's UI state (src/storage/ui-state.ts) must not land in the tester's home.
  const state = mkdtempSync(join(tmpdir(), 'secbook-test-state-'));
  process.env.XDG_STATE_HOME = state;
  return () => {
    rmSync(cache, { recursive: true, force: true });
    rmSync(state, { recursive: true, force: true });
  };
}
