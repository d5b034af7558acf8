/**
 * The Audit Review Report as a DocumentModel, so it goes through the documents pipeline
 * (templates, print CSS, versions from content, manifest, one shared browser). Pure.
 */
import type { Block, Cell, DocumentModel } from '../render/document-model.js';
import { numberSections } from '../render/document-model.js';
import { barChart, toneFor } from '../render/documents/charts.js';
import type { FieldChange, ItemMention, ScoreChange } from './diff.js';
import type { ReportModel } from './report-model.js';

const c = (text: string, tone: Cell['tone'] = null): Cell => ({ text, tone });
const pct = (n: number | null): string => (n === null ? 'n/a' : `${n}%`);
const signed = (n: number | null): string => (n === null ? '—' : n > 0 ? `+${n}` : n < 0 ? `${n}` : '±0');
const day = (iso: string | undefined): string => (iso ? iso.slice(0, 10) : '—');
const label = (m: { id: string; question?: string }): string => (m.question ? `${m.question} [${m.id}]` : m.id);
const changeTone = (n: number | null): Cell['tone'] => (n === null || n === 0 ? null : n > 0 ? 'ok' : 'warning');
const statusTone = (s: string): Cell['tone'] => (s === 'done' ? 'ok' : s === 'partial' ? 'partial' : s === 'na' ? 'na' : 'open');

function tableOr(columns: string[], rows: Cell[][], empty: { title: string; text: string }): Block {
  return rows.length === 0 ? { kind: 'callout', tone: 'ok', title: empty.title, text: empty.text } : { kind: 'table', caption: null, columns, rows };
}

const sectionRows = (s: ScoreChange[]): Cell[][] => s.map((x) => [c(x.title), c(pct(x.from)), c(pct(x.to), toneFor(x.to === null ? null : x.to / 100)), c(signed(x.change), changeTone(x.change))]);
const mentionRows = (ms: ItemMention[]): Cell[][] => ms.map((m) => [c(label(m)), c(m.status, statusTone(m.status))]);
const fieldRows = (fs: FieldChange[]): Cell[][] => fs.map((f) => [c(label(f)), c(f.from ?? '—'), c(f.to ?? '—')]);

/** Document id for a period: `audit-review-2027-q1`. */
export const reviewDocumentId = (period: string): string => `audit-review-${period.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export function reviewDocument(m: ReportModel): DocumentModel {
  const d = m.diff;
  const since = `${d.from.label} (${day(d.from.at)})`;
  const sections: { title: string; blocks: Block[] }[] = [];
  const optional = (title: string, columns: string[], rows: Cell[][]) => {
    if (rows.length > 0) sections.push({ title, blocks: [{ kind: 'table', caption: null, columns, rows }] });
  };

  sections.push({
    title: 'Summary',
    blocks: [
      {
        kind: 'scorecards',
        cards: [
          { label: 'Overall score (weighted)', value: pct(m.score), tone: toneFor(m.score === null ? null : m.score / 100) },
          { label: `Change since ${d.from.label}`, value: `${signed(d.overall.change)} points`, tone: d.overall.change !== null && d.overall.change < 0 ? 'warning' : 'info' },
          { label: 'Overdue actions', value: String(m.overdue.length), tone: m.overdue.length > 0 ? 'warning' : 'ok' },
          { label: 'Still unconfirmed', value: String(m.unconfirmed.length), tone: m.unconfirmed.length > 0 ? 'warning' : 'ok' },
        ],
      },
      {
        kind: 'paragraph',
        text: `When the review started (${day(m.started_at)}), ${m.marked.stale} answer(s) had not been confirmed within the review interval, ${m.marked.overdue} action(s) were overdue and ${m.marked.new} item(s) were new since the previous review; each was put before the team again. Changes below are measured from ${since}.`,
      },
    ],
  });
  sections.push({
    title: 'Score trend',
    blocks: [{ kind: 'chart', chart: barChart('Overall score by review', m.trend.map((p) => ({ label: p.period, value: p.score === null ? null : p.score / 100 }))) }],
  });
  sections.push({
    title: 'Changes per section',
    blocks: [tableOr(['Section', d.from.label, d.to.label, 'Change (points)'], sectionRows(d.sections.filter((s) => s.change !== 0)), { title: 'No section moved', text: `Every section scores as it did at ${since}.` })],
  });
  sections.push({ title: 'Gaps opened', blocks: [tableOr(['Item', 'Status'], mentionRows(d.gapsOpened), { title: 'No new gaps', text: `No item fell back to partial, to-do or unanswered since ${since}.` })] });
  sections.push({ title: 'Gaps closed', blocks: [tableOr(['Item', 'Status'], mentionRows(d.gapsClosed), { title: 'No gaps closed', text: `No gap was closed since ${since}.` })] });
  optional('Status changes', ['Item', 'Before', 'Now'], d.statusChanges.map((x) => [c(label(x)), c(x.from, statusTone(x.from)), c(x.to, statusTone(x.to))]));
  optional('New items', ['Item', 'Status'], mentionRows(d.itemsAdded));
  optional('Removed items', ['Item', 'Status'], mentionRows(d.itemsRemoved));
  optional('Owner changes', ['Item', 'Before', 'Now'], fieldRows(d.ownerChanges));
  optional('Due-date changes', ['Item', 'Before', 'Now'], fieldRows(d.dueChanges));
  sections.push({
    title: 'Overdue actions',
    blocks: [tableOr(['Action', 'Owner', 'Due'], m.overdue.map((o) => [c(label(o)), c(o.owner ?? 'no owner', o.owner ? null : 'open'), c(o.due, 'warning')]), { title: 'Nothing overdue', text: 'No open action is past its due date.' })],
  });
  sections.push({
    title: 'Items still unconfirmed',
    blocks: [tableOr(['Item'], m.unconfirmed.map((u) => [c(label(u), 'warning')]), { title: 'All re-confirmed', text: 'Every item marked at the start of the review was re-confirmed or updated.' })],
  });
  sections.push({
    title: 'Sign-off',
    blocks: [{
      kind: 'table',
      caption: null,
      columns: ['', ''],
      rows: [
        [c('Reviewed by'), c(m.reviewers.length ? m.reviewers.join('; ') : '—')],
        [c('Review period'), c(m.period)],
        [c('Date closed'), c(day(m.closed_at))],
        [c('Statement'), c(m.sign_off ?? '—')],
      ],
    }],
  });

  const facts: Record<string, unknown> = { score: m.score, trend: m.trend, reviewers: m.reviewers, sign_off: m.sign_off ?? null, closed_at: m.closed_at ?? null, unconfirmed: m.unconfirmed.map((u) => u.id) };
  return {
    id: reviewDocumentId(m.period),
    title: `Audit Review Report — ${m.period}`,
    subtitle: m.organisation,
    template: 'document',
    owner: m.reviewers[0] ?? null,
    purpose: [
      `This report records the ${m.period} review of the secbook workbook: how the score moved, which gaps opened and closed, which actions are overdue and with whom, what was left unconfirmed, and who signed the review off.`,
    ],
    sections: numberSections(sections),
    openDecisions: [],
    items: Object.fromEntries(Object.entries(facts).map(([k, v]) => [`review.${k}`, JSON.stringify(v)])),
    itemLabels: Object.fromEntries(Object.keys(facts).map((k) => [`review.${k}`, `Review ${k.replace('_', '-')}`])),
  };
}
