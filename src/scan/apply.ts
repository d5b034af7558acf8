/**
 * `secbook scan --apply`: scan findings become evidence on the mapped checklist items, and
 * a proposed status. A status is only ever raised (todo → partial → done), never lowered
 * and never changed from `na`: when a person's answer is better than the scan, it is kept
 * and the clash is reported (the failing evidence entry stays in the workbook, where
 * `scanEvidence()` shows it as a conflict).
 */
import type { Answer, Evidence, EvidenceEntry, Status } from '../domain/answer.js';
import type { ChecklistSet } from '../domain/checklist-set.js';
import type { WorkbookFile } from '../storage/workbook-file.js';
import type { CheckResult, Verdict } from './finding.js';
import { worst } from './finding.js';
import { SCAN_ITEMS } from './item-map.js';
import type { ScanReport } from './scan.js';
import { SCAN_SOURCE } from './scan-evidence.js';

export interface ApplyUpdate {
  itemId: string;
  verdict: Verdict;
  proposed: Status;
  /** The status a person gave that the scan did not override. */
  kept?: Status;
  conflict?: string;
}

export interface ApplyOutcome {
  file: string;
  updates: ApplyUpdate[];
  skipped: string[];
}

const PROPOSED: Record<Exclude<Verdict, 'info'>, Status> = { pass: 'done', warn: 'partial', fail: 'todo' };
const RANK: Record<Status, number> = { todo: 0, partial: 1, done: 2, na: 3 };

function evidenceText(c: CheckResult): string {
  const subject = c.subject ? ` ${c.subject}` : '';
  const found = c.records.map((r) => r.split('\n').map((l) => l.trim()).filter(Boolean).join('; ')).join(' | ');
  const worstFinding = c.findings.find((f) => f.verdict === c.verdict && c.verdict !== 'pass');
  return `${c.domain} ${c.check}${subject}: ${found || 'no record'}${worstFinding ? ` — ${worstFinding.why}` : ''}`;
}

/** Older scan evidence for the same domain and check is replaced; people's evidence is kept. */
function mergeEvidence(existing: Evidence[] | undefined, fresh: EvidenceEntry[], results: CheckResult[]): Evidence[] {
  const prefixes = new Set(results.map((c) => `${c.domain} ${c.check}`));
  const kept = (existing ?? []).filter(
    (e) => typeof e === 'string' || e.source !== SCAN_SOURCE || ![...prefixes].some((p) => (e.text ?? '').startsWith(p)),
  );
  return [...kept, ...fresh];
}

export function applyScan(report: ScanReport, workbook: WorkbookFile, checklists: ChecklistSet, now: Date): ApplyOutcome {
  const date = now.toISOString().slice(0, 10);
  const outcome: ApplyOutcome = { file: workbook.file, updates: [], skipped: [] };
  const all = report.domains.flatMap((d) => d.checks);
  for (const { check, itemId } of SCAN_ITEMS) {
    const results = all.filter((c) => c.check === check && c.verdict !== 'info');
    if (results.length === 0) continue;
    if (!checklists.items.has(itemId)) {
      outcome.skipped.push(`${check}: no checklist item ${itemId} is loaded`);
      continue;
    }
    const verdict = worst(results.map((c) => c.verdict)) as Exclude<Verdict, 'info'>;
    const proposed = PROPOSED[verdict];
    const existing: Answer | undefined = workbook.data.answers[itemId];
    const fresh = results.map((c): EvidenceEntry => ({ text: evidenceText(c), source: SCAN_SOURCE, date, verdict: c.verdict }));
    const patch: Partial<Answer> = { evidence: mergeEvidence(existing?.evidence, fresh, results) };
    const update: ApplyUpdate = { itemId, verdict, proposed };
    const current = existing?.status;
    if (current === undefined || RANK[proposed] > RANK[current]) {
      patch.status = proposed;
      patch.answered_by = 'secbook scan';
      patch.updated_at = now.toISOString();
    } else if (RANK[proposed] < RANK[current]) {
      update.kept = current;
      update.conflict =
        current === 'na'
          ? `marked not applicable, but the scan found ${verdict === 'fail' ? 'failures' : 'warnings'}`
          : `answered "${current}", but the scan found ${verdict === 'fail' ? 'failures' : 'warnings'}; status kept — review it`;
    }
    workbook.setAnswer(itemId, patch);
    outcome.updates.push(update);
  }
  return outcome;
}
