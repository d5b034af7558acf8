/**
 * What a notice draft is filled from: the workbook's organisation and contacts, the
 * incident and the assessed notice. Pure. A fact that was not recorded stays missing and
 * becomes a `[[TO FILL: …]]` mark: nothing here writes a statement nobody recorded. The
 * internal `description` never reaches a notice; notices use the public `what_happened`.
 */
import type { Workbook } from '../domain/workbook-schema.js';
import type { NoticeAssessment } from './assess.js';
import { DISCLAIMER } from './assess.js';
import { formatMoment } from './deadline.js';
import { idNumbersExposed, type Facts } from './facts.js';
import type { Incident, Jurisdiction } from './incident-schema.js';
import { resolveElements, type NoticeFacts, type ResolvedElement } from './notice-elements.js';
import { BREACH_TYPE_WORDS, CATEGORY_WORDS, fmtCount, noticePopulation, workbookAuthority } from './notice-facts.js';
import { when } from './when.js';

export { CATEGORY_WORDS } from './notice-facts.js';

export type Phase = 'initial' | 'follow-up';

/** HIPAA 164.404(d)(2): substitute notice when contact details are out of date for this many or more. */
export const SUBSTITUTE_NOTICE_AT = 10;

/** The title a letter carries (the rule's title is a task name for the team, not for the reader). */
export function letterTitle(n: Pick<NoticeAssessment, 'audience' | 'template' | 'title'>, org: string): string {
  if (n.audience === 'individuals' && n.template === 'hipaa-individuals') return `Notice of a breach of your health information — ${org}`;
  if (n.audience === 'individuals') return `Notice of Data Breach — ${org}`;
  if (n.audience === 'data_subjects') return `A personal data breach that affects you — ${org}`;
  if (n.audience === 'public') return `A personal data breach — ${org}`;
  if (n.audience === 'media') return `For immediate release: ${org} announces a breach of patient health information`;
  if (n.audience === 'covered_entity') return `Business associate breach notification — ${org}`;
  if (n.audience === 'data_controller' || n.audience === 'data_owner') return `Personal data breach notification — ${org}`;
  if (n.audience === 'hhs') return `HHS breach report — ${org}`;
  return `Data breach notification — ${org}`;
}

export interface NoticeContext {
  /** The letter's own title (HTML title, PDF header, email subject). */
  title: string;
  /** Drafts show the drafting box and marks; final letters do not. */
  draft: boolean;
  disclaimer: string;
  notice: NoticeAssessment & { phase: Phase; follow_up: boolean; us: boolean; template: string };
  /** The state a state-law notice is for ('' otherwise). */
  state: string;
  reference: string;
  f: NoticeFacts;
  elements: Record<string, ResolvedElement>;
  /** Elements still to fill (drafting box). */
  missing: ResolvedElement[];
  branding: { logo: string | null; accent: string };
  generated_at: string;
}

export interface ContextInput {
  notice: NoticeAssessment;
  /** Template to render (defaults to the rule's). */
  template?: string;
  incident: Incident;
  workbook: Workbook | undefined;
  zone: string;
  now: Date;
  phase?: Phase;
  draft: boolean;
  branding?: { logo: string | null; accent: string };
}

const US_STATE = /^[A-Z]{2}$/;

