/** Plain-text rendering of a ReviewDiff for the terminal (no colour codes: callers add them). */
import type { FieldChange, ItemMention, ReviewDiff, ScoreChange } from '../review/diff.js';

const pct = (n: number | null): string => (n === null ? 'n/a' : `${n}%`);
const signed = (n: number | null): string => (n === null ? '' : n > 0 ? ` (+${n})` : n < 0 ? ` (${n})` : ' (±0)');
const label = (m: { id: string; question?: string }): string => (m.question ? `${m.id} — ${m.question}` : m.id);
const dash = (v: string | undefined): string => v ?? '—';

function scoreLine(s: ScoreChange): string {
  return `${s.title}: ${pct(s.from)} → ${pct(s.to)}${signed(s.change)}`;
}

function block(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', `${title} (${lines.length})`, ...lines.map((l) => `  ${l}`)];
}

const mentions = (ms: ItemMention[]): string[] => ms.map((m) => `${label(m)} [${m.status}]`);
const fields = (fs: FieldChange[]): string[] => fs.map((f) => `${label(f)}: ${dash(f.from)} → ${dash(f.to)}`);

export function formatDiff(d: ReviewDiff): string {
  const lines = [
    `Changes from ${d.from.label} (${d.from.at.slice(0, 10)}) to ${d.to.label} (${d.to.at.slice(0, 10)})`,
    '',
    `Score ${scoreLine(d.overall)}`,
  ];
  const moved = d.sections.filter((s) => s.change !== 0);
  lines.push(...block('Sections', moved.map(scoreLine)));
  lines.push(...block('Status changes', d.statusChanges.map((c) => `${label(c)}: ${c.from} → ${c.to}`)));
  lines.push(...block('Gaps opened', mentions(d.gapsOpened)));
  lines.push(...block('Gaps closed', mentions(d.gapsClosed)));
  lines.push(...block('New items', mentions(d.itemsAdded)));
  lines.push(...block('Removed items', mentions(d.itemsRemoved)));
  lines.push(...block('Owner changes', fields(d.ownerChanges)));
  lines.push(...block('Due-date changes', fields(d.dueChanges)));
  if (lines.length === 3) lines.push('', 'No item changed.');
  return lines.join('\n');
}
