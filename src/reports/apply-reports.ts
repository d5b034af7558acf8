/**
 * Report findings as evidence on the checklist items they speak to (like `scan --apply`):
 * the report store's own earlier entries are replaced, people's evidence and statuses are
 * never touched — reports add evidence, they do not decide a status.
 */
import type { Answer, Evidence, EvidenceEntry } from '../domain/answer.js';
import type { ChecklistSet } from '../domain/checklist-set.js';
import type { WorkbookFile } from '../storage/workbook-file.js';
import type { Inventory } from './senders.js';
import type { ReportStore } from './store.js';

export const REPORTS_SOURCE = 'reports';

export interface ReportEvidence {
  itemId: string;
  entry: EvidenceEntry;
}

const pct = (n: number | null): string => (n === null ? 'n/a' : `${Math.round(n * 1000) / 10}%`);

/** What the reports say about each item, as evidence entries dated today. */
export function reportEvidence(store: ReportStore, inv: Inventory, today: string): ReportEvidence[] {
  const out: ReportEvidence[] = [];
  const dmarcReports = store.imports.filter((i) => i.kind === 'dmarc');
  const tlsReports = store.imports.filter((i) => i.kind === 'tls');
  if (dmarcReports.length > 0) {
    const reporters = new Set(dmarcReports.map((i) => i.reporter)).size;
    out.push({
      itemId: 'email.auth.dmarc-reports',
      entry: {
        text: `DMARC aggregate reports: ${dmarcReports.length} imported from ${reporters} reporter(s), ${inv.firstDay ?? '?'} to ${inv.lastDay ?? '?'}; ${inv.senders.length} sending source(s), ${inv.unknown.length} unknown`,
        source: REPORTS_SOURCE,
        date: today,
        verdict: inv.unknown.length > 0 ? 'warn' : 'pass',
      },
    });
    for (const r of inv.readiness.filter((x) => x.total > 0)) {
      out.push({
        itemId: 'email.auth.dmarc-enforcement',
        entry: {
          text: `DMARC readiness ${r.domain} (last ${r.days} days): ${pct(r.alignedShare)} of legitimate mail aligned; ${r.legitimateFailing} legitimate message(s) would fail at p=quarantine/p=reject — ${r.recommendation}`,
          source: REPORTS_SOURCE,
          date: today,
          verdict: (r.alignedShare ?? 0) >= 0.98 ? 'pass' : 'warn',
        },
      });
    }
  }
  if (tlsReports.length > 0) {
    for (const t of inv.tls) {
      const kinds = [...new Set(t.failures.map((f) => f.resultType))].join(', ');
      out.push({
        itemId: t.policyType === 'sts' ? 'email.auth.mta-sts' : 'email.auth.tls-rpt',
        entry: {
          text: `SMTP TLS reports for ${t.policyDomain} (${t.policyType}): ${t.success} successful, ${t.failure} failed session(s)${kinds ? ` (${kinds})` : ''}`,
          source: REPORTS_SOURCE,
          date: today,
          verdict: t.failure > 0 ? 'warn' : 'pass',
        },
      });
    }
  }
  return out;
}

const prefixOf = (text: string | undefined): string => (text ?? '').split(':')[0] ?? '';

/** Writes the evidence; returns the ids touched. */
export function applyReportEvidence(found: ReportEvidence[], workbook: WorkbookFile, checklists: ChecklistSet): string[] {
  const byItem = new Map<string, EvidenceEntry[]>();
  for (const f of found) if (checklists.items.has(f.itemId)) byItem.set(f.itemId, [...(byItem.get(f.itemId) ?? []), f.entry]);
  for (const [itemId, fresh] of byItem) {
    const existing: Answer | undefined = workbook.data.answers[itemId];
    const prefixes = new Set(fresh.map((e) => prefixOf(e.text)));
    const kept: Evidence[] = (existing?.evidence ?? []).filter((e) => typeof e === 'string' || e.source !== REPORTS_SOURCE || !prefixes.has(prefixOf(e.text)));
    workbook.setAnswer(itemId, { evidence: [...kept, ...fresh] });
  }
  return [...byItem.keys()];
}
