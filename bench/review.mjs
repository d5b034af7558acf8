// Reviews and the CI gate on the example workbook (~200 answers): `check`, `review start`,
// `review diff --json`, `review close --no-pdf --force` (HTML report through the documents
// pipeline), interleaved with bare `node -e 0` and `secbook status` (same loading cost). Each run works on a fresh copy. Medians.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'secbook.js');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const env = { ...process.env, NO_COLOR: '1', SECBOOK_NOW: '2027-01-15T09:00:00Z' };
const steps = {
  'node -e 0': { args: ['-e', '0'] },
  'secbook status (reference)': { args: [bin, 'status'] },
  'secbook check': { args: [bin, 'check', '--max-stale-days', '1000'], codes: [0, 1] },
  'secbook review start': { args: [bin, 'review', 'start'] },
  'secbook review diff --json': { args: [bin, 'review', 'diff', '--json'] },
  'secbook review close --no-pdf --force': { args: [bin, 'review', 'close', '--reviewer', 'Bench', '--no-pdf', '--force'] },
};

const times = Object.fromEntries(Object.keys(steps).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'secbook-bench-'));
  try {
    cpSync(join(root, 'examples', 'acme'), dir, { recursive: true });
    for (const [name, step] of Object.entries(steps)) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, step.args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!(step.codes ?? [0]).includes(r.status)) throw new Error(`${name} exited ${r.status}: ${r.stderr}`);
      times[name].push(ms);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times['node -e 0']);
console.log(`| command (examples/acme) | median ms (${runs} runs) | × node -e 0 |`);
console.log('|---|---:|---:|');
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs);
  console.log(`| ${name} | ${m.toFixed(0)} | ${(m / base).toFixed(2)} |`);
}
