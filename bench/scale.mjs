// Scale: how the cost of everyday commands grows with the workbook. A team checklist of N
// items, every one answered (status, note, evidence, owner, timestamps), for N = 100, 1,000
// and 10,000; each command is timed as a real process, interleaved with `node -e 0` so the
// ratios hold however busy the machine is. Targets (issue 12) at 10,000 answers: validate,
// status and answer ≤ 0.5 s; `render --only audit-report --format html` ≤ 1.5 s.
// BENCH_RUNS (default 3) runs per command; BENCH_SIZES (e.g. "100,1000") picks the sizes.
// BENCH_BEFORE=<folder of another built secbook checkout> also times that build, interleaved
// with this one (same workbooks, its own cache), for before/after figures from one run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'secbook.js');
const before = process.env.BENCH_BEFORE ? join(process.env.BENCH_BEFORE, 'bin', 'secbook.js') : undefined;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const cacheHome = mkdtempSync(join(tmpdir(), 'secbook-bench-scale-cache-'));
const env = { ...process.env, NO_COLOR: '1', SECBOOK_NOW: '2026-12-02T09:00:00Z', XDG_CACHE_HOME: cacheHome };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const temps = [cacheHome];

/** A team folder: checklists/team.yaml with n items and a workbook answering all of them. */
function makeProject(n) {
  const dir = mkdtempSync(join(tmpdir(), `secbook-bench-scale-${n}-`));
  temps.push(dir);
  mkdirSync(join(dir, 'checklists'));
  const perSection = 50;
  const sections = [];
  const answers = {};
  for (let s = 0; s * perSection < n; s++) {
    const items = [];
    for (let i = s * perSection; i < Math.min(n, (s + 1) * perSection); i++) {
      const id = `team.s${s}.i${i}`;
      items.push({
        id,
        question: `Is control ${i} in place, documented and reviewed this quarter?`,
        guidance: { why: `Control ${i} reduces risk.`, how: `Follow runbook ${i}.`, verify: `Check ${i} in the logs.` },
        weight: (i % 5) + 1,
        refs: ['RFC 7208'],
      });
      answers[id] = {
        status: ['done', 'partial', 'todo', 'na'][i % 4],
        note: `Checked by the on-call engineer, ticket SEC-${i}.`,
        evidence: [`https://wiki.example/controls/${i}`],
        owner: 'Dana',
        answered_by: 'dana',
        updated_at: '2026-11-01T09:00:00.000Z',
      };
    }
    sections.push({ id: `team.s${s}`, title: `Section ${s}`, items });
  }
  writeFileSync(join(dir, 'checklists', 'team.yaml'), stringify({ id: 'team', title: `Team (${n} items)`, version: '1', sections }));
  // The example's style: compact sequences (`- ` at the key's column).
  const workbook = { format: 1, organisation: { name: 'Bench Ltd', domains: ['bench.example'], timezone: 'Europe/Berlin' }, scope: {}, answers };
  writeFileSync(join(dir, 'workbook.yaml'), stringify(workbook, { indentSeq: false, lineWidth: 0 }));
  return dir;
}

/**
 * CPU time (user + system) of the children waited for so far, in ms, from /proc (Linux;
 * 10 ms ticks), or NaN. On a shared machine the wall clock also counts time spent waiting
 * for a core and for fsync; CPU time does not.
 */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

const cpu = {};

// Each build its own cache home: a build removes other builds' cache folders as it makes its own.
const envOf = (b) => (b === before ? { ...env, XDG_CACHE_HOME: join(cacheHome, 'before') } : env);

function run(args, cwd, name) {
  const c0 = childCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, env: envOf(args[0]), encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (name) (cpu[name] ??= []).push(childCpu() - c0);
  if (r.status !== 0 && !(args[1] === 'status')) {
    throw new Error(`${args.slice(1).join(' ')} failed (${r.status}): ${r.stderr}`);
  }
  return ms;
}

const commandsOf = (b, dir, i) => ({
  validate: [b, 'validate'],
  status: [b, 'status'],
  answer: [b, 'answer', `team.s0.i${i % 50}`, '--status', 'done', '--note', `bench run ${i}`],
  'render audit-report html': [b, 'render', '--only', 'audit-report', '--format', 'html', '--out', join(dir, 'out')],
});
/**
 * This build's commands as [args, cwd], and with BENCH_BEFORE the other build's ("… (before)"),
 * each build in its own copy of the team folder so that each reads only what it wrote.
 */
const commands = (dirs, i) => ({
  ...(before ? Object.fromEntries(Object.entries(commandsOf(before, dirs.before, i)).map(([k, v]) => [`${k} (before)`, [v, dirs.before]])) : {}),
  ...Object.fromEntries(Object.entries(commandsOf(bin, dirs.after, i)).map(([k, v]) => [k, [v, dirs.after]])),
});

const rows = [];
try {
  for (const n of sizes) {
    const dirs = { after: makeProject(n), before: before ? makeProject(n) : undefined };
    // Warm-up: validates and caches the team checklist, like any later run would find it.
    for (const [args, cwd] of Object.values(commands(dirs, 0))) run(args, cwd);
    const t = { 'node -e 0': [] };
    for (const k of Object.keys(cpu)) delete cpu[k];
    for (let i = 0; i < runs; i++) {
      t['node -e 0'].push(run(['-e', '0'], dirs.after, 'node -e 0'));
      for (const [name, [args, cwd]] of Object.entries(commands(dirs, i + 1))) (t[name] ??= []).push(run(args, cwd, name));
    }
    const bare = median(t['node -e 0']);
    const bareCpu = median(cpu['node -e 0']);
    for (const [name, xs] of Object.entries(t)) {
      if (name === 'node -e 0') continue;
      rows.push({ n, name, ms: median(xs), ratio: median(xs) / bare, bare, cpu: median(cpu[name]), cpuRatio: median(cpu[name]) / bareCpu, bareCpu });
    }
  }
} finally {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}

console.log(`medians of ${runs} runs, ratios to \`node -e 0\` measured in the same run\n`);
console.log('| N answers | command | wall | × `node -e 0` | CPU | × `node -e 0` CPU |');
console.log('|---:|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.n.toLocaleString('en')} | ${r.name} | ${(r.ms / 1000).toFixed(2)} s | ${r.ratio.toFixed(1)} | ${(r.cpu / 1000).toFixed(2)} s | ${r.cpuRatio.toFixed(1)} |`);
}
console.log(`\n\`node -e 0\`: wall ${[...new Set(rows.map((r) => `${Math.round(r.bare)} ms`))].join(', ')}; CPU ${[...new Set(rows.map((r) => `${Math.round(r.bareCpu)} ms`))].join(', ')}`);
