/**
 * PDF tests need a real Chrome/Chromium. When none is found, this installs Debian's
 * `chromium` (as root on Debian) or fails with the exact command to run — PDF tests are
 * never skipped silently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from '../../src/render/find-browser.js';

export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

export function ensureBrowser(): string {
  try {
    return findBrowser({ ...process.env, SECBOOK_NO_BROWSER: undefined });
  } catch {
    const root = process.getuid?.() === 0;
    if (root && existsSync('/etc/debian_version')) {
      execFileSync('sh', ['-c', `${INSTALL_COMMAND} >/dev/null`], { stdio: 'inherit' });
      return findBrowser({ ...process.env, SECBOOK_NO_BROWSER: undefined });
    }
    throw new Error(`PDF tests need Chrome or Chromium and none was found. Run: ${root ? '' : 'sudo '}${INSTALL_COMMAND} (or set PUPPETEER_EXECUTABLE_PATH)`);
  }
}
