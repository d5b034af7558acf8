/**
 * The "Email authentication report": what the imported DMARC and SMTP TLS reports show, as a
 * document in the set `secbook render` writes — DMARC pass rate week by week, volume, the
 * senders, readiness for enforcement, TLS results and the findings. Pure.
 */
import type { Block, Cell, DocumentModel } from '../render/document-model.js';
import { numberSections } from '../render/document-model.js';
import { trendChart } from '../render/documents/charts.js';
import type { Inventory } from './senders.js';
import type { DmarcRow } from './store.js';

const c = (text: string, tone: Cell['tone'] = null): Cell => ({ text, tone });
const rate = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
const pct = (v: number | null): string => (v === null ? 'n/a' : `${v}%`);

/** Monday of the ISO week a day falls in (UTC). */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

interface Week {
  week: string;
  total: number;
  pass: number;
  spf: number;
  dkim: number;
}

export function weeklyTotals(rows: Iterable<DmarcRow>): Week[] {
  const weeks = new Map<string, Week>();
  for (const r of rows) {
    const key = weekOf(r.day);
    const w = weeks.get(key) ?? { week: key, total: 0, pass: 0, spf: 0, dkim: 0 };
    w.total += r.count;
    if (r.spfAligned || r.dkimAligned) w.pass += r.count;
    if (r.spfAligned) w.spf += r.count;
    if (r.dkimAligned) w.dkim += r.count;
    weeks.set(key, w);
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
}

export function emailAuthReport(input: { organisation: string; rows: Iterable<DmarcRow>; inventory: Inventory; reports: number }): DocumentModel | undefined {
  const weeks = weeklyTotals(input.rows);
  if (weeks.length === 0) return undefined;
  const inv = input.inventory;
  const total = weeks.reduce((n, w) => n + w.total, 0);
  const pass = weeks.reduce((n, w) => n + w.pass, 0);
  const sections: { title: string; blocks: Block[] }[] = [];
  sections.push({
    title: 'Summary',
    blocks: [
      {
        kind: 'scorecards',
        cards: [
          { label: 'Messages reported', value: String(total), tone: 'info' },
          { label: 'Passed DMARC', value: pct(rate(pass, total)), tone: (rate(pass, total) ?? 0) >= 98 ? 'ok' : 'warning' },
          { label: 'Sending sources', value: String(inv.senders.length), tone: 'info' },
          { label: 'Unknown sources', value: String(inv.unknown.length), tone: inv.unknown.length ? 'warning' : 'ok' },
        ],
      },
      { kind: 'paragraph', text: `From ${input.reports} aggregate report(s) covering ${inv.firstDay ?? '?'} to ${inv.lastDay ?? '?'}, imported with secbook reports import.` },
    ],
  });
  sections.push({
    title: 'DMARC pass rate and volume by week',
    blocks: [
      { kind: 'chart', chart: trendChart('Share of messages passing DMARC, by week', weeks.map((w) => ({ label: w.week, value: rate(w.pass, w.total) }))) },
      {
        kind: 'table',
        caption: null,
        columns: ['Week of', 'Messages', 'Passed DMARC', 'SPF aligned', 'DKIM aligned'],
        rows: weeks.map((w) => [c(w.week), c(String(w.total)), c(pct(rate(w.pass, w.total))), c(pct(rate(w.spf, w.total))), c(pct(rate(w.dkim, w.total)))]),
      },
    ],
  });
  sections.push({
    title: 'Senders',
    blocks: [
      {
        kind: 'table',
        caption: null,
        columns: ['Source', 'Provider', 'Messages', 'SPF aligned', 'DKIM aligned', 'Seen'],
        rows: inv.senders.map((s) => [
          c(`${s.range}${s.ptr ? ` (${s.ptr})` : ''}`),
          s.provider ? c(`${s.provider.name}${s.inScope ? '' : ' — not in the workbook'}`) : c('unknown', 'warning'),
          c(String(s.volume)),
          c(pct(rate(s.spfAligned, s.volume))),
          c(pct(rate(s.dkimAligned, s.volume))),
          c(`${s.firstSeen} to ${s.lastSeen}`),
        ]),
      },
    ],
  });
  const findings = [
    ...inv.unknown.map((s) => `Unknown sender ${s.range}: find out who it is, or treat its mail as spoofing.`),
    ...inv.forwardingRisk.map((s) => `${s.provider?.name ?? s.range} passes SPF but never DKIM alignment: its mail fails DMARC once forwarded; sign it with DKIM under your domain.`),
    ...inv.providersNotSeen.map((p) => `${p.name} is in the workbook's providers but never seen sending.`),
    ...inv.unusedIncludes.map((u) => `SPF include ${u.include} on ${u.domain} is not used by any sender seen.`),
  ];
  sections.push({
    title: 'Readiness for DMARC enforcement',
    blocks: [
      {
        kind: 'table',
        caption: null,
        columns: ['Domain', 'Legitimate mail aligned', 'Would fail at quarantine/reject', 'Recommendation'],
        rows: inv.readiness.map((r) => [c(r.domain), c(pct(r.alignedShare === null ? null : Math.round(r.alignedShare * 1000) / 10)), c(String(r.legitimateFailing)), c(r.recommendation)]),
      },
    ],
  });
  sections.push({ title: 'Findings', blocks: [findings.length ? { kind: 'list', items: findings } : { kind: 'callout', tone: 'ok', title: 'Nothing to fix', text: 'Every source is known and aligned.' }] });
  if (inv.tls.length > 0) {
    sections.push({
      title: 'SMTP TLS reports',
      blocks: [
        {
          kind: 'table',
          caption: null,
          columns: ['Policy domain', 'Policy', 'Successful sessions', 'Failed sessions', 'Failures'],
          rows: inv.tls.map((t) => [c(t.policyDomain), c(t.policyType), c(String(t.success)), c(String(t.failure), t.failure ? 'warning' : null), c(t.failures.map((f) => `${f.resultType} ×${f.sessions}${f.sendingMtaIp ? ` from ${f.sendingMtaIp}` : ''}`).join('; ') || '—')]),
        },
      ],
    });
  }
  const facts = { total, pass, senders: inv.senders.length, weeks: weeks.map((w) => [w.week, w.total, w.pass]) };
  return {
    id: 'email-authentication-report',
    title: 'Email Authentication Report',
    subtitle: input.organisation,
    template: 'document',
    owner: null,
    purpose: [`This report records who sends mail as ${input.organisation}'s domains and how that mail authenticates, from the DMARC aggregate and SMTP TLS reports mailbox providers sent.`],
    sections: numberSections(sections),
    openDecisions: [],
    items: Object.fromEntries(Object.entries(facts).map(([k, v]) => [`reports.${k}`, JSON.stringify(v)])),
    itemLabels: Object.fromEntries(Object.keys(facts).map((k) => [`reports.${k}`, `Reports ${k}`])),
  };
}
