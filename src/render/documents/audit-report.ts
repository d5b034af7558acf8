/**
 * Audit Report: overall and per-section scores (inline SVG charts), the gaps ranked by
 * weight, the action plan (owner, due, overdue flagged), what is unanswered, and which
 * frameworks are in scope and why.
 */
import type { ItemRef } from '../../domain/checklist-set.js';
import { scoreWorkbook } from '../../domain/scoring.js';
import type { Block, Cell, DocumentModel } from '../document-model.js';
import { longDate, percent } from '../helpers.js';
import { DocBuilder } from './builder.js';
import { barChart, toneFor } from './charts.js';
import type { DocContext } from './context.js';
import { personName } from './people.js';

const c = (text: string, tone: Cell['tone'] = null): Cell => ({ text, tone });
const RANK: Record<string, number> = { unanswered: 0, todo: 1, partial: 2 };

export function auditReport(ctx: DocContext): DocumentModel[] {
  const b = new DocBuilder(ctx);
  const score = scoreWorkbook(ctx.set, ctx.answers, ctx.applicable, ctx.today);
  const views = ctx.applicable.map((ref) => ({ ref, view: b.use(ref) }));

  const summary: Block[] = [
    {
      kind: 'scorecards',
      cards: [
        { label: 'Overall score (weighted)', value: percent(score.score), tone: toneFor(score.score) },
        { label: `Answered (${score.answered} of ${score.applicable} items)`, value: percent(score.coverage), tone: toneFor(score.coverage) },
        { label: 'Open gaps', value: String(score.counts.todo + score.counts.partial + score.counts.unanswered), tone: 'info' },
        { label: 'Overdue actions', value: String(score.counts.overdue), tone: score.counts.overdue > 0 ? 'warning' : 'ok' },
      ],
    },
    { kind: 'paragraph', text: 'Scores weight each item by its importance (1–5): an item in place earns its full weight, a partly-in-place item half, and unanswered or to-do items nothing; items marked not applicable are left out. Coverage is the share of applicable items that have an answer.' },
    { kind: 'chart', chart: barChart('Score by checklist', score.checklists.map((cl) => ({ label: cl.title, value: cl.score }))) },
  ];
  b.section('Summary', summary);

  const inScope = ctx.frameworks.map((f) => [c(f.name), c(f.applies ? 'in scope' : 'not in scope', f.applies ? 'ok' : 'na'), c(f.reasons.join('; '))]);
  b.section('Frameworks in scope', [{ kind: 'table', caption: null, columns: ['Framework', 'Decision', 'Why'], rows: inScope }]);

  const perSection: Block[] = [];
  for (const cl of score.checklists) {
    perSection.push({ kind: 'chart', chart: barChart(`${cl.title}: ${percent(cl.score)}`, cl.sections.map((s) => ({ label: s.title, value: s.score }))) });
    perSection.push({
      kind: 'table',
      caption: null,
      columns: ['Section', 'Score', 'Answered', 'In place', 'Partly', 'To do / open', 'N/A'],
      classes: ['', 'c-num', 'c-num', 'c-num', 'c-num', 'c-num', 'c-num'],
      rows: cl.sections.map((s) => [
        c(s.title),
        c(percent(s.score), toneFor(s.score)),
        c(`${s.answered}/${s.applicable}`),
        c(String(s.counts.done)),
        c(String(s.counts.partial)),
        c(String(s.counts.todo + s.counts.unanswered), s.counts.todo + s.counts.unanswered > 0 ? 'open' : null),
        c(String(s.counts.na)),
      ]),
    });
  }
  b.section('Scores by section', perSection);

  const gaps = views
    .filter(({ view }) => view.statement.status in RANK)
    .sort((x, y) => y.ref.item.weight - x.ref.item.weight || RANK[x.view.statement.status]! - RANK[y.view.statement.status]! || x.ref.item.id.localeCompare(y.ref.item.id));
  b.section('Gaps ranked by weight', [
    gaps.length === 0
      ? { kind: 'callout', tone: 'ok', title: 'No gaps', text: 'Every applicable item is in place or not applicable.' }
      : {
          kind: 'table',
          caption: null,
          columns: ['Weight', 'Item', 'Status', 'Section'],
          classes: ['c-num', '', 'c-status', 'c-section'],
          rows: gaps.map(({ ref, view }) => [c(String(ref.item.weight)), c(`${ref.item.question} [${ref.item.id}]`), c(view.statement.statusLabel, view.statement.tone), c(sectionName(ref))]),
        },
  ]);

  const actions = gaps
    .filter(({ view }) => view.statement.owner || view.statement.due)
    .sort((x, y) => (x.view.statement.due ?? '9999').localeCompare(y.view.statement.due ?? '9999') || x.ref.item.id.localeCompare(y.ref.item.id));
  const unowned = gaps.length - actions.length;
  b.section('Action plan', [
    actions.length === 0
      ? { kind: 'callout', tone: 'warning', title: 'No actions planned', text: 'No open gap has an owner or a due date yet. Give each gap an owner and a date (secbook answer <id> --owner … --due …).' }
      : {
          kind: 'table',
          caption: null,
          columns: ['Due', 'Action', 'Owner', 'Status'],
          classes: ['c-due', '', '', 'c-status'],
          rows: actions.map(({ ref, view }) => [
            c(view.statement.due ? `${longDate(view.statement.due)}${view.statement.overdue ? ' — OVERDUE' : ''}` : 'no date', view.statement.overdue ? 'warning' : null),
            c(`${ref.item.question} [${ref.item.id}]`),
            c(view.statement.owner ?? 'no owner', view.statement.owner ? null : 'open'),
            c(view.statement.statusLabel, view.statement.tone),
          ]),
        },
    ...(unowned > 0 && actions.length > 0 ? [{ kind: 'paragraph' as const, text: `${unowned} further open ${unowned === 1 ? 'gap has' : 'gaps have'} neither an owner nor a due date.` }] : []),
  ]);

  const unanswered = views.filter(({ view }) => view.statement.status === 'unanswered');
  b.section('Open items (not answered yet)', [
    unanswered.length === 0
      ? { kind: 'callout', tone: 'ok', title: 'Nothing open', text: 'Every applicable item has an answer.' }
      : { kind: 'table', caption: null, columns: ['Item', 'Section', 'Weight'], classes: ['', 'c-section', 'c-num'], rows: unanswered.map(({ ref }) => [c(`${ref.item.question} [${ref.item.id}]`), c(sectionName(ref)), c(String(ref.item.weight))]) },
  ]);

  const org = ctx.workbook.organisation;
  const model = b.build({
    id: 'audit-report',
    title: 'Audit Report',
    subtitle: 'Email security, privacy and incident readiness',
    template: 'audit-report',
    owner: personName(org.security_contact),
    purpose: [
      `This report records how far ${org.legal_name ?? org.name} meets the secbook checklists that apply to it: the overall and per-section scores, the gaps ranked by weight, the action plan with owners and due dates, and the questions not yet answered. It is generated from the workbook and reflects the answers as they stand on the effective date.`,
    ],
  }, { appendices: false });
  // NOTE: the report lists open items as gaps, so it has no separate open-decisions list.
  return [{ ...model, openDecisions: [] }];
}

const sectionName = (ref: ItemRef): string => `${ref.checklist.title} › ${ref.section.title}`;
