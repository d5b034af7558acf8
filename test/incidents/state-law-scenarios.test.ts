/**
 * Hand-worked scenarios for the US jurisdiction data, NIS2, NYDFS and SEC. Every expected
 * deadline is a literal with its arithmetic in a comment, taken from the rule it tests
 * (citation in the comment). Day counts: the trigger's local date is day 0; the deadline is
 * the end (23:59:59) of local day N in the organisation's zone (UTC unless a zone is given).
 */
import { describe, expect, test } from 'vitest';
import { assessIncident, type NoticeAssessment } from '../../src/incidents/assess.js';
import { workbookSchema, type Workbook } from '../../src/domain/workbook-schema.js';
import { incident } from '../helpers/incidents-fixtures.js';

interface Expect {
  required: 'yes' | 'no' | 'unknown';
  deadline?: string | null;
  reason?: RegExp;
  missing?: RegExp;
  note?: RegExp;
  text?: RegExp;
}
interface Scenario {
  name: string;
  zone?: string;
  scope?: Record<string, unknown>;
  fields: Record<string, unknown>;
  expect: Record<string, Expect>;
}

const OWNER = { role: { us_state: 'owner' }, data_categories: ['names', 'ssn'], encrypted: 'no' };
const at = (code: string, count: number) => ({ affected: { [code]: { count } } });
const wb = (zone?: string, scope: Record<string, unknown> = {}): Workbook =>
  workbookSchema.parse({ format: 1, organisation: { name: 'Acme Ltd', ...(zone ? { timezone: zone } : {}) }, scope });

