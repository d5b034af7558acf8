/** Terminal text for `secbook reports import` and `secbook senders`. */
import type { ImportResult } from '../reports/import-reports.js';
import type { SendersResult } from '../app/reports.js';
import { style } from './style.js';

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${Math.round((n / d) * 1000) / 10}%`);

export function formatImport(r: ImportResult): string {
  const dmarc = r.imported.filter((i) => i.kind === 'dmarc').length;
  const tls = r.imported.filter((i) => i.kind === 'tls').length;
  const lines = [`Read ${r.files} file(s): imported ${dmarc} DMARC aggregate and ${tls} SMTP TLS report(s) into ${r.store}/.`];
  if (r.duplicates.length) lines.push(`${r.duplicates.length} already imported (same reporter and report id), counted once:`, ...r.duplicates.slice(0, 20).map((d) => `  ${d.file} (${d.reporter} ${d.reportId})`));
  if (r.skipped.length) lines.push(style.yellow(`${r.skipped.length} skipped:`), ...r.skipped.map((s) => `  ${s.file}: ${s.reason}`));
  lines.push('Next: secbook senders   (who sends as your domains, and DMARC readiness)');
  return lines.join('\n');
}

export function formatSenders(r: SendersResult): string {
  if (r.senders.length === 0 && r.tls.length === 0) return 'No reports imported yet: secbook reports import <files or folders…>';
  const lines = [`Senders seen in DMARC reports (${r.firstDay} to ${r.lastDay}):`];
  for (const s of r.senders) {
    const who = s.provider ? `${s.provider.name} (by ${s.provider.by})${s.inScope ? '' : style.yellow(' — not in the workbook\'s providers')}` : style.yellow('unknown sender');
    lines.push(
      `  ${s.range}${s.ptr ? ` ${s.ptr}` : ''}: ${who}`,
      `    ${s.volume} message(s) for ${s.domains.join(', ')}; SPF aligned ${pct(s.spfAligned, s.volume)}, DKIM aligned ${pct(s.dkimAligned, s.volume)}; seen ${s.firstSeen} to ${s.lastSeen}${s.selectors.length ? `; selectors ${s.selectors.join(', ')}` : ''}`,
    );
  }
  if (r.unknown.length) lines.push('', style.yellow(`Unknown senders: ${r.unknown.map((s) => s.range).join(', ')} — find out who they are, or treat them as spoofing.`));
  if (r.forwardingRisk.length) lines.push('', `Pass SPF but never DKIM alignment (their mail fails DMARC once forwarded): ${r.forwardingRisk.map((s) => s.provider?.name ?? s.range).join(', ')} — sign with DKIM under your domain.`);
  if (r.providersNotSeen.length) lines.push('', `Providers in the workbook never seen sending: ${r.providersNotSeen.map((p) => p.name).join(', ')}.`);
  if (r.unusedIncludes.length) lines.push('', `SPF includes nobody uses (each costs a DNS lookup): ${r.unusedIncludes.map((u) => `${u.domain} include:${u.include}`).join(', ')}.`);
  lines.push('', 'DMARC enforcement readiness:');
  for (const d of r.readiness) lines.push(`  ${d.domain}: ${d.recommendation}`);
  if (r.tls.length) {
    lines.push('', 'SMTP TLS reports:');
    for (const t of r.tls) {
      lines.push(`  ${t.policyDomain} (${t.policyType}): ${t.success} successful, ${t.failure} failed session(s)`);
      for (const f of t.failures) lines.push(`    ${f.resultType}: ${f.sessions} from ${f.sendingMtaIp || 'unknown MTA'}${f.receivingMx ? ` to ${f.receivingMx}` : ''}`);
    }
  }
  if (r.applied.length) lines.push('', `Recorded as evidence in ${r.file}: ${r.applied.join(', ')}.`);
  return lines.join('\n');
}
