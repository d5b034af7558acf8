/**
 * The Audit Review Report as a DocumentModel, so it goes through the documents pipeline
 * (templates, print CSS, versions from content, manifest, one shared browser). Pure.
 */
import type { Block, Cell, DocumentModel } from '../render/document-model.js';
import { numberSections } from '../render/document-model.js';
import { toneFor, trendChart } from '../render/documents/charts.js';
import type { ChecklistSet } from '../domain/checklist-set.js';
import type { ItemMention, ScoreChange } from './diff.js';
import type { ReportModel } from './report-model.js';

const c = (text: string, tone: Cell['tone'] = null): Cell => ({ text, tone });
const pct = (n: number | null): string => (n === null ? 'n/a' : `${n}%`);
const signed = (n: number | null): string => (n === null ? '—' : n > 0 ? `+${n}` : n < 0 ? `${n}` : '±0');
const day = (iso: string | undefined): string => (iso ? iso.slice(0, 10) : '—');
const label = (m: { id: string; question?: string }): string => m.question ?? m.id;
const changeTone = (n: number | null): Cell['tone'] => (n === null || n === 0 ? null : n > 0 ? 'ok' : 'warning');
const statusTone = (s: string): Cell['tone'] => (s === 'done' ? 'ok' : s === 'partial' ? 'partial' : s === 'na' ? 'na' : 'open');
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function tableOr(columns: string[], rows: Cell[][], empty: { title: string; text: string }): Block {
  return rows.length === 0 ? { kind: 'callout', tone: 'ok', title: empty.title, text: empty.text } : { kind: 'table', caption: null, columns, rows };
}

const sectionRows = (s: ScoreChange[]): Cell[][] => s.map((x) => [c(x.title), c(pct(x.from)), c(pct(x.to), toneFor(x.to === null ? null : x.to / 100)), c(signed(x.change), changeTone(x.change))]);
const mentionRows = (ms: ItemMention[]): Cell[][] => ms.map((m) => [c(label(m)), c(m.status, statusTone(m.status))]);

/** "Dana Lee (CISO), 2027-01-20" from the approval record; null when nobody approved. */
export function approvalText(approval: ReportModel['approval']): string | null {
  return approval ? `${approval.by} (${approval.role}), ${day(approval.at)}` : null;
}

