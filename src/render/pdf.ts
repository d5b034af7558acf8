/**
 * The browser step: one headless Chromium per render, injected into every print (never a
 * module global), pages printed in parallel up to a bound. Pages are safe by construction:
 * JavaScript off, every request that is not `data:` or `about:` aborted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, PaperFormat } from 'puppeteer-core';
import { SecbookError } from '../errors.js';
import { findBrowser } from './find-browser.js';
import { destinationPages, fillContentsPages } from './pdf-dests.js';

export type Paper = 'a4' | 'letter';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--mute-audio',
];

/**
 * Renderer and browser in one process. NOTE: Chromium calls this a debugging mode, but for
 * secbook's pages (static, JavaScript off, no network) it prints the example's 72 pages
 * ~35 % faster on 2 cores (3.2 s → 2.0 s for all 8 documents; cross-process paint and PDF
 * data was most of the cost), and opens pages faster. If Chromium will not start that way,
 * withBrowser() starts it the usual way.
 */
export const FAST_LAUNCH_ARGS = ['--single-process'];

export interface BrowserOptions {
  /** Binary to launch; found with findBrowser() when omitted. */
  executablePath?: string;
  /** Called once per browser launch (tests and benchmarks count launches). */
  onLaunch?: () => void;
}

/**
 * Launches one browser with a fresh profile, runs `fn` with it and always closes it
 * (also when `fn` throws) and removes the profile.
 */
