// The guided session (ink TUI) in a real pseudo-terminal, on two workbooks: a fresh one
// (`secbook init`, built-in checklists) and a generated 1,000-item one (half answered).
//  1. Start-up: process start → first full frame (the footer's "q quit" drawn), against
//     `node -e` printing one line in the same pty, interleaved, medians.
//  2. Keystroke → frame: time from writing a key to the pty until the frame that shows
//     its effect arrives, on the 1,000-item workbook: moving in the item list, moving in
//     the item view, the walk (d saves and moves on to the next open item), and setting a
//     status with the walk off (each answer also queues an atomic save).
// Targets (issue 4): first frame within 3× bare node; median keystroke latency < 16 ms.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import { stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'secbook.js');
const runs = Number(process.env.BENCH_RUNS ?? 9);
const keys = Number(process.env.BENCH_KEYS ?? 100);
// The user cache (validated team checklists) lives in a throw-away folder; the "first start"
// case empties it before each run.
const cacheHome = mkdtempSync(join(tmpdir(), 'secbook-bench-cache-'));
const env = { ...process.env, NO_COLOR: '1', SECBOOK_NOW: '2027-01-15T09:00:00Z', XDG_CACHE_HOME: cacheHome };
const strip = (s) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

function makeProjects() {
  const fresh = mkdtempSync(join(tmpdir(), 'secbook-bench-tui-'));
  const init = spawnSync(process.execPath, [bin, 'init', '--org', 'Bench', '--domain', 'bench.example', '--yes'], { cwd: fresh, env });
  if (init.status !== 0) throw new Error(`init failed: ${init.stderr}`);

  const big = mkdtempSync(join(tmpdir(), 'secbook-bench-tui-big-'));
  mkdirSync(join(big, 'checklists'));
  const sections = [];
  const answers = {};
  for (let s = 0; s < 50; s++) {
    const items = [];
    for (let i = s * 20; i < (s + 1) * 20; i++) {
      const id = `big.s${s}.i${i}`;
      items.push({
        id,
        question: `Generated question ${i}: is control ${i} in place, documented and reviewed this quarter?`,
        guidance: { why: `Control ${i} matters because ${'it reduces risk '.repeat(8)}.`, how: `Do ${i} by ${'following the runbook '.repeat(6)}.`, verify: `Check ${i} in the logs.` },
        weight: (i % 5) + 1,
        refs: ['RFC 5321'],
      });
      if (i % 2 === 0) answers[id] = { status: ['done', 'partial', 'todo', 'na'][i % 4], note: `note ${i}`, updated_at: '2026-12-01T00:00:00Z' };
    }
    sections.push({ id: `big.s${s}`, title: `Section ${s}`, items });
  }
  writeFileSync(join(big, 'checklists', 'big.yaml'), stringify({ id: 'big', title: 'Generated (1,000 items)', version: '1', sections }));
  writeFileSync(join(big, 'workbook.yaml'), stringify({ format: 1, organisation: { name: 'Bench', domains: ['bench.example'] }, scope: {}, answers }));
  return { fresh, big };
}

/** Spawns in a pty; `until(text)` resolves with ms since spawn when text shows up after `from`. */
function open(args, cwd) {
  const t0 = process.hrtime.bigint();
  const p = pty.spawn(process.execPath, args, { cols: 80, rows: 24, cwd, env });
  let out = '';
  let waiter;
  p.onData((d) => {
    out += d;
    if (waiter && strip(out.slice(waiter.from)).includes(waiter.text)) {
      const w = waiter;
      waiter = undefined;
      w.done(ms(w.t0 ?? t0));
    }
  });
  const exited = new Promise((done) => p.onExit(done));
  const until = (text, { from = out.length, t0: start, timeout = 30_000 } = {}) =>
    new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`timed out waiting for "${text}"; output:\n${strip(out).slice(-1500)}`)), timeout);
      const finish = (v) => {
        clearTimeout(timer);
        done(v);
      };
      if (strip(out.slice(from)).includes(text)) return finish(ms(start ?? t0));
      waiter = { text, from, t0: start, done: finish };
    });
  /** Writes `key` and resolves with ms until `text` appears in output written after it. */
  const press = (key, text) => {
    const from = out.length;
    const start = process.hrtime.bigint();
    const r = until(text, { from, t0: start });
    p.write(key);
    return r;
  };
  return { p, until, press, exited, text: () => strip(out) };
}