/** The facts one notice may state, from what was recorded. */
export function noticeFacts(input: ContextInput): NoticeFacts {
  const { notice, incident, workbook, zone, now } = input;
  const org = workbook?.organisation;
  const us = !['EU', 'UK'].includes(notice.jurisdiction);
  const locale = us ? 'en-US' : 'en-GB';
  const facts: Facts = { incident, zone, zoneFromWorkbook: true, workbook };
  // Dates of events are given as recorded (in the zone the team wrote them), not shifted into
  // the organisation's zone: "3 to 5 November" must not become "6 November" on the letter.
  const day = (s: string | undefined): string | undefined => (s ? when(s).setLocale(locale).toLocaleString({ year: 'numeric', month: 'long', day: 'numeric' }) : undefined);
  const contact = org?.dpo ?? org?.privacy_contact ?? org?.security_contact;
  const pop = noticePopulation(notice, facts);
  const led = incident.law_enforcement_delay;
  const state = incident.notices?.[notice.id];
  const phase: Phase = input.phase ?? state?.phase ?? 'initial';
  const its = incident.identity_theft_service;
  const ids = idNumbersExposed(facts) === true;
  const lower = notice.jurisdiction.toLowerCase();
  const residentsSent = incident.notices?.[`${lower}-residents`]?.sent_at;
  const recipient = notice.audience === 'data_controller' ? incident.controller : notice.audience === 'covered_entity' ? incident.covered_entity : notice.audience === 'data_owner' ? incident.data_owner : undefined;
  const notified = US_STATE.test(notice.jurisdiction) ? incident.residents_notified?.[notice.jurisdiction as Jurisdiction] : undefined;
  const cats = incident.data_categories?.map((c) => CATEGORY_WORDS[c]);
  const mediaStates = Object.entries(incident.affected ?? {}).filter(([j, c]) => US_STATE.test(j) && c && c.count !== 'unknown' && c.count > 500).map(([j]) => j);
  // Late: past the deadline unsent, or sent after it (the notice must then give the reasons).
  const late = notice.deadline !== null && (notice.sent_at === null ? now.getTime() : when(notice.sent_at).toMillis()) > when(notice.deadline).toMillis();
  return {
    org_name: org?.legal_name ?? org?.name,
    org_address: org?.address,
    org_toll_free: org?.toll_free_phone,
    org_phone: org?.phone,
    org_email: org?.privacy_contact?.email ?? org?.email ?? org?.dpo?.email,
    org_website: org?.website,
    contact_name: contact?.name,
    contact_email: contact?.email,
    contact_phone: contact?.phone,
    // Without an EU establishment there is no lead authority (EDPB Guidelines 9/2022): one
    // notice to the authority of each country where affected people live.
    authority_name:
      notice.jurisdiction === 'UK'
        ? "Information Commissioner's Office (ICO)"
        : workbook?.scope.eu_establishment === false && Object.keys(incident.affected_eu_countries ?? {}).length > 0
          ? `the supervisory authority of each of ${Object.keys(incident.affected_eu_countries ?? {}).join(', ')} (one notice to each; no lead authority without an EU establishment)`
          : workbookAuthority(workbook)?.name,
    recipient_name: recipient?.name,
    what_happened: incident.what_happened,
    breach_date: incident.occurred_at
      ? incident.occurred_until
        ? `between ${day(incident.occurred_at)} and ${day(incident.occurred_until)}`
        : `on or about ${day(incident.occurred_at)}`
      : undefined,
    discovery_date: day(incident.discovered_at),
    aware_at: incident.aware_at ? formatMoment(when(incident.aware_at).setZone(zone)) : undefined,
    notice_date: when(now.toISOString()).setZone(zone).setLocale(locale).toLocaleString({ year: 'numeric', month: 'long', day: 'numeric' }),
    categories: cats,
    data_subject_categories: incident.data_subject_categories,
    people: pop.count === 'unknown' ? undefined : fmtCount(pop.count, pop.estimate),
    records: incident.records && incident.records.count !== 'unknown' ? fmtCount(incident.records.count, incident.records.estimate) : undefined,
    encryption:
      incident.encrypted === 'yes'
        ? incident.key_compromised === 'no' ? 'encrypted; the key was not compromised' : incident.key_compromised === 'yes' ? 'encrypted, but the key was compromised' : undefined
        : incident.encrypted === 'no' ? 'not encrypted' : undefined,
    consequences: incident.consequences,
    measures: incident.measures,
    planned_measures: incident.planned_measures,
    individual_steps: incident.individual_steps,
    law_enforcement: led
      ? `${led.kind === 'oral' ? 'An oral' : 'A written'} request from a law enforcement agency${led.official ? ` (${led.official})` : ''} on ${day(led.date)} delayed this notice.`
      : incident.law_enforcement_delay_requested === 'no'
        ? 'This notice was not delayed by a law enforcement investigation.'
        : undefined,
    law_enforcement_investigating:
      incident.law_enforcement_investigating === 'yes' ? 'Law enforcement is investigating the breach.' : incident.law_enforcement_investigating === 'no' ? 'Law enforcement is not investigating the breach.' : undefined,
    residents_notified: notified === undefined ? undefined : fmtCount(notified),
    residents_notice_date: day(residentsSent),
    individual_notice_date: day(incident.notices?.['hipaa-individuals']?.sent_at),
    notice_method: incident.notice_method,
    agency_contacts: incident.agency_contacts,
    identity_theft:
      its?.provider && its.months && its.how_to_enrol
        ? `We are offering identity theft prevention and mitigation services from ${its.provider} at no cost to you for ${its.months} months. To enrol: ${its.how_to_enrol}`
        : undefined,
    breach_type: incident.breach_type ? BREACH_TYPE_WORDS[incident.breach_type] : undefined,
    business_associate:
      incident.business_associate === 'none'
        ? 'None: the breach did not occur at or by a business associate'
        : incident.business_associate
          ? [incident.business_associate.name, incident.business_associate.address, incident.business_associate.email].filter(Boolean).join(' · ')
          : undefined,
    breach_location: incident.breach_location,
    safeguards: incident.safeguards,
    individuals_list: notice.audience === 'covered_entity' ? state?.note : undefined,
    previous_notice: day(state?.sent_at),
    delay_reasons: late ? state?.note : undefined,
    substitute_notice: incident.contact_out_of_date === undefined ? undefined : incident.contact_out_of_date >= SUBSTITUTE_NOTICE_AT ? `Yes (${incident.contact_out_of_date} individuals with insufficient or out-of-date contact information)` : 'No',
    media_notice: incident.affected && Object.values(incident.affected).every((c) => c?.count !== 'unknown') ? (mediaStates.length > 0 ? `Yes (${mediaStates.join(', ')})` : 'No') : undefined,
    id_numbers: ids,
    org_was_source: incident.organisation_was_source === 'yes' ? true : incident.organisation_was_source === 'no' ? false : undefined,
    late,
    follow_up: phase === 'follow-up',
    substitute_needed: (incident.contact_out_of_date ?? 0) >= SUBSTITUTE_NOTICE_AT,
    state: US_STATE.test(notice.jurisdiction) ? notice.jurisdiction : '',
  };
}

