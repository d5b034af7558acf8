/**
 * The "Breach-notification matrix" document: one row group per US jurisdiction the workbook's
 * scope names (scope.us_states; every jurisdiction when `all` is set), plus NIS2, NYDFS and SEC
 * when the scope brings them in. Generated from the rule data (src/incidents/rules/us), so every
 * cell carries the citation and grade it came from, and an unknown stays "unknown — check".
 */
import { nis2Entity } from '../rules/federal.js';
import { STATE_LAWS } from '../rules/index.js';
import { UNKNOWN, lawGrade, unknownFields, type LawThreshold, type Period, type StateLaw } from '../rules/us/schema.js';
import type { Block, DocumentModel } from '../../render/document-model.js';
import { DocBuilder } from '../../render/documents/builder.js';
import type { DocContext } from '../../render/documents/context.js';
import type { DocumentType } from '../../render/documents/registry.js';
import { legalName, personName } from '../../render/documents/people.js';

export function periodText(p: Period): string {
  switch (p.kind) {
    case 'days':
      return `within ${p.days} calendar days after ${p.from}`;
    case 'hours':
      return `within ${p.hours} hours after ${p.from}`;
    case 'after_residents':
      return `within ${p.days} ${p.business ? 'business' : 'calendar'} days after notifying residents`;
    case 'expedient':
      return p.text;
    case 'with_residents':
      return 'no later than the notice to residents';
    case 'unknown':
      return 'unknown';
  }
}

export function thresholdText(t: LawThreshold | typeof UNKNOWN): string {
  if (t === UNKNOWN) return 'unknown';
  if (t === 'any') return 'any resident';
  return t.op === 'more_than' ? `more than ${t.n.toLocaleString('en-US')} residents` : `${t.n.toLocaleString('en-US')} or more residents`;
}

const u = (v: string, law: StateLaw): string => (v === 'unknown' ? `unknown — check ${law.statute}` : v);

/** The rows of one jurisdiction: [notice to, threshold, deadline, content, citation · grade]. */
export function lawRows(law: StateLaw): string[][] {
  const g = (x: string) => `[${x}]`;
  const cite = (c: string | undefined, grade: string) => `${c ?? law.statute} ${grade}`;
  const content = law.content;
  const contentText = [
    content.required === UNKNOWN ? 'required content unknown' : content.required.length ? `include: ${content.required.join('; ')}` : 'no content list in the law',
    content.prohibited === UNKNOWN ? '' : content.prohibited.length ? `must NOT include: ${content.prohibited.join('; ')}` : '',
  ].filter(Boolean).join(' · ');
  const rows: string[][] = [
    [`${law.name} residents`, 'any resident whose personal information was breached', u(periodText(law.residents.period), law), contentText, cite(law.residents.citation, law.researched ? g(law.residents.grade) : 'unverified')],
  ];
  const reg = law.regulator;
  if (reg === UNKNOWN) rows.push(['Regulator', 'unknown', `unknown — check ${law.statute}`, '', `${law.statute} unverified`]);
  else if (reg !== 'none') rows.push([reg.name, thresholdText(reg.threshold), u(periodText(reg.period), law), reg.form ?? '', cite(reg.citation, g(reg.grade))]);
  const cb = law.credit_bureaus;
  if (cb === UNKNOWN) rows.push(['Consumer reporting agencies', 'unknown', `unknown — check ${law.statute}`, '', `${law.statute} unverified`]);
  else if (cb !== 'none') rows.push(['Consumer reporting agencies', thresholdText(cb.threshold), 'without unreasonable delay', '', cite(undefined, g(cb.grade))]);
  if (law.maintainer !== UNKNOWN) rows.push(['Data owner (when you only maintain the data)', 'any breach', periodText(law.maintainer.period), '', cite(undefined, g(law.maintainer.grade))]);
  return rows;
}

function federalRows(ctx: DocContext): string[][] {
  const s = ctx.workbook.scope;
  const rows: string[][] = [];
  const e = nis2Entity({ incident: { format: 1, id: 'INC-0000-000', title: '' }, zone: 'UTC', zoneFromWorkbook: false, workbook: ctx.workbook });
  if (e === 'essential' || e === 'important') {
    const to = `CSIRT or competent authority${s.nis2_member_state ? ` (${s.nis2_member_state})` : ''}`;
    rows.push(
      [`NIS2 (${e} entity): early warning`, to, 'within 24 hours of becoming aware of a significant incident', '', 'Directive (EU) 2022/2555 Art. 23(4)(a) [P]'],
      ['NIS2: incident notification', to, 'within 72 hours of becoming aware', 'initial assessment, severity, impact, indicators of compromise', 'Art. 23(4)(b) [S]'],
      ['NIS2: final report', to, 'within one month after the incident notification (intermediate report on request)', 'description, root cause, mitigation, cross-border impact', 'Art. 23(4)(c)–(d) [S]'],
    );
  }
  if (s.nydfs_covered_entity) rows.push(['NYDFS superintendent', 'covered entities', 'within 72 hours after determining a cybersecurity incident occurred', 'electronic form on the department\'s website', '23 NYCRR 500.17(a) [P]']);
  if (s.sec_registrant) rows.push(['SEC (Form 8-K Item 1.05)', 'material cybersecurity incident', 'within four business days after the materiality determination (weekends and US federal holidays excluded)', 'nature, scope, timing and material impact', 'Form 8-K Item 1.05 [S]']);
  return rows;
}

