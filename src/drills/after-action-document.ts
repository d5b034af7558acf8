/**
 * The after-action report of one drill as a DocumentModel, published through the documents
 * pipeline like every other document (HTML, PDF). Pure; user text is escaped by the templates.
 */
import type { Block, Cell, DocumentModel } from '../render/document-model.js';
import { numberSections } from '../render/document-model.js';
import type { DrillRecord } from './drill-record.js';
import { clockText } from './engine.js';
import { ROLE_LABELS, type RoleHolder } from './people.js';
import type { Scenario } from './scenario-schema.js';

const c = (text: string, tone: Cell['tone'] = null): Cell => ({ text, tone });
const minuteText = (m: number): string => clockText(m * 60_000).slice(0, 5);

export interface AfterActionInput {
  scenario: Scenario;
  record: DrillRecord;
  roles: RoleHolder[];
  /** Notices the assessment found required or open for the scenario's facts. */
  notices: { id: string; title: string; required: string; deadline_text: string }[];
}

/** Gaps secbook finds itself: roles in the scenario with no one (or no backup) named. */
export function planGaps(scenario: Scenario, roles: readonly RoleHolder[]): string[] {
  const gaps: string[] = [];
  for (const role of scenario.participants) {
    const h = roles.find((r) => r.role === role);
    if (!h?.name) gaps.push(`No ${ROLE_LABELS[role].toLowerCase()} is named in the workbook (${role}).`);
    else if (!h.backup) gaps.push(`The ${ROLE_LABELS[role].toLowerCase()} (${h.name}) has no backup named.`);
  }
  return gaps;
}

export function afterActionDocument(input: AfterActionInput): DocumentModel {
  const { scenario, record, roles } = input;
  const date = record.started_at.slice(0, 10);
  const followUps = record.decisions.filter((d) => d.owner && d.due);
  const gaps = [...planGaps(scenario, roles), ...record.gaps.map((g) => g.text + (g.owner ? ` (owner: ${g.owner})` : ''))];
  const timeline: Cell[][] = [
    ...record.injects_shown.map((i) => ({ m: i.minute, row: [c(minuteText(i.minute)), c('Inject'), c(i.title)] })),
    ...record.decisions.map((d) => ({ m: d.minute, row: [c(minuteText(d.minute)), c('Decision'), c(d.owner ? `${d.text} — ${d.owner}` : d.text)] })),
    ...record.gaps.map((g) => ({ m: g.minute, row: [c(minuteText(g.minute)), c('Gap', 'warning'), c(g.text)] })),
  ]
    .sort((a, b) => a.m - b.m)
    .map((x) => x.row);
  const expected = scenario.expected_decisions ?? [];
  const sections: { title: string; blocks: Block[] }[] = [
    { title: 'Objectives', blocks: [{ kind: 'list', items: scenario.objectives }] },
    {
      title: 'Participants',
      blocks: [{
        kind: 'contacts',
        caption: 'Role holders from the workbook',
        contacts: record.participants.map((p) => {
          const h = roles.find((r) => r.role === p.role);
          return { role: ROLE_LABELS[p.role], name: p.name ?? 'nobody named', email: h?.email ?? null, phone: h?.phone ?? null, backup: p.backup };
        }),
      }],
    },
    {
      title: 'What happened when',
      blocks: [
        { kind: 'paragraph', text: `Exercise started ${record.started_at.replace('T', ' ').slice(0, 16)} UTC, ${record.clock.mode === 'real' ? 'in real time' : `compressed ${record.clock.speed}×`}; finished ${(record.finished_at ?? '').replace('T', ' ').slice(0, 16)} UTC. Times below are exercise time.` },
        { kind: 'table', caption: null, columns: ['Time', 'What', 'Detail'], rows: timeline, classes: ['c-nowrap', 'c-nowrap', 'c-wide'] },
      ],
    },
    {
      title: 'What went well',
      blocks: record.decisions.length === 0
        ? [{ kind: 'callout', tone: 'warning', title: 'No decisions logged', text: 'The team recorded no decisions during the exercise.' }]
        : [{ kind: 'list', items: record.decisions.map((d) => `${minuteText(d.minute)} ${d.text}${d.owner ? ` — owner ${d.owner}` : ''}`) }],
    },
    {
      title: 'What the plan expected',
      blocks: [
        expected.length === 0
          ? { kind: 'paragraph', text: 'The scenario lists no expected decisions.' }
          : {
              kind: 'table',
              caption: null,
              columns: ['Expected decision', 'Owner', 'By', 'Plan and notice rules'],
              rows: expected.map((e) => [c(e.text), c(ROLE_LABELS[e.owner]), c(e.by_minute === undefined ? '—' : minuteText(e.by_minute)), c([...(e.checklist_items ?? []), ...(e.notice_rules ?? [])].join(', ') || '—')]),
            },
        ...(input.notices.length > 0
          ? [{ kind: 'table' as const, caption: 'Notices for the scenario\'s facts (secbook incident assessment; not legal advice)', columns: ['Notice', 'Required', 'Deadline'], rows: input.notices.map((n) => [c(`${n.title} [${n.id}]`), c(n.required, n.required === 'yes' ? 'warning' : 'partial'), c(n.deadline_text)]) }]
          : []),
      ],
    },
    {
      title: 'Gaps against the plan',
      blocks: gaps.length === 0 ? [{ kind: 'callout', tone: 'ok', title: 'No gaps recorded', text: 'Every role was filled with a backup and the team logged no gaps.' }] : [{ kind: 'list', items: gaps }],
    },
    {
      title: 'Follow-up actions',
      blocks: followUps.length === 0
        ? [{ kind: 'callout', tone: 'info', title: 'No follow-up actions', text: 'No decision was logged with an owner and a due date.' }]
        : [{ kind: 'table', caption: null, columns: ['Action', 'Owner', 'Due', 'Checklist item'], rows: followUps.map((f) => [c(f.text), c(f.owner ?? ''), c(f.due ?? ''), c(f.item ?? 'ir.exercises.gaps')]) }],
    },
  ];
  const facts = { decisions: record.decisions.length, gaps, finished_at: record.finished_at };
  return {
    id: `after-action-${record.id}`,
    title: `After-Action Report — ${scenario.title}`,
    subtitle: `Tabletop exercise of ${date}`,
    template: 'document',
    owner: roles.find((r) => r.role === 'incident_lead')?.name ?? null,
    purpose: [`This report records the tabletop exercise "${scenario.title}" held on ${date}: its objectives, what the team learned and decided when, the gaps it found against the incident-response plan, and the follow-up actions with their owners and due dates.`],
    sections: numberSections(sections),
    openDecisions: [],
    items: Object.fromEntries(Object.entries(facts).map(([k, v]) => [`drill.${k}`, JSON.stringify(v)])),
    itemLabels: Object.fromEntries(Object.keys(facts).map((k) => [`drill.${k}`, `Drill ${k.replace('_', '-')}`])),
  };
}
