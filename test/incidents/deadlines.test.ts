/**
 * Scenario table: deadlines worked out by hand from the cited rules (GDPR Art. 33–34,
 * 45 CFR 164.400–414, the state statutes). Each expected timestamp is a literal with its arithmetic.
 * Day counts: the trigger's local date in the organisation's zone is day 0; the deadline
 * is the end (23:59:59) of local day N.
 */
import { describe, expect, test } from 'vitest';
import { assessIncident, type NoticeAssessment } from '../../src/incidents/assess.js';
import { COVERED_ENTITY, EU_CONTROLLER, STATE_OWNER, incident, workbook } from '../helpers/incidents-fixtures.js';

interface Expect {
  required: 'yes' | 'no' | 'unknown';
  deadline?: string | null;
  status?: string;
  missing?: string[];
  reason?: RegExp;
  note?: RegExp;
}

interface Scenario {
  name: string;
  zone?: string;
  fields: Record<string, unknown>;
  now?: string;
  expect: Record<string, Expect>;
}

const SCENARIOS: Scenario[] = [
  {
    name: '1. GDPR 72 hours across the spring DST change (Berlin)',
    zone: 'Europe/Berlin',
    // 2026-03-27 10:00 CET (+01:00) = 09:00Z; + 72 h = 2026-03-30 09:00Z; DST began
    // Sun 2026-03-29, so Berlin is +02:00: 11:00 local wall-clock (not 10:00).
    fields: { ...EU_CONTROLLER, aware_at: '2026-03-27T10:00 Europe/Berlin' },
    expect: { 'gdpr-authority': { required: 'yes', deadline: '2026-03-30T11:00:00+02:00' } },
  },
  {
    name: '2. GDPR 72 hours across the autumn DST change (Berlin)',
    zone: 'Europe/Berlin',
    // 2026-10-23 12:00 CEST (+02:00) = 10:00Z; + 72 h = 2026-10-26 10:00Z; DST ended
    // Sun 2026-10-25, Berlin is +01:00: 11:00 local.
    fields: { ...EU_CONTROLLER, aware_at: '2026-10-23T12:00:00+02:00' },
    expect: { 'gdpr-authority': { required: 'yes', deadline: '2026-10-26T11:00:00+01:00' } },
  },
  {
    name: '3. GDPR awareness given in another zone than the organisation (UTC default)',
    // 2026-06-01 23:30 in New York (-04:00) = 2026-06-02 03:30Z; + 72 h = 2026-06-05 03:30Z.
    fields: { ...EU_CONTROLLER, aware_at: '2026-06-01T23:30 America/New_York' },
    expect: { 'gdpr-authority': { required: 'yes', deadline: '2026-06-05T03:30:00Z' } },
  },
  {
    name: '4. UK GDPR: ICO within 72 hours across the BST change',
    zone: 'Europe/London',
    // 2026-03-28 12:00Z (GMT); + 72 h = 2026-03-31 12:00Z; BST (+01:00) from 2026-03-29: 13:00.
    fields: { role: { gdpr: 'controller' }, affected: { UK: { count: 40 } }, risk: { gdpr: 'risk' }, aware_at: '2026-03-28T12:00:00Z' },
    expect: {
      'uk-gdpr-authority': { required: 'yes', deadline: '2026-03-31T13:00:00+01:00' },
      'gdpr-authority': { required: 'no', reason: /no EU\/EEA residents/ },
    },
  },
  {
    name: '5. GDPR no risk: no authority notice, no data-subject notice',
    fields: { ...EU_CONTROLLER, risk: { gdpr: 'none' }, aware_at: '2026-05-01T09:00:00Z' },
    expect: {
      'gdpr-authority': { required: 'no', deadline: null, reason: /unlikely to result in a risk/ },
      'gdpr-data-subjects': { required: 'no' },
    },
  },
  {
    name: '6. GDPR risk (not high): authority yes, data subjects no',
    fields: { ...EU_CONTROLLER, aware_at: '2026-05-01T09:00:00Z' },
    // 2026-05-01 09:00Z + 72 h = 2026-05-04 09:00Z.
    expect: {
      'gdpr-authority': { required: 'yes', deadline: '2026-05-04T09:00:00Z' },
      'gdpr-data-subjects': { required: 'no', reason: /not a high risk/ },
    },
  },
  {
    name: '7. GDPR high risk, unencrypted: data subjects without undue delay (no fixed deadline)',
    fields: { ...EU_CONTROLLER, risk: { gdpr: 'high' }, encrypted: 'no', aware_at: '2026-05-01T09:00:00Z' },
    expect: {
      'gdpr-authority': { required: 'yes', deadline: '2026-05-04T09:00:00Z' },
      'gdpr-data-subjects': { required: 'yes', deadline: null, status: 'open' },
    },
  },
  {
    name: '8. GDPR high risk, encrypted and key safe: 34(3)(a) exception',
    fields: { ...EU_CONTROLLER, risk: { gdpr: 'high' }, encrypted: 'yes', key_compromised: 'no', aware_at: '2026-05-01T09:00:00Z' },
    expect: {
      'gdpr-data-subjects': { required: 'no', reason: /34\(3\)\(a\)/ },
      'gdpr-authority': { required: 'yes' },
    },
  },
  {
    name: '9. GDPR high risk, encrypted but key compromised: data subjects required',
    fields: { ...EU_CONTROLLER, risk: { gdpr: 'high' }, encrypted: 'yes', key_compromised: 'yes', aware_at: '2026-05-01T09:00:00Z' },
    expect: { 'gdpr-data-subjects': { required: 'yes' } },
  },
  {
    name: '10. GDPR high risk, disproportionate effort: public communication instead',
    fields: { ...EU_CONTROLLER, risk: { gdpr: 'high', gdpr_exceptions: ['disproportionate_effort'] }, encrypted: 'no' },
    expect: { 'gdpr-data-subjects': { required: 'no', reason: /34\(3\)\(c\)/ }, 'gdpr-public': { required: 'yes' } },
  },
  {
    name: '11. GDPR processor: tells the controller, not the authority',
    fields: { role: { gdpr: 'processor' }, affected: { EU: { count: 30 } }, risk: { gdpr: 'high' }, aware_at: '2026-05-01T09:00:00Z' },
    expect: {
      'gdpr-controller': { required: 'yes', deadline: null },
      'gdpr-authority': { required: 'no', reason: /processor/ },
      'gdpr-data-subjects': { required: 'no' },
    },
  },
  {
    name: '12. GDPR risk not assessed, awareness missing: unknown, never assumed',
    fields: { role: { gdpr: 'controller' }, affected: { EU: { count: 5 } } },
    expect: { 'gdpr-authority': { required: 'unknown', deadline: null, missing: ['risk.gdpr', 'aware_at'] } },
  },
  {
    name: '13. HIPAA media: exactly 500 residents of one state is not "more than 500"',
    zone: 'America/Los_Angeles',
    fields: { ...COVERED_ENTITY, affected: { CA: { count: 500 } }, discovered_at: '2026-05-04T15:00 America/Los_Angeles' },
    expect: { 'hipaa-media-CA': { required: 'no', reason: /not more than 500/ } },
  },
  {
    name: '14. HIPAA media: 501 residents of one state; individuals 60 days after discovery',
    zone: 'America/Los_Angeles',
    // Discovery 2026-05-04 (day 0) + 60 days: May 31 = +27, Jun 30 = +57, Jul 3 = +60 → end of 3 Jul, PDT.
    fields: { ...COVERED_ENTITY, affected: { CA: { count: 501 } }, discovered_at: '2026-05-04T15:00 America/Los_Angeles' },
    expect: {
      'hipaa-media-CA': { required: 'yes', deadline: '2026-07-03T23:59:59-07:00' },
      'hipaa-individuals': { required: 'yes', deadline: '2026-07-03T23:59:59-07:00' },
    },
  },
  {
    name: '15. HIPAA 499 in total: annual HHS log, due 60 days after year end (1 March)',
    // Discovery in 2026: 31 Dec 2026 + 60 days = 1 Mar 2027 (Jan 31 + Feb 28 + 1), UTC.
    fields: { ...COVERED_ENTITY, affected: { TX: { count: 300 }, NV: { count: 199 } }, discovered_at: '2026-08-10T10:00:00Z' },
    expect: {
      'hipaa-hhs': { required: 'no', reason: /fewer than 500/ },
      'hipaa-hhs-log': { required: 'yes', deadline: '2027-03-01T23:59:59Z' },
    },
  },
  {
    name: '16. HIPAA 500 in total: HHS with the individual notices (60 days)',
    // Discovery 2026-08-10 + 60: Aug 31 = +21, Sep 30 = +51, Oct 9 = +60.
    fields: { ...COVERED_ENTITY, affected: { TX: { count: 300 }, NV: { count: 200 } }, discovered_at: '2026-08-10T10:00:00Z' },
    expect: {
      'hipaa-hhs': { required: 'yes', deadline: '2026-10-09T23:59:59Z' },
      'hipaa-hhs-log': { required: 'no' },
      'hipaa-media-TX': { required: 'no' },
    },
  },
  {
    name: '17. HIPAA annual log in a leap year: discovery in 2027 → 29 February 2028',
    zone: 'America/New_York',
    // 31 Dec 2027 + 60 days: Jan 31 = +31, Feb 29 = +60 (2028 is a leap year); EST (-05:00).
    fields: { ...COVERED_ENTITY, affected: { NY: { count: 10 } }, discovered_at: '2027-06-15T09:00 America/New_York' },
    expect: { 'hipaa-hhs-log': { required: 'yes', deadline: '2028-02-29T23:59:59-05:00' } },
  },
  {
    name: '18. HIPAA: PHI encrypted, key not compromised → secured, no notice',
    fields: { ...COVERED_ENTITY, encrypted: 'yes', key_compromised: 'no', affected: { CA: { count: 900 } }, discovered_at: '2026-08-10T10:00:00Z' },
    expect: { 'hipaa-individuals': { required: 'no', reason: /secured PHI/ }, 'hipaa-media-CA': { required: 'no' } },
  },
  {
    name: '19. HIPAA: PHI encrypted but key compromised → notices required',
    fields: { ...COVERED_ENTITY, encrypted: 'yes', key_compromised: 'yes', affected: { CA: { count: 900 } }, discovered_at: '2026-08-10T10:00:00Z' },
    expect: { 'hipaa-individuals': { required: 'yes', deadline: '2026-10-09T23:59:59Z' }, 'hipaa-media-CA': { required: 'yes' } },
  },
  {
    name: '20. HIPAA: encryption unknown → unknown',
    fields: { ...COVERED_ENTITY, encrypted: 'unknown', affected: { CA: { count: 900 } }, discovered_at: '2026-08-10T10:00:00Z' },
    expect: { 'hipaa-individuals': { required: 'unknown', missing: ['encrypted'] } },
  },
  {
    name: '21. HIPAA: documented low probability of compromise → no notice',
    fields: { ...COVERED_ENTITY, risk: { hipaa: { conclusion: 'low_probability' } }, affected: { CA: { count: 900 } }, discovered_at: '2026-08-10T10:00:00Z' },
    expect: { 'hipaa-individuals': { required: 'no', reason: /low probability/ } },
  },
  {
    name: '22. HIPAA business associate → covered entity within 60 days',
    // 2026-08-10 + 60 = 2026-10-09.
    fields: { ...COVERED_ENTITY, role: { hipaa: 'business_associate' }, affected: { CA: { count: 900 } }, discovered_at: '2026-08-10T10:00:00Z' },
    expect: {
      'hipaa-covered-entity': { required: 'yes', deadline: '2026-10-09T23:59:59Z' },
      'hipaa-individuals': { required: 'no', reason: /business associate/ },
    },
  },
  {
    name: '23. HIPAA oral law-enforcement delay: capped at 30 days',
    now: '2026-03-20T12:00:00Z',
    // Normal: 2026-01-10 + 60 = Mar 11 (Jan 31 = +21, Feb 28 = +49, Mar 11 = +60).
    // Oral request 2026-03-01 for 45 days → at most 30: 1 Mar + 30 = 31 Mar, later than 11 Mar.
    fields: {
      ...COVERED_ENTITY,
      affected: { CA: { count: 20 } },
      discovered_at: '2026-01-10T10:00:00Z',
      law_enforcement_delay: { kind: 'oral', date: '2026-03-01T09:00:00Z', period_days: 45, official: 'Det. Ruiz, SFPD' },
    },
    expect: { 'hipaa-individuals': { required: 'yes', deadline: '2026-03-31T23:59:59Z', status: 'on_hold' } },
  },
  {
    name: '24. HIPAA written law-enforcement delay: the period stated',
    now: '2026-03-20T12:00:00Z',
    // Written request 2026-03-01 for 45 days: Mar 31 = +30, Apr 15 = +45.
    fields: {
      ...COVERED_ENTITY,
      affected: { CA: { count: 20 } },
      discovered_at: '2026-01-10T10:00:00Z',
      law_enforcement_delay: { kind: 'written', date: '2026-03-01T09:00:00Z', period_days: 45 },
    },
    expect: { 'hipaa-individuals': { required: 'yes', deadline: '2026-04-15T23:59:59Z', status: 'on_hold' } },
  },
  {
    name: '25. California: 501 residents with SSNs → residents in 30 days, AG sample after consumer notice',
    zone: 'America/Los_Angeles',
    // 2026-02-10 + 30: Feb 28 = +18, Mar 12 = +30; PDT (-07:00) since 2026-03-08.
    fields: { ...STATE_OWNER, affected: { CA: { count: 501 } }, discovered_at: '2026-02-10T09:00:00-08:00' },
    expect: {
      'ca-residents': { required: 'yes', deadline: '2026-03-12T23:59:59-07:00' },
      'ca-regulator': { required: 'yes', deadline: null, missing: ['notices.ca-residents.sent_at'] },
    },
  },
  {
    name: '26. California: AG sample 15 days after the consumer notice was sent',
    zone: 'America/Los_Angeles',
    // Consumer notice sent 2026-03-01 (PST): + 15 = 2026-03-16, PDT.
    fields: {
      ...STATE_OWNER,
      affected: { CA: { count: 501 } },
      discovered_at: '2026-02-10T09:00:00-08:00',
      notices: { 'ca-residents': { sent_at: '2026-03-01T10:00:00-08:00' } },
    },
    now: '2026-03-05T00:00:00Z',
    expect: {
      'ca-residents': { required: 'yes', status: 'sent' },
      'ca-regulator': { required: 'yes', deadline: '2026-03-16T23:59:59-07:00', status: 'open' },
    },
  },
  {
    name: '27. California: exactly 500 residents → no AG sample',
    fields: { ...STATE_OWNER, affected: { CA: { count: 500 } }, discovered_at: '2026-02-10T09:00:00-08:00' },
    expect: { 'ca-regulator': { required: 'no', reason: /not more than 500/ }, 'ca-residents': { required: 'yes' } },
  },
  {
    name: '28. Multi-state breach: each state by its own clock and thresholds',
    zone: 'America/Chicago',
    // Determination 2026-04-01 10:00-06:00 = 11:00 CDT 1 Apr (day 0).
    //   TX residents +60: Apr 30 = +29, May 31 = +60.  TX AG (≥ 250) +30: May 1.
    //   CO residents +30: May 1; CO AG (≥ 500, 600) +30: May 1; FL residents +30: May 1.
    // Discovery 2026-03-30 08:00-05:00 (day 0): NY/WA residents +30: Mar 31 = +1, Apr 29 = +30.
    fields: {
      ...STATE_OWNER,
      affected: { TX: { count: 300 }, CO: { count: 600 }, FL: { count: 1200 }, NY: { count: 6000, estimate: true }, WA: { count: 501 }, OR: { count: 10 } },
      discovered_at: '2026-03-30T08:00:00-05:00',
      determined_at: '2026-04-01T10:00:00-06:00',
    },
    expect: {
      'tx-residents': { required: 'yes', deadline: '2026-05-31T23:59:59-05:00' },
      'tx-regulator': { required: 'yes', deadline: '2026-05-01T23:59:59-05:00' },
      'tx-credit-bureaus': { required: 'no', reason: /not more than 10,000/ },
      'co-residents': { required: 'yes', deadline: '2026-05-01T23:59:59-05:00' },
      'co-regulator': { required: 'yes', deadline: '2026-05-01T23:59:59-05:00' },
      'co-credit-bureaus': { required: 'no' },
      'fl-residents': { required: 'yes', deadline: '2026-05-01T23:59:59-05:00' },
      'fl-credit-bureaus': { required: 'yes' },
      'ny-residents': { required: 'yes', deadline: '2026-04-29T23:59:59-05:00', reason: /an estimate/ },
      'ny-credit-bureaus': { required: 'yes' },
      'wa-residents': { required: 'yes', deadline: '2026-04-29T23:59:59-05:00' },
      'wa-regulator': { required: 'yes', deadline: '2026-04-29T23:59:59-05:00' },
      // ORS 646A.604(3)(a) [P]: 45 days after discovery: Mar 30 + 31 = Apr 30, + 14 = May 14.
      'or-residents': { required: 'yes', deadline: '2026-05-14T23:59:59-05:00' },
    },
  },
  {
    name: '29. Texas determination missing: deadline unknown, not guessed from discovery',
    fields: { ...STATE_OWNER, affected: { TX: { count: 300 } }, discovered_at: '2026-03-30T08:00:00-05:00' },
    expect: { 'tx-residents': { required: 'yes', deadline: null, missing: ['determined_at'] } },
  },
  {
    name: '30. State law: encrypted with a safe key → no resident notice even with the role unknown',
    fields: { data_categories: ['names', 'ssn'], encrypted: 'yes', key_compromised: 'no', affected: { WA: { count: 900 } }, discovered_at: '2026-03-30T08:00:00Z' },
    expect: { 'wa-residents': { required: 'no', reason: /safe harbour/ } },
  },
  {
    name: '31. Sent notice stops counting; overdue notice says so',
    now: '2026-05-10T00:00:00Z',
    fields: { ...EU_CONTROLLER, aware_at: '2026-05-01T09:00:00Z', affected: { EU: { count: 10 }, UK: { count: 10 } }, notices: { 'gdpr-authority': { sent_at: '2026-05-03T09:00:00Z' } } },
    expect: {
      'gdpr-authority': { required: 'yes', status: 'sent' },
      'uk-gdpr-authority': { required: 'yes', deadline: '2026-05-04T09:00:00Z', status: 'overdue' },
    },
  },
  {
    name: '31b. A notice sent after its deadline says so',
    now: '2026-05-10T00:00:00Z',
    fields: { ...EU_CONTROLLER, aware_at: '2026-05-01T09:00:00Z', notices: { 'gdpr-authority': { sent_at: '2026-05-05T09:00:00Z' } } },
    expect: { 'gdpr-authority': { required: 'yes', status: 'sent', note: /Sent after the deadline/ } },
  },
  {
    name: '32. State written law-enforcement delay holds the California notice',
    zone: 'America/Los_Angeles',
    now: '2026-03-20T12:00:00Z',
    // Normal: 2026-02-10 + 30 = 2026-03-12. Written request 2026-02-20 for 60 days:
    // Feb 28 = +8, Mar 31 = +39, Apr 21 = +60 → end of 21 Apr (PDT), later than 12 Mar.
    fields: {
      ...STATE_OWNER,
      affected: { CA: { count: 40 } },
      discovered_at: '2026-02-10T09:00:00-08:00',
      law_enforcement_delay: { kind: 'written', date: '2026-02-20T10:00:00-08:00', period_days: 60 },
    },
    expect: { 'ca-residents': { required: 'yes', deadline: '2026-04-21T23:59:59-07:00', status: 'on_hold' } },
  },
  {
    name: '33. A delay without a period: its end is unknown, the normal deadline stands',
    zone: 'America/Los_Angeles',
    fields: {
      ...STATE_OWNER,
      affected: { CA: { count: 40 } },
      discovered_at: '2026-02-10T09:00:00-08:00',
      law_enforcement_delay: { kind: 'written', date: '2026-02-20T10:00:00-08:00' },
    },
    expect: { 'ca-residents': { required: 'yes', deadline: '2026-03-12T23:59:59-07:00', missing: ['law_enforcement_delay.period_days'] } },
  },
  {
    name: '34. Thresholds: Florida "500 or more" vs Washington "more than 500" at exactly 500',
    // FL Dept. of Legal Affairs: 500 ≥ 500 → yes; WA AG: 500 > 500 is false → no.
    fields: { ...STATE_OWNER, affected: { FL: { count: 500 }, WA: { count: 500 } }, discovered_at: '2026-03-30T08:00:00Z', determined_at: '2026-04-01T08:00:00Z' },
    expect: { 'fl-regulator': { required: 'yes', deadline: '2026-05-01T23:59:59Z' }, 'wa-regulator': { required: 'no', reason: /not more than 500/ } },
  },
  {
    name: '35. Colorado 499 residents: no AG notice; Texas 250: AG notice',
    fields: { ...STATE_OWNER, affected: { CO: { count: 499 }, TX: { count: 250 } }, determined_at: '2026-04-01T08:00:00Z' },
    expect: { 'co-regulator': { required: 'no', reason: /not 500 or more/ }, 'tx-regulator': { required: 'yes' } },
  },
  {
    name: '36. The organisation zone decides which day a day-count starts (UTC)',
    // 2026-01-31 23:30 PST = 2026-02-01 07:30Z: in UTC day 0 is 1 Feb; + 60 = 2 Apr (Feb 28 = +27, Mar 31 = +58, Apr 2 = +60).
    fields: { ...COVERED_ENTITY, affected: { CA: { count: 20 } }, discovered_at: '2026-01-31T23:30:00-08:00' },
    expect: { 'hipaa-individuals': { required: 'yes', deadline: '2026-04-02T23:59:59Z' } },
  },
  {
    name: '37. … and in Los Angeles day 0 is 31 Jan: + 60 = 1 Apr',
    zone: 'America/Los_Angeles',
    // Jan 31 + 28 = Feb 28, + 31 = Mar 31 (59), Apr 1 = +60; PDT.
    fields: { ...COVERED_ENTITY, affected: { CA: { count: 20 } }, discovered_at: '2026-01-31T23:30:00-08:00' },
    expect: { 'hipaa-individuals': { required: 'yes', deadline: '2026-04-01T23:59:59-07:00' } },
  },
  {
    name: '39. "Other" data only: state-law personal information unknown, not ruled out',
    fields: { ...STATE_OWNER, data_categories: ['names', 'other'], affected: { CA: { count: 20 } }, discovered_at: '2026-02-10T09:00:00-08:00' },
    expect: { 'ca-residents': { required: 'unknown', missing: ['data_categories ("other" data: is it personal information under the state definition?)'] } },
  },
  {
    name: '40. Names and email addresses only: not state-law personal information',
    fields: { ...STATE_OWNER, data_categories: ['names', 'email_addresses'], affected: { CA: { count: 20 } }, discovered_at: '2026-02-10T09:00:00-08:00' },
    expect: { 'ca-residents': { required: 'no', reason: /approximates the state definitions/ } },
  },
  {
    name: '38. HIPAA exclusion (good-faith workforce access): no notice',
    fields: { ...COVERED_ENTITY, risk: { hipaa: { exclusion: 'good_faith_workforce' } }, affected: { CA: { count: 20 } }, discovered_at: '2026-01-31T23:30:00-08:00' },
    expect: { 'hipaa-individuals': { required: 'no', reason: /excluded/ } },
  },
];