export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>, options: BrowserOptions = {}): Promise<T> {
  const executablePath = options.executablePath ?? findBrowser();
  const { launch } = await import('puppeteer-core');
  const profile = await mkdtemp(join(tmpdir(), 'secbook-chrome-'));
  let browser: Browser;
  try {
    options.onLaunch?.();
    const start = (fast: boolean) =>
      launch({ executablePath, headless: true, args: [...LAUNCH_ARGS, ...(fast ? FAST_LAUNCH_ARGS : []), `--user-data-dir=${profile}`], userDataDir: profile });
    browser = await start(true).catch(() => start(false));
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new SecbookError(`could not start the browser at ${executablePath}: ${(error as Error).message.split('\n')[0]}`, {
      hint: 'Check that it runs (`chromium --version`), or point PUPPETEER_EXECUTABLE_PATH at another Chrome/Chromium.',
      cause: error,
    });
  }
  try {
    return await fn(browser);
  } finally {
    await browser.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Runs `fn` with a browser; withBrowser() is the default. Tests and benchmarks inject their own. */
export type BrowserProvider = <T>(fn: (browser: Browser) => Promise<T>) => Promise<T>;

/** A browser that starts launching now and is used later (see startBrowserSession). */
export interface BrowserSession {
  /** Hands the browser to `fn` once it is up; the browser closes when `fn` settles. */
  run<T>(fn: (browser: Browser) => Promise<T>): Promise<T>;
  /** Closes the browser unused (the caller failed before printing). */
  cancel(): Promise<void>;
}

/**
 * Starts a browser through `provider` without waiting for it, so Chromium's start-up
 * (about 1 s) overlaps the work that decides what to print. Call run() or cancel() once.
 */
export function startBrowserSession(provider: BrowserProvider): BrowserSession {
  type Work = ((browser: Browser) => Promise<unknown>) | null;
  let handOver!: (work: Work) => void;
  const work = new Promise<Work>((resolve) => (handOver = resolve));
  const done = provider(async (browser) => {
    const fn = await work;
    return fn ? fn(browser) : undefined;
  });
  // NOTE: a launch failure surfaces in run(); until then it must not count as unhandled.
  done.catch(() => undefined);
  return {
    async run<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
      handOver(fn);
      return (await done) as T;
    },
    async cancel() {
      handOver(null);
      await done.catch(() => undefined);
    },
  };
}

export interface PrintOptions {
  paper?: Paper;
  /** Shown in the running header. */
  title: string;
  /** Shown in the running footer ("version 1.2 · page 3 of 9"). */
  version?: string;
  /** Extra footer text (branding.footer_text), left-aligned. */
  footerText?: string;
  /** Header/footer colour; defaults to a neutral grey. */
  accentColor?: string;
  /** Header/footer type size in points (default 7.5); breach notices need at least 10. */
  headerFooterPt?: number;
  /**
   * `chrome` (default): Chromium draws the running header/footer from `title`, `version` and
   * `footerText`. `css`: the document draws its own with `@page` margin boxes, as secbook's
   * layout does (cheaper to print, and the cover page can go without one).
   */
  runningHeader?: 'chrome' | 'css';
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Header and footer are rendered by Chromium itself; they take inline styles only. */
function headerFooter(options: PrintOptions): { headerTemplate: string; footerTemplate: string } {
  const base = `font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: ${options.headerFooterPt ?? 7.5}pt; color: #6b7280; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between;`;
  const title = escapeHtml(options.title);
  const version = options.version ? `version ${escapeHtml(options.version)}` : '';
  const footer = options.footerText ? escapeHtml(options.footerText) : '';
  return {
    headerTemplate: `<div style='${base}'><span>${title}</span><span>${version}</span></div>`,
    footerTemplate: `<div style='${base}'><span>${footer}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}

/** A browser tab set up for printing: JavaScript off, every non-`data:`/`about:` request aborted. */
export interface PrintPage {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Opens one locked-down page that can print many documents in turn. NOTE: reusing a page
 * halves the cost per document here (a new page + its setup is ~0.3 s on these machines).
 */
export async function openPrintPage(browser: Browser): Promise<PrintPage> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('about:')) void request.continue();
      else void request.abort('blockedbyclient');
    });
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
  return {
    async print(html, options) {
      const once = async (content: string): Promise<Uint8Array> => {
        await page.setContent(content, { waitUntil: 'load', timeout: 60_000 });
        const format: PaperFormat = options.paper === 'letter' ? 'letter' : 'a4';
        return page.pdf({
          format,
          printBackground: true,
          // Page margins come from the print CSS (`@page`) where it sets them; these are defaults.
          ...(options.runningHeader === 'css'
            ? { displayHeaderFooter: false, margin: { top: 0, bottom: 0, left: 0, right: 0 } }
            : { displayHeaderFooter: true, ...headerFooter(options), margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' } }),
          preferCSSPageSize: false,
          // NOTE: untagged: Chromium's tagged-PDF pass made printing ~60 % slower here
          // (19.4 s vs 11.9 s for the example's 71 pages); the text stays selectable.
          tagged: false,
          timeout: 120_000,
        });
      };
      const first = await once(html);
      // A contents page with page numbers needs a second pass: the first tells where each
      // section landed (the numbers do not move anything, they sit on lines already there).
      if (!html.includes('<span class="toc-page" data-anchor=')) return first;
      const filled = fillContentsPages(html, destinationPages(first));
      return filled === html ? first : once(filled);
    },
    close: () => page.close().catch(() => undefined),
  };
}

/** Prints one self-contained HTML document to PDF on a new page of `browser`. */
export async function printPdf(browser: Browser, html: string, options: PrintOptions): Promise<Uint8Array> {
  const page = await openPrintPage(browser);
  try {
    return await page.print(html, options);
  } finally {
    await page.close();
  }
}

/**
 * Prints many documents on one browser: at most `limit` pages, each reused for the next
 * document, results in input order. `onPrinted` runs as each PDF is ready (write it there).
 */
export async function printMany<T>(
  browser: Browser,
  jobs: readonly T[],
  toPrint: (job: T) => { html: string; options: PrintOptions },
  onPrinted: (job: T, pdf: Uint8Array) => Promise<void>,
  limit = PRINT_CONCURRENCY,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    const page = await openPrintPage(browser);
    try {
      while (next < jobs.length) {
        const job = jobs[next++] as T;
        const { html, options } = toPrint(job);
        await onPrinted(job, await page.print(html, options));
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}

/** Runs `fn` over `items` with at most `limit` in flight; results keep input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * How many documents one browser prints at once. NOTE: measured on the 2-core machines:
 * 8 documents took 3.7–4.3 s with 2 pages, 4.2–4.7 s with 3, 5.5 s with 4 (printing is
 * CPU-bound; more pages only queue).
 */
export const PRINT_CONCURRENCY = 2;
