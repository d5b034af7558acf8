/** The human-readable scan report, grouped by domain and check. Pure: returns text. */
import { plainPaint, type Paint } from '../paint.js';
import type { CheckResult, Finding, Verdict } from '../scan/finding.js';
import type { ApplyOutcome } from '../scan/apply.js';
import type { ScanReport } from '../scan/scan.js';


const LABEL: Record<Verdict, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', info: 'INFO' };
const TITLE: Record<string, string> = { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC', 'mta-sts': 'MTA-STS', 'tls-rpt': 'TLS-RPT', mx: 'MX', bimi: 'BIMI' };

function badge(v: Verdict, paint: Paint): string {
  const text = LABEL[v];
  return v === 'pass' ? paint.green(text) : v === 'warn' ? paint.yellow(text) : v === 'fail' ? paint.red(text) : paint.cyan(text);
}

function findingLines(f: Finding, paint: Paint): string[] {
  const lines = [`    ${badge(f.verdict, paint)} ${f.why}`];
  if (f.fix && f.verdict !== 'pass') lines.push(`         ${paint.dim('fix:')} ${f.fix}`);
  return lines;
}

/** Long values (DKIM keys) are cut in the text report; --json keeps them whole. */
const shorten = (record: string): string => record.replace(/([A-Za-z0-9+/=]{48})[A-Za-z0-9+/=]{16,}/g, (_m, head: string) => `${head}…`);

function checkLines(c: CheckResult, paint: Paint): string[] {
  const title = `${TITLE[c.check] ?? c.check}${c.subject ? ` ${c.subject}` : ''}`;
  const lines = [`  ${paint.bold(title)}  ${badge(c.verdict, paint)}`];
  for (const r of c.records) {
    const [first, ...rest] = r.split('\n');
    lines.push(`    ${paint.dim('found:')} ${shorten(first ?? '')}`);
    for (const more of rest.slice(0, 12)) lines.push(`           ${more}`);
  }
  for (const f of c.findings) lines.push(...findingLines(f, paint));
  const chain = c.data?.chain as string[] | undefined;
  if (chain?.length) lines.push(`    ${paint.dim('lookups:')} ${chain.join(', ')}`);
  return lines;
}

export function formatScanReport(report: ScanReport, options: { paint?: Paint; apply?: ApplyOutcome } = {}): string {
  const paint = options.paint ?? plainPaint;
  const out: string[] = [];
  for (const d of report.domains) {
    out.push(`${paint.bold(d.domain)}  ${badge(d.verdict, paint)}`);
    for (const c of d.checks) out.push(...checkLines(c, paint));
    out.push('');
  }
  const { pass, warn, fail } = report.counts;
  out.push(`${fail} failing, ${warn} warning, ${pass} passing check(s) — scanned ${report.scannedAt} via ${report.resolver} DNS.`);
  out.push(paint.dim('Exit code 1 when a check fails; warnings do not fail the scan.'));
  if (options.apply) {
    out.push('');
    out.push(`Recorded in ${options.apply.file}:`);
    for (const u of options.apply.updates) {
      const status = u.kept
        ? `kept "${u.kept}" (scan suggests ${u.proposed ?? '-'})`
        : u.written
          ? `status set to ${u.proposed}`
          : u.proposed
            ? `status ${u.proposed} unchanged`
            : 'evidence only';
      const refreshed = u.refreshed ? `; evidence refreshed (was ${u.refreshed})${u.verdict === 'pass' && !u.conflict ? ', counts as re-confirmed' : ''}` : '';
      out.push(`  ${u.conflict ? paint.yellow('CONFLICT') : paint.green('updated ')}  ${u.itemId}: ${u.verdict}, ${status}${refreshed}${u.conflict ? ` — ${u.conflict}` : ''}`);
    }
    for (const s of options.apply.skipped) out.push(`  ${paint.dim('skipped')}  ${s}`);
  }
  return out.join('\n');
}
