/** Text rendering of a StatusReport for the terminal. */
import type { StatusReport } from '../domain/status-report.js';
import type { Score } from '../domain/scoring.js';
import type { FrameworkDecision } from '../domain/frameworks.js';
import type { Organisation } from '../domain/workbook-schema.js';
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
  // The same counts, words and order as the TUI's overview line: "open" is unanswered, "todo" is marked to do.
  const counts = `${W.todo} ${c.todo} · ${W.partial} ${c.partial} · ${W.done} ${c.done} · ${W.na} ${c.na} · ${W.unanswered} ${c.unanswered}${c.overdue ? ` · ${style.red(`overdue ${c.overdue}`)}` : ''}`;
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

/** Wraps at spaces to `width`, later lines indented by `indent` (a word longer than a line stays whole). */
export function hang(text: string, width: number, indent: string): string {
  if (text.length <= width) return text;
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    const next = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
    if (next.length > width && line.trim() !== '') {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = next;
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * What `secbook init` ends with: the organisation details it recorded, then each framework
 * that applies and why, and each that does not and why (the same reasons `status` gives).
 */
export function formatInitSummary(result: { details: Organisation; frameworks: readonly FrameworkDecision[] }, options: { width?: number } = {}): string {
  const width = options.width ?? Infinity;
  const org = result.details;
  const approver = org.approver ? `${org.approver.name}${org.approver.role ? `, ${org.approver.role}` : ''}` : 'not named yet (secbook scope --set approver="…")';
  const out = [
    `  Legal name: ${org.legal_name ?? `${org.name} (the organisation name)`}`,
    `  Time zone:  ${org.timezone ?? 'not set: deadlines in UTC (secbook scope --set timezone=…)'}`,
    `  Approver:   ${approver}`,
    '',
  ];
  const applies = result.frameworks.filter((f) => f.applies);
  const not = result.frameworks.filter((f) => !f.applies);
  const row = (f: FrameworkDecision, verdict: string) => hang(`  ${f.name}: ${verdict}${f.forced ? ` (forced ${f.forced})` : ''} — ${f.reasons.join('; ')}`, width, '      ');
  out.push(style.bold(applies.length > 0 ? 'Frameworks that apply' : 'No framework applies yet'));
  for (const f of applies) out.push(style.green(row(f, 'applies')));
  if (not.length > 0) out.push(style.bold('Frameworks that do not apply'));
  for (const f of not) out.push(row(f, 'does not apply'));
  if (result.frameworks.some((f) => f.reasons.some((r) => r.includes('not answered')))) {
    out.push(style.dim(hang('Answer the open questions with `secbook scope` (or --set field=value).', width, '')));
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