/** The jurisdictions the matrix covers. */
export function matrixLaws(ctx: DocContext, all: boolean): StateLaw[] {
  const named = new Set(ctx.workbook.scope.us_states ?? []);
  return all ? STATE_LAWS : STATE_LAWS.filter((l) => named.has(l.code));
}

export function breachMatrix(ctx: DocContext, all = false): DocumentModel[] {
  const laws = matrixLaws(ctx, all);
  const fed = federalRows(ctx);
  if (laws.length === 0 && fed.length === 0) return [];
  const b = new DocBuilder(ctx);
  b.depend('scope.us_states', 'US jurisdictions in scope', ctx.workbook.scope.us_states ?? []);
  b.depend('rules.us', 'Breach-law data (statute, grade, date)', laws.map((l) => [l.code, l.statute, l.last_verified, unknownFields(l).length]));
  const columns = ['Notice to', 'When / threshold', 'Deadline', 'Content', 'Citation · grade'];
  const table = (caption: string, rows: string[][]): Block => ({
    kind: 'table',
    caption,
    columns,
    rows: rows.map((r) => r.map((text, i) => ({ text, tone: i === 2 && text.startsWith('unknown') ? 'warning' : null }))),
  });
  b.section('How to read this matrix', [
    { kind: 'paragraph', text: 'One table per jurisdiction, generated from secbook\'s rule data. [P] means the fact was read in the statute text, [S] in a secondary summary (law-firm chart or attorney-general page); "unknown — check" means nobody here could verify it. "More than 500" and "500 or more" differ at exactly 500: the threshold column says which.' },
    { kind: 'callout', tone: 'warning', title: 'Not legal advice', text: 'Confirm every row with counsel before relying on it during an incident; `secbook incident assess` computes the actual deadlines for one breach.' },
  ]);
  if (fed.length > 0) b.section('NIS2, NYDFS and SEC', [table('Beyond state breach laws', fed)]);
  for (const law of laws) {
    const unknown = unknownFields(law);
    const blocks: Block[] = [table(`${law.name} — ${law.statute} · grade ${law.researched ? lawGrade(law) : 'unverified'} · verified ${law.last_verified}`, lawRows(law))];
    const notes = [...law.notes];
    if (law.deemed_compliance !== UNKNOWN && law.deemed_compliance.length) notes.push(`Deemed compliance: ${law.deemed_compliance.join('; ')}`);
    if (law.substitute_notice !== UNKNOWN) notes.push(`Substitute notice: ${law.substitute_notice}`);
    if (unknown.length > 0) notes.push(`Unknown — check ${law.statute}: ${unknown.join(', ')}`);
    notes.push(`Source: ${law.source_url}`);
    for (const n of notes) blocks.push({ kind: 'paragraph', text: n });
    b.section(`${law.code} · ${law.name}`, blocks);
  }
  const org = ctx.workbook.organisation;
  return [
    b.build({
      id: 'breach-notification-matrix',
      title: 'Breach-notification matrix',
      subtitle: all ? 'Every US jurisdiction, NIS2, NYDFS and SEC' : 'The jurisdictions in scope, NIS2, NYDFS and SEC',
      template: 'breach-notification-matrix',
      owner: personName(org.security_contact),
      purpose: [`Who ${legalName(ctx.workbook)} must tell of a breach of personal information, by when and with what content, in each jurisdiction its scope names — with the statute, the grade of the source and the date it was read.`],
    }),
  ];
}

/** The law's documents, for the render pipeline's list (see buildDocuments' `extra`). */
export const LAW_DOCUMENTS: DocumentType[] = [{ id: 'breach-notification-matrix', build: (ctx) => breachMatrix(ctx) }];

/** The same, with a table for every US jurisdiction, not only those in scope (`render --all-jurisdictions`). */
export const LAW_DOCUMENTS_ALL: DocumentType[] = [{ id: 'breach-notification-matrix', build: (ctx) => breachMatrix(ctx, true) }];
