/** Text rendering of a StatusReport for the terminal. */
import type { StatusReport } from '../domain/status-report.js';
import type { Score } from '../domain/scoring.js';
import type { FrameworkDecision } from '../domain/frameworks.js';
import { STATUS_WORD as W } from '../domain/statuses.js';
import { style } from './style.js';

/** `████░░░░` — a bar that also reads without colour. */
export function bar(fraction: number, width: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

const pct = (f: number | null) => (f === null ? '  n/a' : `${Math.round(f * 100)}%`.padStart(5));

function line(label: string, s: Score, labelWidth: number, indent: string): string {
  const c = s.counts;
  const counts = `${W.done} ${c.done} · ${W.partial} ${c.partial} · ${W.todo} ${c.todo + c.unanswered} · ${W.na} ${c.na}${c.overdue ? ` · ${style.red(`overdue ${c.overdue}`)}` : ''}`;
  const name = label.length > labelWidth ? `${label.slice(0, labelWidth - 1)}…` : label.padEnd(labelWidth);
  return `${indent}${name} ${bar(s.score ?? 0, 12)} ${pct(s.score)}  answered ${s.answered}/${s.applicable}  ${style.dim(counts)}`;
}

/** Each framework, whether it applies, and why. */
export function formatFrameworks(frameworks: readonly FrameworkDecision[]): string {
  const out = [style.bold('Frameworks')];
  for (const f of frameworks) {
    const mark = f.applies ? style.green('✓ applies') : style.dim('✗ not in scope');
    out.push(`  ${f.name.padEnd(24)} ${mark}${f.forced ? style.yellow(` (forced ${f.forced})`) : ''}`);
    out.push(style.dim(`    why: ${f.reasons.join('; ')}`));
  }
  return out.join('\n');
}

export function formatStatus(report: StatusReport, options: { width: number }): string {
  const labelWidth = Math.max(18, Math.min(34, options.width - 70));
  const out: string[] = [];
  out.push(style.bold(`${report.organisation} — score ${pct(report.score.score).trim()}, ${Math.round(report.score.coverage * 100)}% answered`));
  out.push('');
  out.push(formatFrameworks(report.frameworks));
  for (const checklist of report.score.checklists) {
    out.push('');
    out.push(line(checklist.title, checklist, labelWidth + 2, ''));
    for (const section of checklist.sections) out.push(line(section.title, section, labelWidth, '  '));
  }
  out.push('');
  out.push(line('Overall', report.score, labelWidth + 2, ''));
  const { renamed, unknown } = report.orphans;
  if (renamed.length || unknown.length) {
    out.push('');
    out.push(style.yellow(`${unknown.length} answer(s) match no item and ${renamed.length} belong to renamed items: run \`secbook validate\`.`));
  }
  return out.join('\n');
}