/**
 * Notes for the drafting box that depend on other notices. NOTE: 1798.82(e) is recorded as
 * unverified: its text could not be read here, so secbook never skips the California letter
 * on its strength — it only tells the team to check.
 */
export function crossNotes(input: ContextInput): string[] {
  const { notice, incident } = input;
  const notes: string[] = [];
  const hipaaCE = incident.role?.hipaa === 'covered_entity';
  if (notice.template === 'ca-residents' && hipaaCE) {
    notes.push('Cal. Civ. Code 1798.82(e) (unverified here: statute text not read): a HIPAA covered entity that notifies under HIPAA may be treated as meeting this section, so the same residents need not get two letters — have counsel confirm before relying on the HIPAA letter alone.');
  }
  const ny = incident.affected?.NY;
  if (notice.audience === 'hhs' && hipaaCE && ny && ny.count !== 0) {
    notes.push('New York residents affected: a covered entity that notifies HHS must notify the New York Attorney General within 5 business days of notifying HHS (N.Y. Gen. Bus. Law 899-aa(9) [P], statute text as published at proteuscyber.com, read 2026-12-02).');
  }
  if (notice.jurisdiction === 'NY' && notice.audience === 'state_attorney_general') {
    notes.push('Who receives it: the Attorney General, the Department of State and the state police or cyber-security office, told of the timing, content and distribution of the notices and the approximate number affected (N.Y. Gen. Bus. Law 899-aa(8)(a) [S]: ag.ny.gov summary, read 2026-12-02; the agency list changed over time — check it).');
  }
  if (notice.jurisdiction === 'TX' && notice.audience === 'state_attorney_general') {
    notes.push('Submit through the electronic form on the Texas Attorney General\'s website (Tex. Bus. & Com. Code 521.053(i) [P], as amended by S.B. 768 (2023) and H.B. 3746 (2021), read 2026-12-02 at capitol.texas.gov).');
  }
  return notes;
}

/** Builds the template context for one notice at `now` in the organisation's zone. */
export function buildNoticeContext(input: ContextInput): NoticeContext {
  const f = noticeFacts(input);
  const template = input.template ?? input.notice.template;
  // The fill hints name this incident, notice and state, so they can be run as printed.
  const elements = Object.fromEntries(
    Object.entries(resolveElements(template, f)).map(([k, e]) => [
      k,
      { ...e, fill: e.fill.replaceAll('<id>', input.incident.id).replaceAll('<notice>', input.notice.id).replaceAll('<state>', input.notice.jurisdiction) },
    ]),
  );
  const state = input.incident.notices?.[input.notice.id];
  const phase: Phase = input.phase ?? state?.phase ?? 'initial';
  return {
    title: letterTitle(input.notice, f.org_name ?? input.incident.id),
    draft: input.draft,
    disclaimer: DISCLAIMER,
    notice: { ...input.notice, notes: [...input.notice.notes, ...crossNotes(input)], phase, follow_up: phase === 'follow-up', us: !['EU', 'UK'].includes(input.notice.jurisdiction), template },
    state: f.state,
    reference: input.incident.id,
    f,
    elements,
    missing: Object.values(elements).filter((e) => e.value === null),
    branding: input.branding ?? { logo: null, accent: '#1f4e79' },
    generated_at: formatMoment(when(input.now.toISOString()).setZone(input.zone)),
  };
}
