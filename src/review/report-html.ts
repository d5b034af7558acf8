/** The Audit Review Report as one self-contained HTML page (print CSS inline). Pure. */
import type { FieldChange, ItemMention, ScoreChange } from './diff.js';
import type { ReportModel } from './report-model.js';
import { trendChart } from './trend-chart.js';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const pct = (n: number | null): string => (n === null ? 'n/a' : `${n}%`);
const signed = (n: number | null): string => (n === null ? '—' : n > 0 ? `+${n}` : n < 0 ? `${n}` : '±0');
const day = (iso: string | undefined): string => (iso ? iso.slice(0, 10) : '—');
const item = (m: { id: string; question?: string }): string =>
  `<span class="id">${esc(m.id)}</span>${m.question ? ` ${esc(m.question)}` : ''}`;

function table(head: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p class="none">${esc(empty)}</p>`;
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const sectionRows = (s: ScoreChange[]): string[][] => s.map((c) => [esc(c.title), pct(c.from), pct(c.to), signed(c.change)]);
const mentionRows = (ms: ItemMention[]): string[][] => ms.map((m) => [item(m), esc(m.status)]);
const fieldRows = (fs: FieldChange[]): string[][] => fs.map((f) => [item(f), esc(f.from ?? '—'), esc(f.to ?? '—')]);

const CSS = `
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #111827; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 12.5pt; margin: 18pt 0 6pt; border-bottom: 1px solid #d1d5db; padding-bottom: 2pt; }
.meta { color: #4b5563; margin: 0 0 12pt; } .big { font-size: 22pt; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; } th, td { text-align: left; padding: 3pt 5pt; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; } .id { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; color: #374151; display: block; }
.none { color: #6b7280; font-style: italic; } .signoff { border: 1px solid #9ca3af; padding: 8pt 10pt; margin-top: 8pt; page-break-inside: avoid; }
tr { page-break-inside: avoid; }
`;

export function reportHtml(m: ReportModel): string {
  const d = m.diff;
  const moved = d.sections.filter((s) => s.change !== 0);
  const title = `Audit Review Report — ${m.period}`;
  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(m.organisation)} · review started ${day(m.started_at)}${m.closed_at ? ` · closed ${day(m.closed_at)}` : ' · still open'} · changes since ${esc(d.from.label)} (${day(d.from.at)})</p>`,
    `<p><span class="big">${pct(m.score)}</span> overall score (${signed(d.overall.change)} points since ${esc(d.from.label)})</p>`,
    `<p>At the start of the review ${m.marked.stale} answer(s) were stale, ${m.marked.overdue} action(s) overdue and ${m.marked.new} item(s) new.</p>`,
    '<h2>Score trend</h2>',
    trendChart(m.trend),
    '<h2>Changes per section</h2>',
    table(['Section', esc(d.from.label), esc(d.to.label), 'Change'], sectionRows(moved), 'No section score changed.'),
    '<h2>Gaps opened</h2>',
    table(['Item', 'Status'], mentionRows(d.gapsOpened), 'No new gaps.'),
    '<h2>Gaps closed</h2>',
    table(['Item', 'Status'], mentionRows(d.gapsClosed), 'No gaps closed.'),
    '<h2>Status changes</h2>',
    table(['Item', 'Before', 'Now'], d.statusChanges.map((c) => [item(c), esc(c.from), esc(c.to)]), 'No status changed.'),
    ...(d.itemsAdded.length ? ['<h2>New items</h2>', table(['Item', 'Status'], mentionRows(d.itemsAdded), '')] : []),
    ...(d.itemsRemoved.length ? ['<h2>Removed items</h2>', table(['Item', 'Status'], mentionRows(d.itemsRemoved), '')] : []),
    ...(d.ownerChanges.length ? ['<h2>Owner changes</h2>', table(['Item', 'Before', 'Now'], fieldRows(d.ownerChanges), '')] : []),
    ...(d.dueChanges.length ? ['<h2>Due-date changes</h2>', table(['Item', 'Before', 'Now'], fieldRows(d.dueChanges), '')] : []),
    '<h2>Overdue actions</h2>',
    table(['Item', 'Owner', 'Due'], m.overdue.map((o) => [item(o), esc(o.owner ?? 'no owner'), esc(o.due)]), 'No action is overdue.'),
    '<h2>Items still unconfirmed</h2>',
    table(['Item'], m.unconfirmed.map((u) => [item(u)]), 'Every marked item was re-confirmed.'),
    '<h2>Sign-off</h2>',
    `<div class="signoff"><p><strong>Reviewed by:</strong> ${m.reviewers.length ? m.reviewers.map(esc).join(', ') : '—'}</p>` +
      `<p><strong>Date:</strong> ${day(m.closed_at)}</p>` +
      `<p><strong>Statement:</strong> ${m.sign_off ? esc(m.sign_off) : '—'}</p></div>`,
  ];
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}