async function startup(projects) {
  const cases = {
    'node -e (print one line)': { args: ['-e', 'process.stdout.write("ready\\n")'], cwd: root, text: 'ready' },
    'secbook (fresh workbook, built-in checklists)': { args: [bin], cwd: projects.fresh, text: 'q quit' },
    'secbook (1,000-item team checklist, first start after it changed)': { args: [bin], cwd: projects.big, text: 'q quit', before: () => rmSync(join(cacheHome, 'secbook'), { recursive: true, force: true }) },
    'secbook (1,000-item team checklist, later starts)': { args: [bin], cwd: projects.big, text: 'q quit' },
    'secbook status (fresh workbook; no TUI, for comparison)': { args: [bin, 'status'], cwd: projects.fresh, text: 'answered' },
  };
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, c] of Object.entries(cases)) {
      c.before?.();
      const s = open(c.args, c.cwd);
      times[name].push(await s.until(c.text, { from: 0 }));
      if (c.text === 'q quit') s.p.write('q');
      await s.exited;
    }
  }
  const base = median(times['node -e (print one line)']);
  console.log(`| start-up in an 80×24 pty: process start → first full frame | median ms (${runs} runs) | × node |`);
  console.log('|---|---:|---:|');
  for (const [name, xs] of Object.entries(times)) console.log(`| ${name} | ${median(xs).toFixed(0)} | ${(median(xs) / base).toFixed(2)} |`);
}

async function latency(projects) {
  const s = open([bin, 'run', '--by', 'bench'], projects.big);
  await s.until('q quit');
  const results = {};
  // → opens the item list; search jumps to the first generated item; Esc goes back to the
  // search results, Esc again closes them over the list, now on that item.
  const symbol = (i) => (i % 2 ? '·' : ['✓', '◐', '✗', '–'][i % 4]);
  await s.press('\u001b[C', '(1/');
  await s.press('/', 'Search:');
  await s.press('big.s0.i0', 'big.s0.i0  Generated');
  await s.press('\r', 'Why');
  await s.press('\u001b', 'Search: big.s0.i0');
  await s.press('\u001b', `› ${symbol(0)} Generated question 0:`);
  results['j in the item list (1,000+ rows, windowed)'] = [];
  for (let n = 1; n <= keys; n++) results['j in the item list (1,000+ rows, windowed)'].push(await s.press('j', `› ${symbol(n)} Generated question ${n}:`));
  // Item view: Enter opens the item; j moves to the next item (question, answer, guidance).
  await s.press('\r', 'Why');
  results['j in the item view'] = [];
  for (let n = keys + 1; n <= 2 * keys; n++) results['j in the item view'].push(await s.press('j', `big.s${Math.floor(n / 20)}.i${n} ·`));
  // The walk: d saves and moves on to the next open item (the odd ones are unanswered),
  // with the cue naming what was saved; each also queues a save.
  const id = (i) => `big.s${Math.floor(i / 20)}.i${i}`;
  results['d: save and walk on to the next open item (+ autosave queued)'] = [];
  let at = 2 * keys;
  for (let n = 0; n < keys; n++) {
    const next = at % 2 === 0 ? at + 1 : at + 2;
    results['d: save and walk on to the next open item (+ autosave queued)'].push(await s.press('d', `Saved ${id(at)}: ✓ done → next: ${id(next)}`));
    at = next;
  }
  // Walk off (a): status keys alternate on one item so every press changes the frame.
  await s.press('a', 'Walk off');
  results['d / p set a status, walk off (+ autosave queued)'] = [];
  for (let n = 0; n < keys; n++) {
    const [key, text] = n % 2 === 0 ? ['p', 'Answer: ◐ partial'] : ['d', 'Answer: ✓ done'];
    results['d / p set a status, walk off (+ autosave queued)'].push(await s.press(key, text));
  }
  s.p.write('q');
  await s.exited;
  console.log(`\n| keystroke → frame, 1,000-item workbook, 80×24 pty | median ms | p90 ms | keys |`);
  console.log('|---|---:|---:|---:|');
  for (const [name, xs] of Object.entries(results)) console.log(`| ${name} | ${median(xs).toFixed(1)} | ${pct(xs, 0.9).toFixed(1)} | ${xs.length} |`);
}

const projects = makeProjects();
try {
  await startup(projects);
  await latency(projects);
} finally {
  rmSync(projects.fresh, { recursive: true, force: true });
  rmSync(projects.big, { recursive: true, force: true });
  rmSync(cacheHome, { recursive: true, force: true });
}
