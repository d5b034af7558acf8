/**
 * What each notice must contain, as data: for every template, the elements its law lists,
 * each with the section that asks for it, the grade of our source ([P] statute text,
 * [S] secondary), the date it was read, the recorded fact that fills it and the command or
 * field to record that fact. Templates print elements with `{{element "id"}}`; `--final`
 * refuses while an element that applies has no value. Pure.
 */
/** The values a notice may state; `undefined` = not recorded (printed as a mark). */
export interface NoticeFacts {
  org_name?: string;
  org_address?: string;
  org_toll_free?: string;
  org_phone?: string;
  org_email?: string;
  org_website?: string;
  contact_name?: string;
  contact_email?: string;
  contact_phone?: string;
  authority_name?: string;
  recipient_name?: string;
  what_happened?: string;
  breach_date?: string;
  discovery_date?: string;
  aware_at?: string;
  notice_date: string;
  categories?: string[];
  data_subject_categories?: string[];
  people?: string;
  records?: string;
  encryption?: string;
  consequences?: string;
  measures?: string;
  planned_measures?: string;
  individual_steps?: string;
  law_enforcement?: string;
  law_enforcement_investigating?: string;
  residents_notified?: string;
  residents_notice_date?: string;
  individual_notice_date?: string;
  notice_method?: string;
  agency_contacts?: string;
  identity_theft?: string;
  breach_type?: string;
  business_associate?: string;
  breach_location?: string;
  safeguards?: string;
  individuals_list?: string;
  previous_notice?: string;
  delay_reasons?: string;
  substitute_notice?: string;
  media_notice?: string;
  /** Conditions (not printed). */
  id_numbers: boolean;
  org_was_source: boolean | undefined;
  late: boolean;
  follow_up: boolean;
  substitute_needed: boolean;
  state: string;
}

export type ElementKind = 'text' | 'paras' | 'list' | 'lines';

export interface ElementSpec {
  id: string;
  /** What the `[[TO FILL: …]]` mark says. */
  label: string;
  /** The section that asks for it. */
  cite: string;
  grade: '[P]' | '[S]';
  /** When our source was read (YYYY-MM-DD). */
  read: string;
  /** The incident field or workbook setting that fills it, or the command to record it. */
  fill: string;
  kind: ElementKind;
  value(f: NoticeFacts): string | string[] | undefined;
  /** The element applies only when this holds (e.g. credit bureaus when SSNs leaked). */
  when?(f: NoticeFacts): boolean;
}

/**
 * The three nationwide credit bureaus' security-freeze contacts, as published by the
 * Massachusetts Office of Consumer Affairs (mass.gov, "Request a credit report security
 * freeze", read 2026-12-02) [S]; the phone numbers agree with Oregon DFR's page for Experian.
 */
export const CREDIT_BUREAUS: readonly string[] = [
  'Equifax Security Freeze, P.O. Box 105788, Atlanta, GA 30348 — (800) 349-9960',
  'Experian Security Freeze, P.O. Box 9554, Allen, TX 75013 — (888) 397-3742',
  'TransUnion Security Freeze, P.O. Box 2000, Chester, PA 19016 — (888) 909-8872',
];
export const CREDIT_BUREAUS_SOURCE = 'https://www.mass.gov/how-to/request-a-credit-report-security-freeze [S] read 2026-12-02';

const T = '2026-12-02';
const RULES_READ = '2026-11-29';

const e = (id: string, label: string, cite: string, grade: '[P]' | '[S]', read: string, fill: string, value: (f: NoticeFacts) => string | string[] | undefined, kind: ElementKind = 'text', when?: (f: NoticeFacts) => boolean): ElementSpec => ({
  id, label, cite, grade, read, fill, kind, value, ...(when ? { when } : {}),
});

// Shared elements (the citation is filled per notice family below).
const whatHappened = (cite: string, grade: '[P]' | '[S]', read: string) =>
  e('what_happened', 'public description of what happened', cite, grade, read, 'what_happened (secbook incident edit <id> --what-happened "…")', (f) => f.what_happened, 'paras');
const categories = (cite: string, grade: '[P]' | '[S]', read: string) =>
  e('categories', 'types of information involved', cite, grade, read, 'data_categories (secbook incident edit <id> --categories …)', (f) => f.categories, 'list');
const breachDate = (cite: string, grade: '[P]' | '[S]', read: string) =>
  e('breach_date', 'date or date range of the breach', cite, grade, read, 'occurred_at / occurred_until (secbook incident edit <id> --occurred …)', (f) => f.breach_date);
