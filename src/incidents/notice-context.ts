/**
 * What a notice draft is filled from: the workbook's organisation and contacts, the
 * incident and the assessed notice. Pure. Missing facts stay `undefined`; the templates
 * turn them into clearly marked placeholders — nothing here invents text.
 */
import type { Workbook } from '../domain/workbook-schema.js';
import type { NoticeAssessment } from './assess.js';
import { DISCLAIMER } from './assess.js';
import { formatMoment } from './deadline.js';
import { idNumbersExposed, totalAffected } from './facts.js';
import type { DataCategory, Incident } from './incident-schema.js';
import { when } from './when.js';

export const CATEGORY_WORDS: Record<DataCategory, string> = {
  names: 'names',
  contact_details: 'contact details (postal address, phone number)',
  email_addresses: 'email addresses',
  date_of_birth: 'dates of birth',
  ssn: 'Social Security numbers',
  drivers_licence: "driver's licence numbers",
  state_id: 'state identification card numbers',
  passport: 'passport numbers',
  financial_account: 'financial account numbers',
  payment_card: 'payment card numbers',
  account_access_code: 'security codes, PINs or passwords for financial accounts',
  credentials: 'usernames or email addresses with passwords or security answers',
  taxpayer_id: 'taxpayer identification numbers',
  health: 'health information',
  health_insurance: 'health insurance information',
  biometric: 'biometric data',
  location: 'location data',
  other: 'other personal data',
};

export type Phase = 'initial' | 'follow-up';

export interface Contact {
  name?: string;
  role?: string;
  email?: string;
  phone?: string;
}

export interface NoticeContext {
  disclaimer: string;
  notice: NoticeAssessment & { phase: Phase; follow_up: boolean; us: boolean; authority_name: string };
  org: {
    name: string | undefined;
    legal_name: string | undefined;
    address: string | undefined;
    phone: string | undefined;
    toll_free_phone: string | undefined;
    email: string | undefined;
    website: string | undefined;
  };
  /** The DPO, else the privacy contact, else the security contact. */
  contact: Contact | undefined;
  contact_label: string;
  incident: {
    id: string;
    title: string;
    description: string | undefined;
    occurred: string | undefined;
    discovered: string | undefined;
    aware: string | undefined;
    categories: string[];
    categories_known: boolean;
    people: string | undefined;
    records: string | undefined;
    consequences: string | undefined;
    measures: string | undefined;
    individual_steps: string | undefined;
    containment: string[];
    encrypted: string | undefined;
    law_enforcement: string | undefined;
    law_enforcement_delayed: boolean;
    residents: string | undefined;
    id_numbers: boolean;
    identity_theft: { provider: string | undefined; months: number | undefined; how_to_enrol: string | undefined } | undefined;
    recipient: { name: string; email?: string; address?: string } | undefined;
    previous_notice: string | undefined;
    late: boolean;
  };
  /** Date of the notice (today in the organisation's zone), e.g. "March 5, 2026". */
  date: string;
  generated_at: string;
}

const fmtCount = (n: number | 'unknown', estimate?: boolean): string | undefined =>
  n === 'unknown' ? undefined : `${estimate ? 'approximately ' : ''}${n.toLocaleString('en-US')}`;