/** Document id for a period: `audit-review-2027-q1`. */
export const reviewDocumentId = (period: string): string => `audit-review-${period.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export function reviewDocument(m: ReportModel, set: ChecklistSet): DocumentModel {
  const d = m.diff;
  const since = `${d.from.label} (${day(d.from.at)})`;
  const sections: { title: string; blocks: Block[] }[] = [];
  const approved = approvalText(m.approval);
  const forcedText = `The review was closed with ${plural(m.unconfirmed.length, 'marked item')} not re-confirmed (closed with --force); they are listed under "Items still unconfirmed".`;

  const summary: Block[] = [
    {
      kind: 'scorecards',
      cards: [
        { label: 'Overall score (weighted)', value: pct(m.score), tone: toneFor(m.score === null ? null : m.score / 100) },
        { label: 'Applicable items answered', value: `${m.answered} of ${m.applicable}`, tone: m.answered === m.applicable ? 'ok' : 'warning' },
        { label: 'Open items (not done)', value: String(m.open.length), tone: m.open.length > 0 ? 'warning' : 'ok' },
        { label: `Change since ${d.from.label}`, value: `${signed(d.overall.change)} points`, tone: d.overall.change !== null && d.overall.change < 0 ? 'warning' : 'info' },
        { label: 'Overdue actions', value: String(m.actions.filter((a) => a.overdue).length), tone: m.actions.some((a) => a.overdue) ? 'warning' : 'ok' },
        { label: 'Still unconfirmed', value: String(m.unconfirmed.length), tone: m.unconfirmed.length > 0 ? 'warning' : 'ok' },
      ],
    },
    {
      kind: 'paragraph',
      text: `At close, ${m.answered} of ${m.applicable} applicable items had an answer and ${m.open.length} were not done (unanswered, to do or partial). When the review started (${day(m.started_at)}), ${plural(m.marked.stale, 'answer')} had not been confirmed within the interval its kind of evidence needs, ${plural(m.marked.overdue, 'action')} ${m.marked.overdue === 1 ? 'was' : 'were'} overdue and ${plural(m.marked.new, 'item')} ${m.marked.new === 1 ? 'was' : 'were'} new since the previous review. Changes below are measured from ${since}.`,
    },
    approved
      ? { kind: 'callout', tone: 'ok', title: 'Approved', text: `Approved by ${approved}${m.approval?.note ? ` — ${m.approval.note}` : ''}.` }
      : { kind: 'callout', tone: 'warning', title: 'Not yet approved', text: 'No approval has been recorded for this review (secbook review approve).' },
  ];
  if (m.forced) summary.push({ kind: 'callout', tone: 'warning', title: 'Closed with items unconfirmed', text: forcedText });
  sections.push({ title: 'Summary', blocks: summary });

  const scored = m.trend.filter((p) => p.score !== null);
  sections.push({
    title: 'Score trend',
    blocks: [
      { kind: 'chart', chart: trendChart('Overall score at each review', m.trend.map((p) => ({ label: p.period, value: p.score }))) },
      {
        kind: 'paragraph',
        text: scored.length < 2
          ? `This is the first review with a score (${m.trend.map((p) => `${p.period}: ${pct(p.score)}`).join(', ')}); a trend needs at least two.`
          : `Scores by review: ${m.trend.map((p) => `${p.period} ${pct(p.score)}`).join(', ')}.`,
      },
    ],
  });
  sections.push({
    title: 'Changes per section',
    blocks: [tableOr(['Section', d.from.label, d.to.label, 'Change (points)'], sectionRows(d.sections.filter((s) => s.change !== 0)), { title: 'No section moved', text: `Every section scores as it did at ${since}.` })],
  });
  sections.push({
    title: 'Change log',
    blocks: [
      tableOr(
        ['Item', 'Before → now', 'Who, when', 'Note and evidence'],
        m.changes.map((x) => [
          c(x.question),
          c(x.from === x.to ? `${x.to} (note or evidence changed)` : `${x.from} → ${x.to}`),
          c(`${x.by ?? 'not recorded'}, ${day(x.at)}`, x.by ? null : 'open'),
          c([x.note, ...x.evidence.map((e) => `Evidence: ${e}`)].filter(Boolean).join(' · ') || '—'),
        ]),
        { title: 'No answer changed', text: `No answer changed since ${since}.` },
      ),
    ],
  });
  sections.push({
    title: 'Confirmations',
    blocks: [
      tableOr(
        ['Item', 'Confirmed', 'By'],
        m.confirmations.map((x) => [c(x.question), c(day(x.at)), c(x.by ?? 'not recorded', x.by ? null : 'open')]),
        { title: 'No confirmations', text: 'No answer was confirmed unchanged during this review.' },
      ),
    ],
  });
  const optional = (title: string, columns: string[], rows: Cell[][]) => {
    if (rows.length > 0) sections.push({ title, blocks: [{ kind: 'table', caption: null, columns, rows }] });
  };
  sections.push({ title: 'Gaps opened', blocks: [tableOr(['Item', 'Status'], mentionRows(d.gapsOpened), { title: 'No new gaps', text: `No item fell back to partial, to-do or unanswered since ${since}.` })] });
  sections.push({ title: 'Gaps closed', blocks: [tableOr(['Item', 'Status'], mentionRows(d.gapsClosed), { title: 'No gaps closed', text: `No gap was closed since ${since}.` })] });
  optional('New items', ['Item', 'Status'], mentionRows(d.itemsAdded));
  optional('Removed items', ['Item', 'Status'], mentionRows(d.itemsRemoved));
  sections.push({
    title: 'Action plan',
    blocks: [
      tableOr(
        ['Action', 'Status', 'Owner', 'Due'],
        m.actions.map((a) => [c(a.action), c(a.status, statusTone(a.status)), c(a.owner ?? 'no owner', a.owner ? null : 'open'), c(a.due ? `${a.due}${a.overdue ? ' (overdue)' : ''}` : 'no date', a.overdue ? 'warning' : a.due ? null : 'open')]),
        { title: 'No open actions', text: 'Every applicable item is done or not applicable.' },
      ),
    ],
  });
  sections.push({
    title: 'Why items were put before the team',
    blocks: [tableOr(['Item', 'Why'], m.markedWhy.map((x) => [c(x.question), c(x.why)]), { title: 'Nothing was due', text: 'No answer was past its interval, no action overdue and no item new.' })],
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
        [c('Close'), m.forced ? c(`Forced: ${plural(m.unconfirmed.length, 'item')} unconfirmed (${m.unconfirmed.map((u) => u.id).join(', ')})`, 'warning') : c('Every marked item re-confirmed')],
        [c('Approved by'), approved ? c(`${approved}${m.approval?.note ? ` — ${m.approval.note}` : ''}`) : c('Not yet approved', 'warning')],
      ],
    }],
  });

  const facts: Record<string, unknown> = {
    score: m.score,
    answered: `${m.answered}/${m.applicable}`,
    trend: m.trend,
    reviewers: m.reviewers,
    sign_off: m.sign_off ?? null,
    closed_at: m.closed_at ?? null,
    unconfirmed: m.unconfirmed.map((u) => u.id),
    approval: m.approval ?? null,
    changes: m.changes.length,
  };
  return {
    id: reviewDocumentId(m.period),
    title: `Audit Review Report — ${m.period}`,
    subtitle: m.organisation,
    template: 'document',
    owner: m.reviewers[0] ?? null,
    purpose: [
      `This report records the ${m.period} review of ${m.organisation}'s security workbook: how the score moved, every answer that changed (by whom, with its note and evidence), what was confirmed unchanged, which actions remain with whom, what was left unconfirmed, and who signed the review off and approved it.`,
    ],
    sections: numberSections(sections),
    openDecisions: m.open
      .filter((o) => o.status !== 'partial')
      .map((o) => ({ id: o.id, question: o.question, section: set.items.get(o.id)?.section.title ?? '', weight: set.items.get(o.id)?.item.weight ?? 1 })),
    coverFacts: m.forced ? [{ label: 'Close', text: `Forced: ${plural(m.unconfirmed.length, 'item')} unconfirmed`, tone: 'warning' }] : [],
    items: Object.fromEntries(Object.entries(facts).map(([k, v]) => [`review.${k}`, JSON.stringify(v)])),
    itemLabels: Object.fromEntries(Object.keys(facts).map((k) => [`review.${k}`, `Review ${k.replace('_', '-')}`])),
  };
}