const discoveryDate = (cite: string, grade: '[P]' | '[S]', read: string) =>
  e('discovery_date', 'date of discovery', cite, grade, read, 'discovered_at (secbook incident edit <id> --discovered …)', (f) => f.discovery_date);
const measures = (cite: string, grade: '[P]' | '[S]', read: string, label = 'what we are doing about it') =>
  e('measures', label, cite, grade, read, 'measures (secbook incident edit <id> --measures "…")', (f) => f.measures, 'paras');
const steps = (cite: string, grade: '[P]' | '[S]', read: string) =>
  e('individual_steps', 'steps people can take to protect themselves', cite, grade, read, 'individual_steps (secbook incident edit <id> --steps "…")', (f) => f.individual_steps, 'paras');
const orgName = (cite: string, grade: '[P]' | '[S]', read: string) =>
  e('org_name', 'organisation name', cite, grade, read, 'organisation.legal_name in the workbook', (f) => f.org_name);
const contactName = (cite: string, grade: '[P]' | '[S]', read: string) =>
  e('contact_name', 'name of the DPO or contact point', cite, grade, read, 'organisation.dpo / privacy_contact in the workbook', (f) => f.contact_name);
const contactEmail = (cite: string, grade: '[P]' | '[S]', read: string) =>
  e('contact_email', 'contact email', cite, grade, read, 'organisation.dpo.email / privacy_contact.email in the workbook', (f) => f.contact_email);
const consequences = (cite: string, grade: '[P]' | '[S]', read: string) =>
  e('consequences', 'likely consequences for the people affected', cite, grade, read, 'consequences (secbook incident edit <id> --consequences "…")', (f) => f.consequences, 'paras');
const lawEnforcement = (cite: string, grade: '[P]' | '[S]', read: string) =>
  e('law_enforcement', 'whether law enforcement delayed this notice', cite, grade, read, 'law_enforcement_delay_requested: no, or law_enforcement_delay (secbook incident edit <id> --law-enforcement-delay no)', (f) => f.law_enforcement);

const CA = 'Cal. Civ. Code 1798.82(d)';
const HIPAA = '45 CFR 164.404(c)(1)';
const GDPR33 = 'GDPR Art. 33(3)';
const TX = 'Tex. Bus. & Com. Code 521.053(i)';
const NY7 = 'N.Y. Gen. Bus. Law 899-aa(7)';
const NY8 = 'N.Y. Gen. Bus. Law 899-aa(8)(a)';
const HHS = 'HHS breach portal (45 CFR 164.408)';

const CA_ELEMENTS: ElementSpec[] = [
  orgName(`${CA}(2)`, '[S]', RULES_READ),
  whatHappened(`${CA}(2)`, '[S]', RULES_READ),
  breachDate(`${CA}(2)`, '[S]', RULES_READ),
  lawEnforcement(`${CA}(2)`, '[S]', RULES_READ),
  categories(`${CA}(2)`, '[S]', RULES_READ),
  measures(`${CA}(1)`, '[S]', RULES_READ),
  e('identity_theft', 'identity theft prevention service offered (provider, at least 12 months, how to enrol)', `${CA}(2)(G)`, '[S]', RULES_READ, 'identity_theft_service: provider, months, how_to_enrol (in the incident file)', (f) => f.identity_theft, 'text', (f) => f.id_numbers && f.org_was_source !== false),
  steps(`${CA}(1)`, '[S]', RULES_READ),
  e('credit_bureaus', 'credit bureau contacts', `${CA}(2)(F)`, '[S]', T, `built in: ${CREDIT_BUREAUS_SOURCE}`, () => [...CREDIT_BUREAUS], 'lines', (f) => f.id_numbers),
  e('org_toll_free', 'toll-free telephone number', `${CA}(2)`, '[S]', RULES_READ, 'organisation.toll_free_phone in the workbook', (f) => f.org_toll_free),
  e('org_address', 'postal address', `${CA}(2)`, '[S]', RULES_READ, 'organisation.address in the workbook', (f) => f.org_address),
  e('org_email', 'contact email address', `${CA}(2)`, '[S]', RULES_READ, 'organisation.email in the workbook', (f) => f.org_email),
];