/** Builds the template context for one notice at `now` in the organisation's zone. */
export function buildNoticeContext(notice: NoticeAssessment, incident: Incident, workbook: Workbook | undefined, zone: string, now: Date, phase?: Phase): NoticeContext {
  const org = workbook?.organisation;
  const us = !['EU', 'UK'].includes(notice.jurisdiction);
  const locale = us ? 'en-US' : 'en-GB';
  const day = (s: string | undefined): string | undefined => (s ? when(s).setZone(zone).setLocale(locale).toLocaleString({ year: 'numeric', month: 'long', day: 'numeric' }) : undefined);
  const moment = (s: string | undefined): string | undefined => (s ? formatMoment(when(s).setZone(zone)) : undefined);
  const contact = org?.dpo ?? org?.privacy_contact ?? org?.security_contact;
  const contactLabel = org?.dpo ? 'Data Protection Officer' : org?.privacy_contact ? 'Privacy contact' : org?.security_contact ? 'Security contact' : 'Contact point';
  const total = totalAffected({ incident, zone, zoneFromWorkbook: true, workbook });
  const j = notice.jurisdiction;
  const residentCount = incident.affected?.[j as keyof NonNullable<Incident['affected']>];
  const led = incident.law_enforcement_delay;
  const state = incident.notices?.[notice.id];
  const chosen: Phase = phase ?? state?.phase ?? 'initial';
  const occurred = incident.occurred_at
    ? incident.occurred_until
      ? `between ${day(incident.occurred_at)} and ${day(incident.occurred_until)}`
      : `on or about ${day(incident.occurred_at)}`
    : undefined;
  const its = incident.identity_theft_service;
  const nowDt = when(now.toISOString()).setZone(zone);
  return {
    disclaimer: DISCLAIMER,
    notice: {
      ...notice,
      phase: chosen,
      follow_up: chosen === 'follow-up',
      us,
      // Without an EU establishment there is no lead authority: one notice to each country's.
      authority_name:
        j === 'UK'
          ? "Information Commissioner's Office (ICO)"
          : workbook?.scope.eu_establishment === false
            ? `supervisory authority of ${Object.keys(incident.affected_eu_countries ?? {}).join(', ') || 'each EU/EEA country where affected people live'} (one notice to each; no lead authority without an EU establishment)`
            : workbook?.scope.eu_establishment === true
              ? 'lead supervisory authority'
              : 'competent supervisory authority',
    },
    org: {
      name: org?.name,
      legal_name: org?.legal_name ?? org?.name,
      address: org?.address,
      phone: org?.phone,
      toll_free_phone: org?.toll_free_phone,
      email: org?.privacy_contact?.email ?? org?.email ?? org?.dpo?.email,
      website: org?.website,
    },
    contact,
    contact_label: contactLabel,
    incident: {
      id: incident.id,
      title: incident.title,
      description: incident.description,
      occurred,
      discovered: day(incident.discovered_at ?? incident.aware_at),
      aware: moment(incident.aware_at),
      categories: (incident.data_categories ?? []).map((c) => CATEGORY_WORDS[c]),
      categories_known: incident.data_categories !== undefined,
      people: total.count === 'unknown' ? undefined : fmtCount(total.count, total.estimate),
      records: incident.records ? fmtCount(incident.records.count, incident.records.estimate) : undefined,
      consequences: incident.consequences,
      measures: incident.measures,
      individual_steps: incident.individual_steps,
      containment: (incident.containment ?? []).map((c) => (typeof c === 'string' ? c : c.at ? `${day(c.at)}: ${c.step}` : c.step)),
      encrypted: incident.encrypted === 'yes' ? (incident.key_compromised === 'no' ? 'encrypted; the key was not compromised' : incident.key_compromised === 'yes' ? 'encrypted, but the key was compromised' : 'encrypted (key status unknown)') : incident.encrypted === 'no' ? 'not encrypted' : undefined,
      law_enforcement: led ? `${led.kind === 'oral' ? 'An oral' : 'A written'} request from law enforcement${led.official ? ` (${led.official})` : ''} on ${day(led.date)} delayed this notice.` : undefined,
      law_enforcement_delayed: Boolean(led),
      residents: residentCount ? fmtCount(residentCount.count, residentCount.estimate) : undefined,
      id_numbers: idNumbersExposed({ incident, zone, zoneFromWorkbook: true, workbook }) === true,
      identity_theft: its || idNumbersExposed({ incident, zone, zoneFromWorkbook: true, workbook }) ? { provider: its?.provider, months: its?.months, how_to_enrol: its?.how_to_enrol } : undefined,
      recipient: notice.audience === 'data_controller' ? incident.controller : notice.audience === 'covered_entity' ? incident.covered_entity : notice.audience === 'data_owner' ? incident.data_owner : undefined,
      previous_notice: day(state?.sent_at),
      late: notice.deadline !== null && notice.sent_at === null && now.getTime() > when(notice.deadline).toMillis(),
    },
    date: nowDt.setLocale(locale).toLocaleString({ year: 'numeric', month: 'long', day: 'numeric' }),
    generated_at: formatMoment(nowDt),
  };
}
