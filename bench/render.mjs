// Render: the example workbook (all documents, HTML + PDF) the way `secbook render` does it —
// one browser, pages printed in parallel — against the naive way (a new browser per
// document), plus an unchanged re-render against an HTML-only render. Same process, same
// run, so machine noise hits every variant alike. Targets (issue 5): full ≥ 4× faster than
// naive; unchanged re-render ≤ 1.2 × HTML-only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workbook = join(root, 'examples', 'acme', 'workbook.yaml');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const now = new Date('2026-11-29T10:00:00Z');

// The render service is TypeScript: bundle it (dependencies stay external) so this plain
// .mjs script can call it in-process.
const outfile = join(root, 'node_modules', '.cache', 'secbook-bench', 'render.mjs');
await build({
  stdin: {
    contents: "export { renderProject } from './src/app/render.ts'; export { withBrowser, printPdf } from './src/render/pdf.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { renderProject, withBrowser, printPdf } = await import(pathToFileURL(outfile).href);

const temps = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'secbook-bench-render-'));
  temps.push(dir);
  return dir;
};
const time = async (fn) => {
  const t0 = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const options = (out, formats, extra = {}) => ({ cwd: root, workbook, out, formats, paper: 'a4', now, ...extra });

const t = { html: [], full: [], unchanged: [], naive: [], cliHtml: [], cliUnchanged: [] };
let docs = 0;
let pages = 0;
try {
  // Warm-up (module loading, JIT) so the first timed variant is not penalised.
  await renderProject(options(fresh(), ['html']));
  for (let i = 0; i < runs; i++) {
    // HTML only, into an empty folder.
    t.html.push((await time(() => renderProject(options(fresh(), ['html'])))).ms);

    // Full render: HTML + PDF, one browser, bounded parallel printing.
    const out = fresh();
    let launches = 0;
    const browser = (fn) => withBrowser(fn, { onLaunch: () => launches++ });
    const full = await time(() => renderProject(options(out, ['html', 'pdf'], { browser })));
    if (launches !== 1) throw new Error(`full render launched ${launches} browsers`);
    t.full.push(full.ms);
    docs = full.result.documents.length;

    // Unchanged re-render of the same folder: must write nothing and launch nothing.
    const again = await time(() => renderProject(options(out, ['html', 'pdf'], { browser })));
    if (launches !== 1 || again.result.documents.some((d) => d.written.length > 0)) throw new Error('unchanged re-render wrote files or launched a browser');
    t.unchanged.push(again.ms);

    // Naive: the same HTML, then a new browser for each document, one after another.
    const naiveOut = fresh();
    const naive = await time(async () => {
      const r = await renderProject(options(naiveOut, ['html']));
      for (const d of r.documents) {
        const html = readFileSync(join(naiveOut, d.files.html.path), 'utf8');
        const pdf = await withBrowser((b) => printPdf(b, html, { title: d.title, version: d.version, runningHeader: 'css' }));
        pages += i === 0 ? (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length : 0;
      }
    });
    t.naive.push(naive.ms);

    // The same two through the CLI (process start, checklist loading and all).
    const cli = (args) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [join(root, 'bin', 'secbook.js'), 'render', workbook, ...args], { cwd: root, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1', SECBOOK_NOW: now.toISOString() } });
      if (r.status !== 0) throw new Error(`secbook render ${args.join(' ')} exited ${r.status}`);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    t.cliHtml.push(cli(['--format', 'html', '--out', fresh()]));
    t.cliUnchanged.push(cli(['--format', 'html,pdf', '--out', out]));
  }
} finally {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}

const m = Object.fromEntries(Object.entries(t).map(([k, xs]) => [k, median(xs)]));
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Example workbook: ${docs} documents, ${pages} PDF pages; medians of ${runs} runs.\n`);
console.log('| variant | median |');
console.log('|---|---:|');
console.log(`| HTML only (in-process) | ${s(m.html)} |`);
console.log(`| full render, HTML + PDF, one single-process browser, 2 reused pages | ${s(m.full)} |`);
console.log(`| naive: HTML + a new browser per document | ${s(m.naive)} |`);
console.log(`| unchanged re-render, HTML + PDF (in-process) | ${s(m.unchanged)} |`);
console.log(`| CLI: secbook render --format html (fresh folder) | ${s(m.cliHtml)} |`);
console.log(`| CLI: secbook render, unchanged | ${s(m.cliUnchanged)} |`);
const speedup = m.naive / m.full;
const ratio = m.unchanged / m.html;
const cliRatio = m.cliUnchanged / m.cliHtml;
console.log(`\nfull vs naive: ${speedup.toFixed(1)}× faster (target ≥ 4×) ${speedup >= 4 ? 'OK' : 'MISSED'}`);
console.log(`unchanged re-render / HTML-only: ${ratio.toFixed(2)}× in-process, ${cliRatio.toFixed(2)}× via the CLI (target ≤ 1.2×) ${Math.max(ratio, cliRatio) <= 1.2 ? 'OK' : 'MISSED'}`);