const STATE_ELEMENTS: ElementSpec[] = [
  orgName('state statute', '[S]', RULES_READ),
  whatHappened('state statute', '[S]', RULES_READ),
  breachDate('state statute', '[S]', RULES_READ),
  categories(`state statute; ${NY7} (the categories of information)`, '[S]', T),
  measures('state statute', '[S]', RULES_READ),
  steps('state statute', '[S]', RULES_READ),
  e('agency_contacts', 'telephone numbers and websites of the state and federal agencies on breach response and identity theft', NY7, '[S]', T, 'agency_contacts (in the incident file; check each number)', (f) => f.agency_contacts, 'paras', (f) => f.state === 'NY'),
  e('org_toll_free', 'toll-free telephone number', 'state statute', '[S]', RULES_READ, 'organisation.toll_free_phone in the workbook', (f) => f.org_toll_free),
  e('org_address', 'postal address', 'state statute', '[S]', RULES_READ, 'organisation.address in the workbook', (f) => f.org_address),
  e('org_email', 'contact email address', `${NY7} (contact information)`, '[S]', T, 'organisation.email in the workbook', (f) => f.org_email),
];

const HIPAA_ELEMENTS: ElementSpec[] = [
  orgName('45 CFR 164.404(c)(1)(E) (who to contact)', '[P]', RULES_READ),
  whatHappened(`${HIPAA}(A)`, '[P]', RULES_READ),
  breachDate(`${HIPAA}(A)`, '[P]', RULES_READ),
  discoveryDate(`${HIPAA}(A)`, '[P]', RULES_READ),
  categories(`${HIPAA}(B)`, '[P]', RULES_READ),
  steps(`${HIPAA}(C)`, '[P]', RULES_READ),
  measures(`${HIPAA}(D)`, '[P]', RULES_READ, 'what we are doing to investigate, mitigate harm and protect against further breaches'),
  e('org_toll_free', 'toll-free telephone number', `${HIPAA}(E)`, '[P]', RULES_READ, 'organisation.toll_free_phone in the workbook', (f) => f.org_toll_free),
  e('org_email', 'email address, website or postal address', `${HIPAA}(E)`, '[P]', RULES_READ, 'organisation.email in the workbook', (f) => f.org_email ?? f.org_website ?? f.org_address),
];

const MEDIA_ELEMENTS: ElementSpec[] = [
  e('people', 'number of residents of this state affected', '45 CFR 164.406(a)', '[P]', RULES_READ, 'affected.<state>.count (secbook incident edit <id> --affected …)', (f) => f.people),
  ...HIPAA_ELEMENTS,
];

const SUBSTITUTE_ELEMENTS: ElementSpec[] = HIPAA_ELEMENTS.map((x) => ({ ...x, cite: `45 CFR 164.404(d)(2)(ii); ${x.cite}` }));

const GDPR_AUTHORITY: ElementSpec[] = [
  e('authority_name', 'name of the supervisory authority', 'GDPR Art. 33(1), 55–56', '[P]', RULES_READ, 'secbook answer ir.external.supervisory-authority --value "[{name: …, email: …}]"', (f) => f.authority_name),
  orgName(GDPR33, '[P]', RULES_READ),
  e('aware_at', 'time of awareness', 'GDPR Art. 33(1)', '[P]', RULES_READ, 'aware_at (secbook incident edit <id> --aware …)', (f) => f.aware_at),
  whatHappened(`${GDPR33}(a)`, '[P]', RULES_READ),
  categories(`${GDPR33}(a)`, '[P]', RULES_READ),
  e('data_subject_categories', 'categories of data subjects concerned', `${GDPR33}(a)`, '[P]', RULES_READ, 'data_subject_categories (secbook incident edit <id> --subjects customers,employees)', (f) => f.data_subject_categories, 'list'),
  e('people', 'approximate number of data subjects concerned', `${GDPR33}(a)`, '[P]', RULES_READ, 'affected.EU / affected.UK (secbook incident edit <id> --affected EU=…)', (f) => f.people),
  e('records', 'approximate number of personal data records concerned', `${GDPR33}(a)`, '[P]', RULES_READ, 'records.count (in the incident file)', (f) => f.records),
  contactName(`${GDPR33}(b)`, '[P]', RULES_READ),
  contactEmail(`${GDPR33}(b)`, '[P]', RULES_READ),
  consequences(`${GDPR33}(c)`, '[P]', RULES_READ),
  measures(`${GDPR33}(d)`, '[P]', RULES_READ, 'measures taken or proposed, including to mitigate possible adverse effects'),
  e('delay_reasons', 'reasons for the delay', 'GDPR Art. 33(1)', '[P]', RULES_READ, 'notices.<notice>.note (the reasons, in the incident file)', (f) => f.delay_reasons, 'paras', (f) => f.late),
  e('previous_notice', 'date of the initial notification', 'GDPR Art. 33(4)', '[P]', RULES_READ, 'secbook incident log <id> … --notice <notice> --sent', (f) => f.previous_notice, 'text', (f) => f.follow_up),
];

