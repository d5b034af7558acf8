// Startup: `secbook --version` and `secbook status` on the example, against bare `node -e 0`,
// interleaved in one run so machine noise hits all three alike. Reports medians.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'secbook.js');
const runs = Number(process.env.BENCH_RUNS ?? 21);
const cases = {
  'node -e 0': ['-e', '0'],
  'secbook --version': [bin, '--version'],
  'secbook status (example)': [bin, 'status', join(root, 'examples/acme/workbook.yaml')],
};

const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(cases)) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
    times[name].push(ms);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times['node -e 0']);
console.log(`| command | median ms (${runs} runs) | × node -e 0 |`);
console.log('|---|---:|---:|');
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs);
  console.log(`| ${name} | ${m.toFixed(0)} | ${(m / base).toFixed(2)} |`);
}