const S: Scenario[] = [
  // ---- deadline families ----
  // Ala. Code 8-38-5(b): 45 days after determination. 2 Mar + 29 = 31 Mar, + 16 = 16 Apr (day 45).
  { name: 'AL 45 days after determination', fields: { ...OWNER, ...at('AL', 10), determined_at: '2026-03-02T10:00:00Z' }, expect: { 'al-residents': { required: 'yes', deadline: '2026-04-16T23:59:59Z' } } },
  // A.R.S. 18-552(B): 45 days after determination. 10 Jan + 21 = 31 Jan, + 24 = 24 Feb.
  { name: 'AZ 45 days after determination', fields: { ...OWNER, ...at('AZ', 10), determined_at: '2026-01-10T08:00:00Z' }, expect: { 'az-residents': { required: 'yes', deadline: '2026-02-24T23:59:59Z' } } },
  // Conn. Gen. Stat. 36a-701b [S]: 60 days after discovery. 1 Feb + 28 = 1 Mar (28), + 31 = 1 Apr (59), + 1 = 2 Apr (60).
  { name: 'CT 60 days after discovery', fields: { ...OWNER, ...at('CT', 10), discovered_at: '2026-02-01T12:00:00Z' }, expect: { 'ct-residents': { required: 'yes', deadline: '2026-04-02T23:59:59Z' } } },
  // 6 Del. C. 12B-102(c): 60 days after determination. 15 Jul + 31 = 15 Aug (31), + 29 = 13 Sep (60).
  { name: 'DE 60 days after determination', fields: { ...OWNER, ...at('DE', 10), determined_at: '2026-07-15T09:00:00Z' }, expect: { 'de-residents': { required: 'yes', deadline: '2026-09-13T23:59:59Z' } } },
  // Vt. tit. 9 [S]: 45 days after discovery. 20 Nov + 30 = 20 Dec (30), + 15 = 4 Jan 2027 (45): crosses the year.
  { name: 'VT 45 days after discovery, across the new year', fields: { ...OWNER, ...at('VT', 10), discovered_at: '2026-11-20T09:00:00Z' }, expect: { 'vt-residents': { required: 'yes', deadline: '2027-01-04T23:59:59Z' } } },
  // Tex. Bus. & Com. Code 521.053(b) [P]: 60th day after determination. 15 Dec + 31 = 15 Jan 2027 (31), + 29 = 13 Feb 2027 (60).
  { name: 'TX 60 days after determination', fields: { ...OWNER, ...at('TX', 10), determined_at: '2026-12-15T09:00:00Z' }, expect: { 'tx-residents': { required: 'yes', deadline: '2027-02-13T23:59:59Z' } } },
  // C.R.S. 6-1-716 [S]: 30 days after determination; Denver: 5 Mar (MST) + 30 = 4 Apr, in MDT (-06:00) after 8 Mar.
  { name: 'CO 30 days after determination across the US DST change', zone: 'America/Denver', fields: { ...OWNER, ...at('CO', 10), determined_at: '2026-03-05T10:00 America/Denver' }, expect: { 'co-residents': { required: 'yes', deadline: '2026-04-04T23:59:59-06:00' } } },
  // RCW 19.255.010 [S]: 30 days after discovery. 31 Jan + 28 = 28 Feb (28), + 2 = 2 Mar (30).
  { name: 'WA 30 days after discovery, across February', fields: { ...OWNER, ...at('WA', 10), discovered_at: '2026-01-31T09:00:00Z' }, expect: { 'wa-residents': { required: 'yes', deadline: '2026-03-02T23:59:59Z' } } },
  // O.C.G.A. 10-1-912(a) [P]: most expedient time, no fixed days: no deadline timestamp.
  { name: 'GA most expedient time: no fixed deadline', fields: { ...OWNER, ...at('GA', 10), discovered_at: '2026-03-02T09:00:00Z' }, expect: { 'ga-residents': { required: 'yes', deadline: null, text: /most expedient time possible/ } } },
  // Alaska Stat. 45.48.010(b) [P]: most expeditious time.
  { name: 'AK most expeditious time', fields: { ...OWNER, ...at('AK', 3), discovered_at: '2026-03-02T09:00:00Z' }, expect: { 'ak-residents': { required: 'yes', deadline: null, text: /most expeditious/ } } },
  // 815 ILCS 530/10(a) [P]: most expedient time.
  { name: 'IL most expedient time', fields: { ...OWNER, ...at('IL', 3), discovered_at: '2026-03-02T09:00:00Z' }, expect: { 'il-residents': { required: 'yes', deadline: null, text: /most expedient/ } } },
  // Haw. Rev. Stat. 487N-2(a) [P]: without unreasonable delay.
  { name: 'HI without unreasonable delay', fields: { ...OWNER, ...at('HI', 3), discovered_at: '2026-03-02T09:00:00Z' }, expect: { 'hi-residents': { required: 'yes', deadline: null, text: /without unreasonable delay/ } } },
  // 10 L.P.R.A. [S]: DACO within 10 days of discovery. 25 May + 6 = 31 May, + 4 = 4 Jun.
  { name: 'PR: Department of Consumer Affairs within 10 days', fields: { ...OWNER, ...at('PR', 3), discovered_at: '2026-05-25T09:00:00Z' }, expect: { 'pr-regulator': { required: 'yes', deadline: '2026-06-04T23:59:59Z' } } },
  // Cal. Civ. Code 1798.82(f) [S]: 15 days after the consumer notice. Sent 20 Jun + 10 = 30 Jun, + 5 = 5 Jul.
  { name: 'CA sample to the AG 15 days after the resident notice', fields: { ...OWNER, ...at('CA', 501), discovered_at: '2026-06-10T09:00:00Z', notices: { 'ca-residents': { sent_at: '2026-06-20T09:00:00Z' } } }, expect: { 'ca-regulator': { required: 'yes', deadline: '2026-07-05T23:59:59Z' } } },
  // ---- thresholds at the boundary ----
  // CA "more than 500": 500 is not, 501 is.
  { name: 'CA AG: 500 residents is not more than 500', fields: { ...OWNER, ...at('CA', 500) }, expect: { 'ca-regulator': { required: 'no', reason: /not more than 500/ } } },
  { name: 'CA AG: 501 residents', fields: { ...OWNER, ...at('CA', 501) }, expect: { 'ca-regulator': { required: 'yes', reason: /more than 500/ } } },
  // AL "more than 1,000" (8-38-6 [S]).
  { name: 'AL AG: 1,000 is not more than 1,000', fields: { ...OWNER, ...at('AL', 1000) }, expect: { 'al-regulator': { required: 'no', reason: /not more than 1,000/ }, 'al-credit-bureaus': { required: 'no' } } },
  { name: 'AL AG and credit bureaus: 1,001', fields: { ...OWNER, ...at('AL', 1001), determined_at: '2026-03-02T10:00:00Z' }, expect: { 'al-regulator': { required: 'yes', deadline: '2026-04-16T23:59:59Z' }, 'al-credit-bureaus': { required: 'yes' } } },
  { name: 'AR AG: 1,000 is not more than 1,000', fields: { ...OWNER, ...at('AR', 1000) }, expect: { 'ar-regulator': { required: 'no' } } },
  // AR AG deadline is unknown in secbook's data: required, no timestamp.
  { name: 'AR AG: 1,001, deadline unknown', fields: { ...OWNER, ...at('AR', 1001), discovered_at: '2026-03-02T10:00:00Z' }, expect: { 'ar-regulator': { required: 'yes', deadline: null, text: /unknown — check Ark\. Code/ } } },
  // CO "500 or more": exactly 500 counts.
  { name: 'CO AG: 500 is 500 or more', fields: { ...OWNER, ...at('CO', 500) }, expect: { 'co-regulator': { required: 'yes', reason: /500 or more/ } } },
  // DC "50 or more" [S]: 50 yes, 49 no.
  { name: 'DC AG: 50 residents', fields: { ...OWNER, ...at('DC', 50) }, expect: { 'dc-regulator': { required: 'yes' } } },
  { name: 'DC AG: 49 residents', fields: { ...OWNER, ...at('DC', 49) }, expect: { 'dc-regulator': { required: 'no', reason: /not 50 or more/ } } },
  // TX "at least 250" [S].
  { name: 'TX AG: 250 residents', fields: { ...OWNER, ...at('TX', 250) }, expect: { 'tx-regulator': { required: 'yes' } } },
  { name: 'TX AG: 249 residents', fields: { ...OWNER, ...at('TX', 249) }, expect: { 'tx-regulator': { required: 'no' } } },
  // O.C.G.A. 10-1-912(d) [P]: more than 10,000.
  { name: 'GA credit bureaus: 10,000 is not more than 10,000', fields: { ...OWNER, ...at('GA', 10000) }, expect: { 'ga-credit-bureaus': { required: 'no' } } },
  { name: 'GA credit bureaus: 10,001', fields: { ...OWNER, ...at('GA', 10001) }, expect: { 'ga-credit-bureaus': { required: 'yes' } } },
  { name: 'HI Office of Consumer Protection: 1,000', fields: { ...OWNER, ...at('HI', 1000) }, expect: { 'hi-regulator': { required: 'no' } } },
  { name: 'HI Office of Consumer Protection: 1,001', fields: { ...OWNER, ...at('HI', 1001) }, expect: { 'hi-regulator': { required: 'yes' }, 'hi-credit-bureaus': { required: 'yes' } } },
  { name: 'WA AG: 500 is not more than 500', fields: { ...OWNER, ...at('WA', 500) }, expect: { 'wa-regulator': { required: 'no' } } },
  // RCW 19.255.010 [S]: AG within 30 days of discovery. 1 Sep + 29 = 30 Sep, + 1 = 1 Oct.
  { name: 'WA AG: 501, 30 days after discovery', fields: { ...OWNER, ...at('WA', 501), discovered_at: '2026-09-01T09:00:00Z' }, expect: { 'wa-regulator': { required: 'yes', deadline: '2026-10-01T23:59:59Z' } } },
  { name: 'DE AG: 500 is not more than 500', fields: { ...OWNER, ...at('DE', 500) }, expect: { 'de-regulator': { required: 'no' } } },
  { name: 'DE AG: 501', fields: { ...OWNER, ...at('DE', 501) }, expect: { 'de-regulator': { required: 'yes' } } },
  { name: 'NY credit bureaus: 5,000 is not more than 5,000', fields: { ...OWNER, ...at('NY', 5000) }, expect: { 'ny-credit-bureaus': { required: 'no' } } },
  { name: 'NY credit bureaus: 5,001', fields: { ...OWNER, ...at('NY', 5001) }, expect: { 'ny-credit-bureaus': { required: 'yes' } } },
  // ---- content ----
  { name: 'IL notice must not state the number of residents affected (530/10(a) [P])', fields: { ...OWNER, ...at('IL', 3) }, expect: { 'il-residents': { required: 'yes', note: /Must NOT contain \[P\]: the number of Illinois residents affected/ } } },
  { name: 'PR notice content: toll-free number and website (4053 [P])', fields: { ...OWNER, ...at('PR', 3) }, expect: { 'pr-residents': { required: 'yes', note: /Required content \[P\].*toll-free number and a website/ } } },
  { name: 'CT: identity-theft services note when SSNs leak', fields: { ...OWNER, ...at('CT', 3) }, expect: { 'ct-residents': { required: 'yes', note: /24 months/ } } },
  // ---- maintainer's duty ----
  // O.C.G.A. 10-1-912(b) [P]: a maintainer tells the owner within 24 hours of discovery: 10 Apr 15:30Z + 24 h.
  { name: 'GA maintainer tells the owner within 24 hours', fields: { ...OWNER, role: { us_state: 'maintainer' }, ...at('GA', 3), discovered_at: '2026-04-10T15:30:00Z' }, expect: { 'ga-data-owner': { required: 'yes', deadline: '2026-04-11T15:30:00Z' }, 'ga-residents': { required: 'no', reason: /only maintain/ } } },
  { name: 'AL maintainer: 10 days, start event unknown', fields: { ...OWNER, role: { us_state: 'maintainer' }, ...at('AL', 3) }, expect: { 'al-data-owner': { required: 'yes', deadline: null, text: /within 10 days/ } } },
  // Fla. Stat. 501.171 [S]: a third-party agent tells the owner within 10 days of determination. 25 May + 6 = 31 May, + 4 = 4 Jun.
  { name: 'FL maintainer tells the owner within 10 days', fields: { ...OWNER, role: { us_state: 'maintainer' }, ...at('FL', 3), determined_at: '2026-05-25T09:00:00Z' }, expect: { 'fl-data-owner': { required: 'yes', deadline: '2026-06-04T23:59:59Z' } } },
  { name: 'WA: a full date of birth with a name is personal information', fields: { ...OWNER, data_categories: ['names', 'date_of_birth'], ...at('WA', 3) }, expect: { 'wa-residents': { required: 'yes' } } },
  { name: 'workbook default role (maintainer) is inherited', scope: { us_state_role: 'maintainer' }, fields: { data_categories: ['names', 'ssn'], encrypted: 'no', ...at('GA', 3), discovered_at: '2026-04-10T15:30:00Z' }, expect: { 'ga-data-owner': { required: 'yes', deadline: '2026-04-11T15:30:00Z' }, 'ga-residents': { required: 'no' } } },
  { name: "the incident's own role overrides the workbook default", scope: { us_state_role: 'maintainer' }, fields: { ...OWNER, ...at('GA', 3) }, expect: { 'ga-residents': { required: 'yes' }, 'ga-data-owner': { required: 'no' } } },
  { name: 'no role anywhere: unknown, pointing at both places', fields: { data_categories: ['names', 'ssn'], encrypted: 'no', ...at('GA', 3) }, expect: { 'ga-residents': { required: 'unknown', missing: /scope\.us_state_role/ } } },
  // ---- access-code conditions ----
  { name: 'AL account number without its access code is not personal information', fields: { ...OWNER, data_categories: ['names', 'financial_account'], ...at('AL', 3) }, expect: { 'al-residents': { required: 'no', reason: /access-code condition/ } } },
  { name: 'AL account number with its access code is', fields: { ...OWNER, data_categories: ['names', 'financial_account', 'account_access_code'], ...at('AL', 3) }, expect: { 'al-residents': { required: 'yes' } } },
  { name: 'IL account number alone counts', fields: { ...OWNER, data_categories: ['names', 'financial_account'], ...at('IL', 3) }, expect: { 'il-residents': { required: 'yes' } } },
  { name: 'AK access-code condition unknown: unknown', fields: { ...OWNER, data_categories: ['names', 'payment_card'], ...at('AK', 3) }, expect: { 'ak-residents': { required: 'unknown', missing: /access code/ } } },
  { name: 'HI: credentials are not in its definition', fields: { ...OWNER, data_categories: ['names', 'credentials'], ...at('HI', 3) }, expect: { 'hi-residents': { required: 'no', reason: /not personal information|none of the listed/ } } },
  // ---- risk of harm and documented no-harm findings ----
  { name: 'AL no-harm finding not yet documented: unknown', fields: { ...OWNER, ...at('AL', 3), risk: { us_state_harm: 'unlikely' } }, expect: { 'al-residents': { required: 'unknown', missing: /us_state_no_harm_documented.*kept 5 years/ } } },
  { name: 'AL documented no-harm finding: no notice', fields: { ...OWNER, ...at('AL', 3), risk: { us_state_harm: 'unlikely', us_state_no_harm_documented: true } }, expect: { 'al-residents': { required: 'no', reason: /documented/ } } },
  { name: 'AK documented no-harm finding needs notice to the regulator', fields: { ...OWNER, ...at('AK', 3), risk: { us_state_harm: 'unlikely', us_state_no_harm_documented: true } }, expect: { 'ak-residents': { required: 'no', reason: /written notice to the regulator/ } } },
  { name: 'TX has no risk-of-harm exception', fields: { ...OWNER, ...at('TX', 3), risk: { us_state_harm: 'unlikely', us_state_no_harm_documented: true } }, expect: { 'tx-residents': { required: 'yes', reason: /no risk-of-harm exception/ } } },
  { name: 'GA harm test unknown: a no-harm finding leaves it unknown', fields: { ...OWNER, ...at('GA', 3), risk: { us_state_harm: 'unlikely' } }, expect: { 'ga-residents': { required: 'unknown', missing: /unknown — check the statute/ } } },
  // ---- encryption ----
  { name: 'DE encrypted with a compromised key: safe harbour lost', fields: { ...OWNER, ...at('DE', 3), encrypted: 'yes', key_compromised: 'yes' }, expect: { 'de-residents': { required: 'yes', reason: /key was compromised/ } } },
  { name: 'AZ encrypted with a compromised key: unknown in the data', fields: { ...OWNER, ...at('AZ', 3), encrypted: 'yes', key_compromised: 'yes' }, expect: { 'az-residents': { required: 'unknown', missing: /compromised key/ } } },
  { name: 'IL encrypted, key safe: no notice', fields: { ...OWNER, ...at('IL', 3), encrypted: 'yes', key_compromised: 'no' }, expect: { 'il-residents': { required: 'no', reason: /safe harbour/ } } },
  // ---- facts left unknown in the data ----
  // 73 P.S. 2303: sources disagree on the resident deadline, so it stays unknown (required, no timestamp).
  { name: 'PA: resident deadline unknown — check the statute', fields: { ...OWNER, ...at('PA', 3), discovered_at: '2026-03-02T09:00:00Z' }, expect: { 'pa-residents': { required: 'yes', deadline: null, text: /unknown — check 73 P\.S\./ } } },
  { name: 'KS: whether a regulator must be told is unknown', fields: { ...OWNER, ...at('KS', 3) }, expect: { 'ks-regulator': { required: 'unknown', missing: /requires notice to a regulator/ } } },
  // Ohio Rev. Code 1349.19 [S]: 45 days after discovery. 2 Mar + 29 = 31 Mar, + 16 = 16 Apr.
  { name: 'OH 45 days after discovery', fields: { ...OWNER, ...at('OH', 3), discovered_at: '2026-03-02T09:00:00Z' }, expect: { 'oh-residents': { required: 'yes', deadline: '2026-04-16T23:59:59Z' } } },
  // Iowa 715C.2 [S]: AG within 5 business days after the resident notice. Sent Wed 1 Jul 2026:
  // Thu 2 = 1, Fri 3 Jul = observed Independence Day (holiday), Mon 6 = 2, Tue 7 = 3, Wed 8 = 4, Thu 9 = 5 (Central time).
  { name: 'IA AG: five business days after the resident notice, across 3 July', zone: 'America/Chicago', fields: { ...OWNER, ...at('IA', 501), notices: { 'ia-residents': { sent_at: '2026-07-01T10:00 America/Chicago' } } }, expect: { 'ia-regulator': { required: 'yes', deadline: '2026-07-09T23:59:59-05:00' } } },
  // La. Admin. Code tit. 16, pt. III, 701 [P]: AG within 10 days of the resident notice: 20 Jun + 10 = 30 Jun.
  { name: 'LA AG within 10 days of the resident notice', fields: { ...OWNER, ...at('LA', 3), notices: { 'la-residents': { sent_at: '2026-06-20T09:00:00Z' } } }, expect: { 'la-regulator': { required: 'yes', deadline: '2026-06-30T23:59:59Z' } } },
  // SDCL 22-40-20 [P]: "exceeds two hundred fifty residents".
  { name: 'SD AG: 250 residents is not more than 250', fields: { ...OWNER, ...at('SD', 250) }, expect: { 'sd-regulator': { required: 'no' } } },
  { name: 'SD AG: 251 residents', fields: { ...OWNER, ...at('SD', 251), discovered_at: '2026-03-02T09:00:00Z' }, expect: { 'sd-regulator': { required: 'yes', deadline: '2026-05-01T23:59:59Z' } } },
  { name: 'SD documented no-harm finding, kept 3 years and told to the AG', fields: { ...OWNER, ...at('SD', 3), risk: { us_state_harm: 'unlikely', us_state_no_harm_documented: true } }, expect: { 'sd-residents': { required: 'no', reason: /kept 3 years, with written notice to the regulator/ } } },
  // RI 11-49.3-4 [P]: 45 days after confirmation (determined_at). 10 Oct + 21 = 31 Oct, + 24 = 24 Nov.
  { name: 'RI 45 days after confirmation', fields: { ...OWNER, ...at('RI', 3), determined_at: '2026-10-10T12:00:00Z' }, expect: { 'ri-residents': { required: 'yes', deadline: '2026-11-24T23:59:59Z' } } },
  { name: 'MA resident notice must not describe the nature of the breach', fields: { ...OWNER, ...at('MA', 3) }, expect: { 'ma-residents': { required: 'yes', note: /Must NOT contain \[S\]: the nature of the breach/ } } },
  { name: 'MA account number alone counts (with or without its code)', fields: { ...OWNER, data_categories: ['names', 'financial_account'], ...at('MA', 3) }, expect: { 'ma-residents': { required: 'yes' } } },
  { name: 'MD: AG notice before the residents', fields: { ...OWNER, ...at('MD', 3) }, expect: { 'md-regulator': { required: 'yes', deadline: null, text: /before notifying residents/ } } },
  // ---- NIS2 Art. 23: three clocks across the spring DST change (Berlin) ----
  // Aware 28 Mar 10:00 CET = 09:00Z. +24 h = 29 Mar 09:00Z = 11:00 CEST (DST from 29 Mar 02:00).
  // +72 h = 31 Mar 09:00Z = 11:00 CEST. Final report: notification sent 30 Mar 16:00 CEST + 1 month = 30 Apr 16:00 CEST.
  {
    name: 'NIS2 early warning, notification and final report across DST',
    zone: 'Europe/Berlin',
    scope: { nis2_sector: 'annex_i', nis2_size: 'large', nis2_member_state: 'DE' },
    fields: { aware_at: '2026-03-28T10:00 Europe/Berlin', nis2: { significant: 'yes' }, notices: { 'nis2-notification': { sent_at: '2026-03-30T16:00:00+02:00' } } },
    expect: {
      'nis2-early-warning': { required: 'yes', deadline: '2026-03-29T11:00:00+02:00', reason: /essential entity/ },
      'nis2-notification': { required: 'yes', deadline: '2026-03-31T11:00:00+02:00' },
      'nis2-final-report': { required: 'yes', deadline: '2026-04-30T16:00:00+02:00' },
    },
  },
  { name: 'NIS2: an important entity (Annex II, medium)', scope: { nis2_sector: 'annex_ii', nis2_size: 'medium' }, fields: { nis2: { significant: 'yes' } }, expect: { 'nis2-early-warning': { required: 'yes', reason: /important entity/ } } },
  { name: 'NIS2: a small entity is out of scope', scope: { nis2_sector: 'annex_i', nis2_size: 'micro_small' }, fields: { nis2: { significant: 'yes' } }, expect: { 'nis2-early-warning': { required: 'no' } } },
  { name: 'NIS2: significance not recorded', scope: { nis2_sector: 'annex_i', nis2_size: 'large' }, fields: {}, expect: { 'nis2-notification': { required: 'unknown', missing: /nis2\.significant/ } } },
  // ---- NYDFS 500.17(a) [P]: 72 hours. 27 Nov 09:00 EST = 14:00Z; + 72 h = 30 Nov 14:00Z = 09:00 EST. ----
  { name: 'NYDFS 72 hours after determination', zone: 'America/New_York', scope: { nydfs_covered_entity: true }, fields: { nydfs: { determined_at: '2026-11-27T09:00 America/New_York' } }, expect: { 'nydfs-superintendent': { required: 'yes', deadline: '2026-11-30T09:00:00-05:00' } } },
  { name: 'NYDFS: not a covered entity', scope: { nydfs_covered_entity: false }, fields: {}, expect: { 'nydfs-superintendent': { required: 'no' } } },
  // ---- SEC Form 8-K Item 1.05: four business days ----
  // Determined Wed 25 Nov; Thu 26 Nov is Thanksgiving (4th Thursday); Fri 27 = 1, Mon 30 = 2, Tue 1 Dec = 3, Wed 2 Dec = 4.
  { name: 'SEC 8-K across Thanksgiving', zone: 'America/New_York', scope: { sec_registrant: true }, fields: { sec: { material: 'yes', determined_at: '2026-11-25T16:00 America/New_York' } }, expect: { 'sec-8k-item-1-05': { required: 'yes', deadline: '2026-12-02T23:59:59-05:00' } } },
  // Juneteenth 19 Jun 2026 is a Friday. Determined Wed 17: Thu 18 = 1, Fri 19 holiday, Mon 22 = 2, Tue 23 = 3, Wed 24 = 4.
  { name: 'SEC 8-K across Juneteenth', zone: 'America/New_York', scope: { sec_registrant: true }, fields: { sec: { material: 'yes', determined_at: '2026-06-17T10:00 America/New_York' } }, expect: { 'sec-8k-item-1-05': { required: 'yes', deadline: '2026-06-24T23:59:59-04:00' } } },
  // 4 Jul 2026 is a Saturday, observed Fri 3 Jul. Determined Thu 2 Jul: Fri 3 holiday, Mon 6 = 1, Tue 7 = 2, Wed 8 = 3, Thu 9 = 4.
  { name: 'SEC 8-K: Independence Day observed on the Friday', zone: 'America/New_York', scope: { sec_registrant: true }, fields: { sec: { material: 'yes', determined_at: '2026-07-02T10:00 America/New_York' } }, expect: { 'sec-8k-item-1-05': { required: 'yes', deadline: '2026-07-09T23:59:59-04:00' } } },
  // Shown in the organisation's zone: 2 Dec 23:59:59 EST = 3 Dec 04:59:59Z.
  { name: 'SEC 8-K deadline shown in a UTC organisation', scope: { sec_registrant: true }, fields: { sec: { material: 'yes', determined_at: '2026-11-25T16:00 America/New_York' } }, expect: { 'sec-8k-item-1-05': { required: 'yes', deadline: '2026-12-03T04:59:59Z' } } },
  { name: 'SEC: determined not material', scope: { sec_registrant: true }, fields: { sec: { material: 'no' } }, expect: { 'sec-8k-item-1-05': { required: 'no' } } },
  // ---- GDPR Art. 3 ----
  { name: 'GDPR with an EU establishment counts people outside the EU (Art. 3(1))', scope: { eu_establishment: true }, fields: { role: { gdpr: 'controller' }, risk: { gdpr: 'risk' }, ...at('CA', 10) }, expect: { 'gdpr-authority': { required: 'yes', reason: /Art\. 3\(1\)/ } } },
  { name: 'GDPR without an EU establishment counts only people in the EU (Art. 3(2))', scope: { eu_establishment: false }, fields: { role: { gdpr: 'controller' }, risk: { gdpr: 'risk' }, ...at('CA', 10) }, expect: { 'gdpr-authority': { required: 'no' } } },
  // ---- a breach across 10 states at once: discovered and determined 2 Mar 2026 (UTC) ----
  // AL/AZ 45 det: 2 Mar + 45 = 16 Apr. VT 45 disc: 16 Apr. CT 60 disc, DE/TX 60 det: 2 Mar + 31 = 2 Apr, + 29 = 1 May.
  // WA 30 disc, CO 30 det: 2 Mar + 30 = 1 Apr. PR DACO 10 disc: 12 Mar. GA: most expedient (none).
  {
    name: 'A breach across 10 states at once',
    fields: {
      ...OWNER,
      discovered_at: '2026-03-02T12:00:00Z',
      determined_at: '2026-03-02T12:00:00Z',
      affected: { AL: { count: 1200 }, AZ: { count: 20 }, CT: { count: 30 }, DE: { count: 600 }, TX: { count: 260 }, VT: { count: 5 }, WA: { count: 501 }, CO: { count: 499 }, PR: { count: 7 }, GA: { count: 11000 } },
    },
    expect: {
      'al-residents': { required: 'yes', deadline: '2026-04-16T23:59:59Z' },
      'al-regulator': { required: 'yes', deadline: '2026-04-16T23:59:59Z' },
      'az-residents': { required: 'yes', deadline: '2026-04-16T23:59:59Z' },
      'az-regulator': { required: 'no' },
      'vt-residents': { required: 'yes', deadline: '2026-04-16T23:59:59Z' },
      'ct-residents': { required: 'yes', deadline: '2026-05-01T23:59:59Z' },
      'de-residents': { required: 'yes', deadline: '2026-05-01T23:59:59Z' },
      'de-regulator': { required: 'yes' },
      'tx-residents': { required: 'yes', deadline: '2026-05-01T23:59:59Z' },
      'tx-regulator': { required: 'yes', deadline: '2026-04-01T23:59:59Z' },
      'wa-residents': { required: 'yes', deadline: '2026-04-01T23:59:59Z' },
      'wa-regulator': { required: 'yes', deadline: '2026-04-01T23:59:59Z' },
      'co-residents': { required: 'yes', deadline: '2026-04-01T23:59:59Z' },
      'co-regulator': { required: 'no' },
      'pr-regulator': { required: 'yes', deadline: '2026-03-12T23:59:59Z' },
      'ga-residents': { required: 'yes', deadline: null },
      'ga-credit-bureaus': { required: 'yes' },
    },
  },
];

