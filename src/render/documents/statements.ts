/**
 * Answers → what a document may say. A done item becomes a commitment (the item's
 * `statement:` with the organisation's name and the answer's value filled in); a partial
 * one adds its dated remediation; an unanswered or todo item is an open decision and never
 * policy text.
 */
import { scanEvidence } from '../../scan/scan-evidence.js';
import type { Contact, Evidence, Status } from '../../domain/answer.js';
import type { ItemRef } from '../../domain/checklist-set.js';
import { effectiveAnswer, isOverdue, statusOf } from '../../domain/answers.js';
import type { ContactRow, OpenDecision, Statement, Tone } from '../document-model.js';
import { STATUS_DOCUMENT } from '../../domain/statuses.js';
import { longDate } from '../helpers.js';
import type { DocContext } from './context.js';

const LABELS = STATUS_DOCUMENT;
const TONES: Record<Status | 'unanswered', Tone> = { done: 'ok', partial: 'partial', todo: 'open', na: 'na', unanswered: 'open' };

const swapPronouns = (s: string): string =>
  s.replace(/\byour\b/g, 'our').replace(/\byours\b/g, 'ours').replace(/\byourselves\b/g, 'ourselves').replace(/\byou\b/g, 'we');

/** "Do you publish an SPF record for your domains?" → "We publish an SPF record for our domains." */
export function policyFromQuestion(question: string): string {
  const q = question.trim().replace(/\?$/, '');
  const rules: [RegExp, string][] = [
    [/^Do you\s+/i, 'We '],
    [/^Have you\s+/i, 'We have '],
    [/^Are you\s+/i, 'We are '],
    [/^Can you\s+/i, 'We can '],
    [/^Is there\s+/i, 'There is '],
    [/^Are there\s+/i, 'There are '],
  ];
  for (const [re, start] of rules) {
    if (re.test(q)) return `${start}${swapPronouns(q.replace(re, ''))}.`;
  }
  return `Confirmed: ${question.trim()}`;
}

export function evidenceText(e: Evidence): string {
  if (typeof e === 'string') return e;
  const main = e.text ?? e.url ?? '';
  const extra = [e.text && e.url ? e.url : undefined, e.date ? longDate(e.date.slice(0, 10)) : undefined, e.verdict].filter(Boolean);
  return extra.length > 0 ? `${main} (${extra.join(', ')})`.trim() : main;
}

const personText = (p: { name: string; role?: string; email?: string; phone?: string }): string =>
  [p.name, p.role ? `(${p.role})` : '', p.email ?? '', p.phone ?? ''].filter(Boolean).join(' ');

/** An answer's value in words, following the item's type. */
export function valueText(ref: ItemRef, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const item = ref.item;
  const label = (v: string): string => {
    for (const c of item.choices ?? []) {
      if (typeof c === 'string' ? c === v : c.value === v) return typeof c === 'string' ? c : c.label;
    }
    return v;
  };
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (typeof value[0] === 'object') return (value as Contact[]).map((c) => personText(c)).join('; ');
    return (value as string[]).map(label).join(', ');
  }
  if (item.type === 'date' && typeof value === 'string') return longDate(value);
  if (item.type === 'number') return `${String(value)}${item.unit ? ` ${item.unit}` : ''}`;
  if (item.type === 'choice' && typeof value === 'string') return label(value);
  return String(value);
}

/** Fills a `statement:` template: `{org}` → the legal name, `{value}` → the answer in words. */
export function fillStatement(template: string, org: string, value: string | null): string {
  return template.replace(/\{(org|value)\}/g, (_, key: string) => (key === 'org' ? org : (value ?? 'not recorded')));
}

/** "Remediation: partly in place; Ops Team to complete it by 1 March 2027." */
export function remediationText(owner: string | null, due: string | null, overdue: boolean): string {
  const who = owner ?? 'no owner named';
  const when = due ? `by ${longDate(due)}${overdue ? ' (overdue)' : ''}` : 'with no due date set';
  return `Remediation: this is partly in place; ${who} is to complete it ${when}.`;
}

/** A short name for an item in revision histories. */
export function itemLabel(ref: ItemRef): string {
  const q = ref.item.question.trim().replace(/\?$/, '');
  return q.length > 90 ? `${q.slice(0, 87).trimEnd()}…` : q;
}

export interface ItemView {
  statement: Statement;
  /** Fingerprint of everything the document shows for this item. */
  fingerprint: string;
  open: OpenDecision | null;
  contacts: Contact[] | null;
}

/** What the document shows for one item, and whether it is an open decision. */
export function viewItem(ctx: DocContext, ref: ItemRef): ItemView {
  const eff = effectiveAnswer(ctx.set, ctx.answers, ref.item.id);
  const answer = eff?.answer;
  const status: Status | 'unanswered' = statusOf(answer) ?? 'unanswered';
  const open = status === 'unanswered' || status === 'todo';
  const value = open ? null : valueText(ref, answer?.value);
  const template = ref.item.statement ?? ref.item.policy ?? policyFromQuestion(ref.item.question);
  const org = ctx.workbook.organisation.legal_name ?? ctx.workbook.organisation.name;
  const text = open ? ref.item.question : fillStatement(template, org, value);
  const overdue = isOverdue(answer, ctx.today);
  const confirmed = answer?.confirmed_at ?? answer?.updated_at;
  const contacts = Array.isArray(answer?.value) && typeof answer.value[0] === 'object' ? (answer.value as Contact[]) : null;
  const scan = scanEvidence(answer);
  const statement: Statement = {
    id: ref.item.id,
    text,
    status,
    statusLabel: LABELS[status],
    tone: TONES[status],
    open,
    value,
    owner: answer?.owner ?? null,
    due: answer?.due ?? null,
    overdue,
    remediation: status === 'partial' ? remediationText(answer?.owner ?? null, answer?.due ?? null, overdue) : null,
    lastConfirmed: confirmed ? confirmed.slice(0, 10) : null,
    note: answer?.note?.trim() ? answer.note : null,
    evidence: (answer?.evidence ?? []).map(evidenceText).filter(Boolean),
    verified: open ? null : (scan?.summary ?? null),
    verifyConflict: scan?.conflict ?? false,
    refs: [...ref.item.refs],
  };
  const fingerprint = [statement.overdue ? `${status}, overdue` : status, statement.value ?? '', statement.owner ?? '', statement.due ?? '', statement.note ?? '', statement.evidence.join(';'), JSON.stringify(contacts ?? '')].join('|');
  return {
    statement,
    fingerprint,
    open: open ? { id: ref.item.id, question: ref.item.question, section: ref.section.title, weight: ref.item.weight } : null,
    contacts,
  };
}

/** `Incident lead` + `Incident lead` → `Incident lead`; + `CTO` → `Incident lead: CTO`. */
export function roleLabel(role: string, personRole: string | undefined): string {
  if (!personRole) return role;
  const a = role.toLowerCase();
  const b = personRole.toLowerCase();
  return b.includes(a) || a.includes(b) ? personRole : `${role}: ${personRole}`;
}

/** `expectBackup`: the item asks for a backup, so a missing one is flagged "no backup named". */
export function contactRows(role: string, contacts: Contact[], expectBackup = true): ContactRow[] {
  return contacts.map((c) => ({
    role: roleLabel(role, c.role),
    name: c.name,
    email: c.email ?? null,
    phone: c.phone ?? null,
    backup: c.backup ? personText(c.backup) : null,
    backupExpected: expectBackup,
  }));
}
