/**
 * `secbook scan --apply`: findings become evidence on the mapped checklist items
 * (item-map.ts) with a proposed status. A status is only ever raised (todo → partial →
 * done), never lowered and never changed from `na`: when a person's answer is better than
 * the scan, it is kept and the clash is reported; the failing evidence entry stays in the
 * workbook, where `scanEvidence()` reports it as a conflict. Notes are never touched.
 */
import type { Answer, Evidence, EvidenceEntry, Status } from '../domain/answer.js';
import type { ChecklistSet } from '../domain/checklist-set.js';
import type { WorkbookFile } from '../storage/workbook-file.js';
import { worst, type CheckResult, type Finding, type Verdict } from './finding.js';
import { SCAN_ITEMS, type ScanItem } from './item-map.js';
import type { ScanReport } from './scan.js';
import { SCAN_SOURCE } from './scan-evidence.js';

export interface ApplyUpdate {
  itemId: string;
  verdict: Verdict;
  /** What the scan suggests; absent for evidence-only items. */
  proposed?: Status;
  /** True when the proposed status was written (it raised or set the status). */
  written?: boolean;
  /** The status a person gave that the scan did not override. */
  kept?: Status;
  conflict?: string;
  /** Date of the earlier scan evidence this run replaced (machine evidence refreshes itself). */
  refreshed?: string;
}

export interface ApplyOutcome {
  file: string;
  updates: ApplyUpdate[];
  skipped: string[];
}

const PROPOSED: Record<Exclude<Verdict, 'info'>, Status> = { pass: 'done', warn: 'partial', fail: 'todo' };
const RANK: Record<Status, number> = { todo: 0, partial: 1, done: 2, na: 3 };

/** The findings of one check result that speak to an item (see ScanItem.aspects). */
export function findingsFor(item: ScanItem, c: CheckResult): Finding[] {
  const relevant = c.findings.filter((f) => f.aspect !== 'selectors');
  if (!item.aspects) return relevant;
  const picked = relevant.filter((f) => item.aspects?.includes(f.aspect ?? 'record'));
  // A missing record or a DNS error means the other aspects could not be checked at all.
  return picked.length ? picked : relevant.filter((f) => f.aspect === undefined && f.verdict === 'fail');
}

function evidenceText(c: CheckResult, findings: Finding[], verdict: Verdict): string {
  const subject = c.subject ? ` ${c.subject}` : '';
  const found = c.records.map((r) => r.split('\n').map((l) => l.trim()).filter(Boolean).join('; ')).join(' | ');
  const why = findings.find((f) => f.verdict === verdict)?.why;
  return `${c.domain} ${c.check}${subject}: ${found || 'no record'}${why ? ` — ${why}` : ''}`;
}

/** Earlier scan evidence for the same domain/check is replaced; people's evidence is kept. */
function mergeEvidence(existing: Evidence[] | undefined, fresh: EvidenceEntry[], results: CheckResult[]): Evidence[] {
  const prefixes = results.map((c) => `${c.domain} ${c.check}`);
  const kept = (existing ?? []).filter((e) => typeof e === 'string' || e.source !== SCAN_SOURCE || !prefixes.some((p) => (e.text ?? '').startsWith(p)));
  return [...kept, ...fresh];
}

/**
 * Whether a person's status is contradicted by the scan: a failing (or absent) record
 * against anything but todo, or a warning against done. A capped item's pass, or a pass
 * against `na`, is no contradiction (the scan shows only part of what the item asks).
 */
export function contradicts(verdict: Verdict, status: Status, absent = false): boolean {
  if (verdict === 'fail' || absent) return status !== 'todo';
  if (verdict === 'warn') return status === 'done';
  return false;
}

export function applyScan(report: ScanReport, workbook: WorkbookFile, checklists: ChecklistSet, now: Date): ApplyOutcome {
  const date = now.toISOString().slice(0, 10);
  const outcome: ApplyOutcome = { file: workbook.file, updates: [], skipped: [] };
  const all = report.domains.flatMap((d) => d.checks);
  for (const item of SCAN_ITEMS) {
    const scored = all
      .filter((c) => c.check === item.check)
      .map((c) => ({ c, findings: findingsFor(item, c) }))
      .filter((s) => s.findings.length > 0)
      .map((s) => ({ ...s, verdict: worst(s.findings.map((f) => f.verdict)) }));
    if (scored.length === 0) continue;
    if (!checklists.items.has(item.itemId)) {
      outcome.skipped.push(`${item.check}: no checklist item ${item.itemId} is loaded`);
      continue;
    }
    const verdict = worst(scored.map((s) => s.verdict));
    const existing: Answer | undefined = workbook.data.answers[item.itemId];
    const fresh = scored.map(({ c, findings, verdict: v }): EvidenceEntry => ({ text: evidenceText(c, findings, v), source: SCAN_SOURCE, date, verdict: v }));
    const patch: Partial<Answer> = { evidence: mergeEvidence(existing?.evidence, fresh, scored.map((s) => s.c)) };
    const update: ApplyUpdate = { itemId: item.itemId, verdict };
    const earlier = (existing?.evidence ?? []).filter((e) => typeof e !== 'string' && e.source === SCAN_SOURCE && e.date).map((e) => (e as EvidenceEntry).date!).sort().at(-1);
    if (earlier) update.refreshed = earlier;
    if (!item.evidenceOnly && verdict !== 'info') {
      // A record that does not exist at all is work not started, whatever its verdict.
      const absent = scored.some((s) => s.findings.some((f) => f.missing));
      let proposed = absent ? 'todo' : PROPOSED[verdict];
      if (item.cap && RANK[proposed] > RANK[item.cap]) proposed = item.cap;
      update.proposed = proposed;
      const current = existing?.status;
      if (current === undefined || RANK[proposed] > RANK[current]) {
        patch.status = proposed;
        patch.answered_by = 'secbook scan';
        patch.updated_at = now.toISOString();
        update.written = true;
      } else if (contradicts(verdict, current, absent)) {
        update.kept = current;
        const found = absent ? 'no record' : verdict === 'fail' ? 'failures' : 'warnings';
        update.conflict = current === 'na' ? `marked not applicable, but the scan found ${found}` : `answered "${current}", but the scan found ${found}; status kept — review it`;
      }
    }
    workbook.setAnswer(item.itemId, patch);
    outcome.updates.push(update);
  }
  return outcome;
}