const byId = (notices: NoticeAssessment[], id: string): NoticeAssessment => {
  const n = notices.find((x) => x.id === id);
  if (!n) throw new Error(`no notice ${id} (have ${notices.map((x) => x.id).join(', ')})`);
  return n;
};

describe('US jurisdictions, NIS2, NYDFS and SEC: hand-worked scenarios', () => {
  test('there are at least 60 scenarios', () => expect(S.length).toBeGreaterThanOrEqual(60));
  test.each(S.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const result = assessIncident(incident(s.fields), wb(s.zone, s.scope), new Date('2026-01-01T00:00:00Z'));
    for (const [id, want] of Object.entries(s.expect)) {
      const got = byId(result.notices, id);
      expect({ id, required: got.required, why: [...got.reasons, ...got.missing] }).toMatchObject({ id, required: want.required });
      if (want.deadline !== undefined) expect({ id, deadline: got.deadline }).toEqual({ id, deadline: want.deadline });
      if (want.reason) expect(got.reasons.join('; ')).toMatch(want.reason);
      if (want.missing) expect(got.missing.join('; ')).toMatch(want.missing);
      if (want.note) expect(got.notes.join('; ')).toMatch(want.note);
      if (want.text) expect(got.deadline_text).toMatch(want.text);
    }
  });
});
