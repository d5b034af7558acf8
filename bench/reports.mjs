// `npm run bench -- reports`: importing DMARC aggregate reports (generated, gzipped, 20
// records each) with `secbook reports import`, against a naive import in the same run that
// reads each file whole into a tree and keeps every tree until the end. Prints reports per
// second and peak memory (max RSS) for growing batches: secbook's memory should stay flat.
// Sources come from a pool of 60 addresses over 90 days, as a real domain's senders repeat;
// the store itself grows with distinct (day, source, result) rows, not with reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'bin', 'secbook.js');
const SIZES = (process.env.BENCH_REPORTS ?? '1000,5000,10000').split(',').map(Number);
const RECORDS = 20;

function report(i) {
  const day = 1_780_000_000 + (i % 90) * 86_400;
  const rows = Array.from({ length: RECORDS }, (_, r) => ((ip) => `<record><row><source_ip>192.0.2.${ip}</source_ip><count>${(i * 7 + r) % 50 + 1}</count><policy_evaluated><disposition>none</disposition><dkim>${ip % 3 ? 'pass' : 'fail'}</dkim><spf>${ip % 4 ? 'pass' : 'fail'}</spf></policy_evaluated></row><identifiers><header_from>acme.example</header_from></identifiers><auth_results><dkim><domain>acme.example</domain><selector>s${ip % 3}</selector><result>pass</result></dkim><spf><domain>acme.example</domain><result>pass</result></spf></auth_results></record>`)(((i * 3 + r) % 60) + 1)).join('');
  return gzipSync(`<?xml version="1.0"?><feedback><report_metadata><org_name>reporter${i % 3}.example</org_name><email>x@y</email><report_id>r-${i}</report_id><date_range><begin>${day}</begin><end>${day + 86_399}</end></date_range></report_metadata><policy_published><domain>acme.example</domain><p>none</p></policy_published>${rows}</feedback>`);
}

// The naive import: whole file, gunzip, a full element tree per report, all kept in memory.
const NAIVE = `
const { readdirSync, readFileSync } = require('node:fs');
const { gunzipSync } = require('node:zlib');
const { SaxesParser } = require(${JSON.stringify(join(root, 'node_modules', 'saxes'))});
const dir = process.argv[1];
const trees = [];
for (const f of readdirSync(dir)) {
  const text = gunzipSync(readFileSync(dir + '/' + f)).toString();
  const p = new SaxesParser();
  const stack = [{ children: [] }];
  p.on('opentag', (t) => { const n = { name: t.name, children: [], text: '' }; stack.at(-1).children.push(n); stack.push(n); });
  p.on('text', (t) => { stack.at(-1).text += t; });
  p.on('closetag', () => stack.pop());
  p.write(text).close();
  trees.push(stack[0]);
}
let rows = 0;
for (const t of trees) rows += t.children[0].children.filter((c) => c.name === 'record').length;
process.stdout.write(String(rows));
`;

function run(args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', join(root, 'bench', 'lib-maxrss.cjs'), ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { seconds, rss };
}

// Peak RSS includes garbage V8 has not collected yet; whether the run fits in a small heap
// shows what it really keeps alive.
const HEAP_MIB = 48;
function fits(args, cwd) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 || r.status === 1 ? 'yes' : 'no (out of memory)';
}

console.log(`| reports | secbook import: reports/s | peak RSS MiB | fits a ${HEAP_MIB} MiB heap | naive (whole-file tree): reports/s | peak RSS MiB | fits a ${HEAP_MIB} MiB heap |`);
console.log(`|---:|---:|---:|---|---:|---:|---|`);
for (const n of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), 'secbook-bench-reports-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(dir, 'workbook.yaml'), 'format: 1\norganisation: { name: Acme, domains: [acme.example] }\nscope: {}\nanswers: {}\n');
  for (let i = 0; i < n; i++) writeFileSync(join(inbox, `r-${i}.xml.gz`), report(i));
  const ours = run([BIN, 'reports', 'import', 'inbox'], dir);
  const naive = run(['-e', NAIVE, inbox], dir);
  rmSync(join(dir, 'reports'), { recursive: true, force: true });
  const oursFit = fits([BIN, 'reports', 'import', 'inbox'], dir);
  const naiveFit = fits(['-e', NAIVE, inbox], dir);
  console.log(`| ${n} | ${Math.round(n / ours.seconds)} | ${ours.rss.toFixed(0)} | ${oursFit} | ${Math.round(n / naive.seconds)} | ${naive.rss.toFixed(0)} | ${naiveFit} |`);
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\n${RECORDS} records per report; times include Node start-up; two shared cores.`);