const GDPR_SUBJECTS: ElementSpec[] = [
  orgName('GDPR Art. 34(2)', '[P]', RULES_READ),
  whatHappened('GDPR Art. 34(2) (nature of the breach)', '[P]', RULES_READ),
  categories('GDPR Art. 34(2) (nature of the breach)', '[P]', RULES_READ),
  contactName('GDPR Art. 34(2), 33(3)(b)', '[P]', RULES_READ),
  contactEmail('GDPR Art. 34(2), 33(3)(b)', '[P]', RULES_READ),
  consequences('GDPR Art. 34(2), 33(3)(c)', '[P]', RULES_READ),
  measures('GDPR Art. 34(2), 33(3)(d)', '[P]', RULES_READ, 'measures taken or proposed, including to mitigate possible adverse effects'),
  steps('GDPR Art. 34(2) with recital 86 (recommendations to mitigate)', '[S]', RULES_READ),
];

const CONTROLLER: ElementSpec[] = [
  e('recipient_name', 'name of the controller or data owner', 'GDPR Art. 33(2); Cal. Civ. Code 1798.82(b)', '[P]', RULES_READ, 'controller.name / data_owner.name (in the incident file)', (f) => f.recipient_name),
  orgName('GDPR Art. 33(2)', '[P]', RULES_READ),
  whatHappened('GDPR Art. 33(2) (to let the controller meet 33(3))', '[S]', RULES_READ),
  breachDate('GDPR Art. 33(3)(a)', '[S]', RULES_READ),
  e('aware_at', 'time we became aware', 'GDPR Art. 33(2)', '[P]', RULES_READ, 'aware_at (secbook incident edit <id> --aware …)', (f) => f.aware_at),
  categories(`${GDPR33}(a)`, '[S]', RULES_READ),
  e('data_subject_categories', 'categories of data subjects concerned', `${GDPR33}(a)`, '[S]', RULES_READ, 'data_subject_categories (secbook incident edit <id> --subjects …)', (f) => f.data_subject_categories, 'list'),
  e('people', 'approximate number of people concerned', `${GDPR33}(a)`, '[S]', RULES_READ, 'affected (secbook incident edit <id> --affected …)', (f) => f.people),
  consequences(`${GDPR33}(c)`, '[S]', RULES_READ),
  measures(`${GDPR33}(d)`, '[S]', RULES_READ, 'measures taken or proposed'),
  contactName(`${GDPR33}(b)`, '[S]', RULES_READ),
  contactEmail(`${GDPR33}(b)`, '[S]', RULES_READ),
];

const COVERED_ENTITY: ElementSpec[] = [
  e('recipient_name', 'covered entity name', '45 CFR 164.410(a)', '[P]', RULES_READ, 'covered_entity.name (in the incident file)', (f) => f.recipient_name),
  orgName('45 CFR 164.410(a)', '[P]', RULES_READ),
  e('individuals_list', 'how the identity of each individual affected is delivered', '45 CFR 164.410(c)(1)', '[P]', RULES_READ, 'notices.hipaa-covered-entity.note (in the incident file)', (f) => f.individuals_list),
  e('people', 'number of individuals', '45 CFR 164.410(c)(1)', '[P]', RULES_READ, 'affected (secbook incident edit <id> --affected …)', (f) => f.people),
  ...HIPAA_ELEMENTS.filter((x) => !['org_toll_free', 'org_email', 'org_name'].includes(x.id)),
  contactName('45 CFR 164.410(c)(2)', '[P]', RULES_READ),
  contactEmail('45 CFR 164.410(c)(2)', '[P]', RULES_READ),
];

const HHS_ELEMENTS: ElementSpec[] = [
  orgName(HHS, '[S]', T),
  e('org_address', 'covered entity address', HHS, '[S]', T, 'organisation.address in the workbook', (f) => f.org_address),
  contactName(HHS, '[S]', T),
  contactEmail(HHS, '[S]', T),
  e('contact_phone', 'contact phone', HHS, '[S]', T, 'organisation.dpo.phone / privacy_contact.phone in the workbook', (f) => f.contact_phone),
  e('business_associate', 'business associate at or by which the breach occurred (or none)', HHS, '[S]', T, 'business_associate: { name, email, address } or none (in the incident file)', (f) => f.business_associate),
  breachDate(HHS, '[S]', T),
  discoveryDate(HHS, '[S]', T),
  e('people', 'approximate number of individuals affected', HHS, '[S]', T, 'affected (secbook incident edit <id> --affected …)', (f) => f.people),
  e('breach_type', 'type of breach', HHS, '[S]', T, 'breach_type (secbook incident edit <id> --breach-type hacking_it_incident)', (f) => f.breach_type),
  e('breach_location', 'location of the breached information', HHS, '[S]', T, 'breach_location (secbook incident edit <id> --breach-location "Email")', (f) => f.breach_location),
  categories(HHS, '[S]', T),
  whatHappened(HHS, '[S]', T),
  e('safeguards', 'safeguards in place before the breach', HHS, '[S]', T, 'safeguards (secbook incident edit <id> --safeguards "…")', (f) => f.safeguards, 'paras'),
  e('individual_notice_date', 'date individual notices were sent', HHS, '[S]', T, 'secbook incident log <id> … --notice hipaa-individuals --sent', (f) => f.individual_notice_date),
  e('substitute_notice', 'whether substitute notice was required', HHS, '[S]', T, 'contact_out_of_date (in the incident file)', (f) => f.substitute_notice),
  e('media_notice', 'whether media notice was required', HHS, '[S]', T, 'affected per state (secbook incident edit <id> --affected …)', (f) => f.media_notice),
  measures(HHS, '[S]', T, 'actions taken in response'),
];

