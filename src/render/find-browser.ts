/**
 * Finds a system Chrome/Chromium for PDF printing. secbook never downloads a browser
 * itself (a download would be large and unvetted): it looks where browsers are usually installed
 * and otherwise explains how to get one.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SecbookError } from '../errors.js';

/** Set to `1` to pretend no browser is installed (tests, HTML-only machines). */
export const NO_BROWSER_ENV = 'SECBOOK_NO_BROWSER';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT =
  'Install Chromium (Debian/Ubuntu: `apt-get install -y chromium`), or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium binary. HTML output works without one: --format html.';

/** Chrome for Testing builds in puppeteer's cache (`~/.cache/puppeteer/chrome/<ver>/…`). */
function puppeteerCache(env: NodeJS.ProcessEnv): string[] {
  const root = join(env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer'), 'chrome');
  try {
    return readdirSync(root)
      .sort()
      .reverse()
      .flatMap((v) => [join(root, v, 'chrome-linux64', 'chrome'), join(root, v, 'chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing')]);
  } catch {
    return [];
  }
}

/**
 * The browser binary to launch: `PUPPETEER_EXECUTABLE_PATH` when set (it must exist),
 * else the first installed candidate. Throws a SecbookError saying how to get one.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  if (env[NO_BROWSER_ENV] === '1') {
    throw new SecbookError(`PDF output needs Chrome or Chromium, and ${NO_BROWSER_ENV}=1 disables looking for one`, { hint: INSTALL_HINT });
  }
  const explicit = env.PUPPETEER_EXECUTABLE_PATH;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new SecbookError(`PDF output needs Chrome or Chromium, but PUPPETEER_EXECUTABLE_PATH=${explicit} does not exist`, { hint: INSTALL_HINT });
  }
  const found = [...SYSTEM_PATHS, ...puppeteerCache(env)].find((p) => existsSync(p));
  if (found) return found;
  throw new SecbookError('PDF output needs Chrome or Chromium, and none was found', {
    hint: INSTALL_HINT,
    details: [`looked in: PUPPETEER_EXECUTABLE_PATH, ${SYSTEM_PATHS.slice(0, 4).join(', ')}, puppeteer's cache`],
  });
}