const byId = (notices: NoticeAssessment[], id: string): NoticeAssessment => {
  const n = notices.find((x) => x.id === id);
  if (!n) throw new Error(`no notice ${id}; have ${notices.map((x) => x.id).join(', ')}`);
  return n;
};

describe('deadline scenarios worked out by hand', () => {
  test.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const result = assessIncident(incident(s.fields), workbook(s.zone), new Date(s.now ?? '2026-01-01T00:00:00Z'));
    for (const [id, want] of Object.entries(s.expect)) {
      const got = byId(result.notices, id);
      expect({ id, required: got.required }).toEqual({ id, required: want.required });
      if (want.deadline !== undefined) expect({ id, deadline: got.deadline }).toEqual({ id, deadline: want.deadline });
      if (want.status) expect({ id, status: got.status }).toEqual({ id, status: want.status });
      for (const m of want.missing ?? []) expect(got.missing).toContain(m);
      if (want.reason) expect(got.reasons.join('; ')).toMatch(want.reason);
      if (want.note) expect(got.notes.join('; ')).toMatch(want.note);
    }
  });

  test('an incident with only a title: every notice is unknown or ruled out by a recorded choice, none is assumed required', () => {
    const result = assessIncident(incident(), undefined, new Date('2026-01-01T00:00:00Z'));
    const required = result.notices.filter((n) => n.required === 'yes');
    expect(required).toEqual([]);
    const no = result.notices.filter((n) => n.required === 'no').map((n) => n.id);
    // Only the public communications: they exist only when the controller records disproportionate effort.
    expect(no.sort()).toEqual(['gdpr-public', 'uk-gdpr-public']);
    expect(byId(result.notices, 'gdpr-authority').missing).toEqual(expect.arrayContaining(['affected.EU.count', 'role.gdpr', 'risk.gdpr', 'aware_at']));
    expect(result.notices.map((n) => n.id)).toEqual(expect.arrayContaining(['hipaa-media', 'ca-residents', 'co-residents', 'fl-residents', 'tx-residents', 'ny-residents', 'wa-residents']));
    expect(result.zone).toBe('UTC');
    expect(result.zone_note).toMatch(/UTC/);
  });

  test('an unknown time zone in the workbook falls back to UTC and says so', () => {
    const result = assessIncident(incident(), workbook('Mars/Olympus'), new Date('2026-01-01T00:00:00Z'));
    expect(result.zone).toBe('UTC');
    expect(result.zone_note).toContain('"Mars/Olympus" is not a known IANA zone');
  });

  test('every notice carries a citation, a last_verified date and a source label', () => {
    const result = assessIncident(incident({ affected: { CA: { count: 1 }, CO: { count: 1 }, NY: { count: 1 }, EU: { count: 1 }, UK: { count: 1 } } }), undefined, new Date());
    for (const n of result.notices) {
      expect(n.citation).not.toBe('');
      expect(n.last_verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(n.source_label).not.toBe('');
    }
    expect(byId(result.notices, 'ny-regulator').source_label).toMatch(/\[S\]/);
    expect(byId(result.notices, 'co-residents').source_label).toMatch(/\[S\]/);
    expect(result.disclaimer).toMatch(/Not legal advice/);
  });
});
