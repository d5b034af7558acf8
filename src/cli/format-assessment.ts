/** Plain-text rendering of an assessment for the terminal. Pure; colours are injected. */
import { plainPaint, type Paint } from '../paint.js';
import type { Assessment, NoticeAssessment } from '../incidents/assess.js';


const STATUS: Record<NoticeAssessment['status'], string> = { sent: 'SENT', overdue: 'OVERDUE', on_hold: 'ON HOLD', open: 'OPEN', not_required: 'not required' };

function one(n: NoticeAssessment, p: Paint): string[] {
  const req = n.required === 'yes' ? p.red('REQUIRED') : n.required === 'unknown' ? p.yellow('UNKNOWN') : p.dim('not required');
  const status = n.status === 'overdue' ? p.red(STATUS.overdue) : n.status === 'sent' ? p.green(STATUS.sent) : STATUS[n.status];
  const lines = [`${p.bold(n.id)}  ${req}  ${n.required === 'no' ? '' : status}`.trimEnd()];
  lines.push(`  ${n.title}`);
  lines.push(`  ${n.regulation} ${n.citation} · audience: ${n.audience.replace(/_/g, ' ')} · source ${n.source_label} · verified ${n.last_verified}`);
  for (const r of n.reasons) lines.push(`  - ${r}`);
  if (n.missing.length > 0) lines.push(`  ${p.yellow('missing:')} ${n.missing.join(', ')}`);
  if (n.required !== 'no') {
    lines.push(`  deadline: ${n.deadline ? `${p.bold(n.deadline)} = ${n.deadline_text}` : n.deadline_text}`);
    lines.push(`  clock starts: ${n.clock.trigger.replace(/_/g, ' ')}${n.clock.started_at ? ` (${n.clock.started_at})` : ''}`);
    if (n.sent_at) lines.push(`  sent at ${n.sent_at}`);
    else if (n.time_left) lines.push(`  ${n.ms_left !== null && n.ms_left < 0 ? p.red(n.time_left) : n.time_left}`);
    if (n.hold_until) lines.push(`  law-enforcement hold until ${n.hold_until}`);
    for (const note of n.notes) lines.push(`  ${p.dim(`note: ${note}`)}`);
  }
  return lines;
}

export function formatAssessment(a: Assessment, paint: Paint = plainPaint): string {
  const out = [`${paint.bold(`${a.incident}: ${a.title}`)}`, `Assessed at ${a.now}. ${a.zone_note}`, a.gdpr_scope, ''];
  if (a.not_assessed.length > 0) out.push(`Not assessed (scope not answered in the workbook): ${a.not_assessed.join('; ')}.`, '');
  if (a.jurisdictions.length > 0) {
    out.push(paint.bold(`Jurisdictions (${a.jurisdictions.length}): the rule applied and its grade`));
    for (const j of a.jurisdictions) {
      out.push(`  ${j.code} ${j.name}: ${j.statute} · grade ${j.grade} · verified ${j.last_verified}`);
      if (j.unknown.length > 0) out.push(`    ${paint.yellow('unknown')} — check ${j.statute}: ${j.unknown.join(', ')}`);
    }
    out.push('');
  }
  const groups: [string, NoticeAssessment[]][] = [
    ['Required', a.notices.filter((n) => n.required === 'yes')],
    ['Unknown — record the missing facts', a.notices.filter((n) => n.required === 'unknown')],
  ];
  for (const [title, list] of groups) {
    if (list.length === 0) continue;
    out.push(paint.bold(`${title} (${list.length})`), '');
    for (const n of list) out.push(...one(n, paint), '');
  }
  const no = a.notices.filter((n) => n.required === 'no');
  if (no.length > 0) {
    out.push(paint.bold(`Not required (${no.length})`));
    for (const n of no) out.push(`  ${n.id}: ${n.reasons.join('; ')}`);
    out.push('');
  }
  out.push(paint.dim(a.disclaimer));
  return out.join('\n');
}
