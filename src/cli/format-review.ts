/** Terminal text for `secbook review start|status|close`. */
import type { StartedReview } from '../app/review-start.js';
import type { ReviewProgress } from '../review/review-progress.js';
import type { ClosedWithReport, ReportResult } from '../app/review-close.js';
import type { Reconfirm } from '../review/review-schema.js';
import { style } from './style.js';

const MAX = 25;

/** `3 stale, 1 overdue, 2 new` */
function byReason(entries: Reconfirm[]): string {
  const counts = { stale: 0, overdue: 0, new: 0 };
  for (const r of entries) for (const reason of r.reasons) counts[reason]++;
  return Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
}

function itemLines(entries: [string, Reconfirm][]): string[] {
  const lines = entries.slice(0, MAX).map(([id, r]) => {
    const extra = [r.owner ? `owner ${r.owner}` : '', r.due ? `due ${r.due}` : '', r.last_confirmed ? `confirmed ${r.last_confirmed.slice(0, 10)}` : ''].filter(Boolean).join(', ');
    return `  ${id} ${style.dim(`[${r.reasons.join(', ')}]`)}${extra ? style.dim(` ${extra}`) : ''}${r.question ? `\n    ${r.question}` : ''}${r.why ? `\n    ${style.dim(`why: ${r.why}`)}` : ''}`;
  });
  if (entries.length > MAX) lines.push(`  … and ${entries.length - MAX} more (secbook review status --json)`);
  return lines;
}

export function formatStarted({ review, file }: StartedReview): string {
  const marked = Object.entries(review.reconfirm);
  const score = review.scores.overall.score;
  return [
    `Started the ${review.period} review: snapshot in ${file} (score ${score === null ? 'n/a' : `${score}%`}).`,
    marked.length === 0 ? 'Nothing needs re-confirming.' : `${marked.length} item${marked.length === 1 ? '' : 's'} to re-confirm (${byReason(marked.map(([, r]) => r))}):`,
    ...itemLines(marked),
    '',
    `Next: secbook run --review   (or: secbook review confirm <item-id…>), then secbook review close`,
  ].join('\n');
}

export function formatProgress(p: ReviewProgress): string {
  if (p.status === 'closed') {
    return `The ${p.period} review is closed (${p.file}); ${p.pending.length} item(s) were left unconfirmed.${p.pending.length ? `\n${p.pending.map((i) => `  ${i.id}`).join('\n')}` : ''}\nStart the next one with: secbook review start`;
  }
  const done = p.marked - p.pending.length;
  const left = p.pending.length ? ` (${byReason(p.pending)})` : '';
  const head = `The ${p.period} review (started ${p.started_at.slice(0, 10)}): ${done} of ${p.marked} marked item(s) re-confirmed, ${p.pending.length} left${left}.`;
  if (p.pending.length === 0) return `${head}\nReady to close: secbook review close --reviewer "<name>" --sign-off "<statement>"`;
  return [head, ...itemLines(p.pending.map(({ id, ...r }) => [id, r])), '', 'Next: secbook run --review (or secbook review confirm <item-id…>)'].join('\n');
}

export function formatClosed(r: ClosedWithReport): string {
  const lines = [`Closed the ${r.period} review (${r.file}).`];
  if (r.unconfirmed.length) lines.push(style.yellow(`${r.unconfirmed.length} item(s) were still unconfirmed; the report discloses the forced close and lists them.`));
  lines.push(...formatReport(r), `Not yet approved: secbook review approve ${r.period} --by "<name>" --role "<role>"`);
  return lines.join('\n');
}

export function formatApproved(r: ReportResult & { approval: string }): string {
  return [`Approved the ${r.period} review: ${r.approval} (${r.file}).`, ...formatReport(r)].join('\n');
}

/** The report's files and what the pipeline did with each document. */
export function formatReport(r: ReportResult): string[] {
  const lines = [`Report: ${r.report.join(', ')}`];
  for (const d of r.published) {
    if (d.outcome !== 'unchanged' || d.written.length > 0) lines.push(`  ${d.id} ${d.version} (${d.outcome}${d.previousVersion && d.outcome === 'changed' ? ` from ${d.previousVersion}` : ''})`);
  }
  const same = r.published.filter((d) => d.outcome === 'unchanged' && d.written.length === 0).length;
  if (same > 0) lines.push(`  ${same} document(s) unchanged: no new version`);
  if (r.pdfSkipped) lines.push(style.yellow(`PDF not written: ${r.pdfSkipped}`));
  return lines;
}