const REGULATOR: ElementSpec[] = [
  orgName('state statute', '[S]', RULES_READ),
  e('people', 'number of residents affected', `state statute; ${TX}(2); ${NY8} (approximate number)`, '[P]', T, 'affected.<state>.count (secbook incident edit <id> --affected …)', (f) => f.people),
  whatHappened(`state statute; ${TX}(1)`, '[P]', T),
  breachDate('state statute', '[S]', RULES_READ),
  categories('state statute', '[S]', RULES_READ),
  measures(`${TX}(4)`, '[P]', T, 'measures taken regarding the breach'),
  e('residents_notified', 'number of residents sent a notice directly so far', `${TX}(3)`, '[P]', T, 'residents_notified.TX (in the incident file)', (f) => f.residents_notified, 'text', (f) => f.state === 'TX'),
  e('planned_measures', 'measures planned after this notice', `${TX}(5)`, '[P]', T, 'planned_measures (secbook incident edit <id> --planned-measures "…")', (f) => f.planned_measures, 'paras', (f) => f.state === 'TX'),
  e('law_enforcement_investigating', 'whether law enforcement is investigating', `${TX}(6)`, '[P]', T, 'law_enforcement_investigating (secbook incident edit <id> --law-enforcement-investigating yes|no)', (f) => f.law_enforcement_investigating, 'text', (f) => f.state === 'TX'),
  e('residents_notice_date', 'date residents were or will be notified (timing)', `${NY8}; Cal. Civ. Code 1798.82(f)`, '[S]', T, 'secbook incident log <id> … --notice <state>-residents --sent', (f) => f.residents_notice_date),
  e('notice_method', 'how the resident notices are distributed', NY8, '[S]', T, 'notice_method (secbook incident edit <id> --notice-method "first-class mail")', (f) => f.notice_method, 'text', (f) => f.state === 'NY'),
];

/** Required elements per template (by template name). */
export const NOTICE_ELEMENTS: Record<string, ElementSpec[]> = {
  'ca-residents': CA_ELEMENTS,
  'state-residents': STATE_ELEMENTS,
  'hipaa-individuals': HIPAA_ELEMENTS,
  'hipaa-media': MEDIA_ELEMENTS,
  'hipaa-substitute-web': SUBSTITUTE_ELEMENTS,
  'hipaa-substitute-media': SUBSTITUTE_ELEMENTS,
  'gdpr-authority': GDPR_AUTHORITY,
  'gdpr-data-subjects': GDPR_SUBJECTS,
  controller: CONTROLLER,
  'covered-entity': COVERED_ENTITY,
  hhs: HHS_ELEMENTS,
  regulator: REGULATOR,
};

export interface ResolvedElement {
  id: string;
  label: string;
  cite: string;
  grade: string;
  read: string;
  fill: string;
  kind: ElementKind;
  /** The value as recorded, or null when it is missing. */
  value: string | string[] | null;
}

const present = (v: string | string[] | undefined): v is string | string[] => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

/** The elements of `template` that apply to these facts, with their values. */
export function resolveElements(template: string, f: NoticeFacts): Record<string, ResolvedElement> {
  const out: Record<string, ResolvedElement> = {};
  for (const spec of NOTICE_ELEMENTS[template] ?? []) {
    if (spec.when && !spec.when(f)) continue;
    const v = spec.value(f);
    out[spec.id] = { id: spec.id, label: spec.label, cite: spec.cite, grade: spec.grade, read: spec.read, fill: spec.fill, kind: spec.kind, value: present(v) ? v : null };
  }
  return out;
}
