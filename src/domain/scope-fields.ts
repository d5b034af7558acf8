import { CCPA_REVENUE_THRESHOLD, formatUsd } from './thresholds.js';

/**
 * The scope questions that decide which checklists and items apply. `when:` conditions in
 * checklists may only name these fields (plus the derived `frameworks`), and may only use
 * the values listed here: an unknown field or value is a validation error.
 */
export type ScopeFieldKind = 'boolean' | 'enum' | 'list' | 'number';

export interface ScopeField {
  kind: ScopeFieldKind;
  /** Allowed values for enum and list fields. */
  values?: readonly string[];
  /** The question `secbook init` asks. */
  question: string;
  /** True for fields computed from others (not stored in the workbook). */
  derived?: boolean;
}

export const FRAMEWORKS = ['gdpr', 'uk_gdpr', 'ccpa', 'hipaa'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const LANGUAGES = ['node', 'python', 'php', 'ruby', 'java', 'go', 'dotnet', 'other'] as const;
export const LIBRARIES = [
  'nodemailer',
  'phpmailer',
  'swiftmailer',
  'symfony_mailer',
  'django_email',
  'flask_mail',
  'smtplib',
  'actionmailer',
  'javamail',
  'other',
] as const;
export const PROVIDERS = [
  'ses',
  'sendgrid',
  'postmark',
  'mailgun',
  'sparkpost',
  'mailchimp',
  'resend',
  'google_workspace',
  'microsoft_365',
  'self_hosted',
  'other',
] as const;

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
  'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM',
  'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY', 'PR', 'GU', 'VI',
] as const;

/** EU/EEA member states (ISO 3166 codes; EL is Greece as the EU writes it). */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'EL', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/** NIS2 Art. 3 and Annexes I/II [S]: the sector list decides essential vs important with the size. */
export const NIS2_SECTORS = ['annex_i', 'annex_ii', 'none'] as const;
/** Size against Recommendation 2003/361/EC: medium = at least 50 staff or over EUR 10 m; large = beyond the medium ceilings. */
export const NIS2_SIZES = ['micro_small', 'medium', 'large'] as const;

export const SCOPE_FIELDS = {
  frameworks: {
    kind: 'list',
    values: FRAMEWORKS,
    derived: true,
    question: 'Frameworks in scope (derived from the answers below and any forced on/off)',
  },
  // NOTE: the field names predate the wording; what they ask is the GDPR Art. 3 test
  // (establishment there, or offering goods/services to people there or monitoring them there),
  // not merely "holding data of people there".
  eu_personal_data: {
    kind: 'boolean',
    question: 'Does the GDPR reach you (GDPR Art. 3): an establishment in the EU/EEA, or offering goods or services to, or monitoring the behaviour of, people in the EU/EEA?',
  },
  eu_establishment: {
    kind: 'boolean',
    question: 'Do you have an establishment (office, branch, staff) in the EU/EEA? (Without one: no lead authority, an Art. 27 representative, and breach notice to each country\'s authority.)',
  },
  uk_personal_data: {
    kind: 'boolean',
    question: 'Does the UK GDPR reach you (UK GDPR Art. 3): an establishment in the UK, or offering goods or services to, or monitoring the behaviour of, people in the UK?',
  },
  uk_establishment: { kind: 'boolean', question: 'Do you have an establishment (office, branch, staff) in the UK?' },
  gdpr_role: {
    kind: 'enum',
    values: ['controller', 'processor', 'both'],
    question: 'Under GDPR, are you a controller, a processor, or both?',
  },
  california_consumers: {
    kind: 'boolean',
    question: 'Are you a for-profit organisation that does business in California and decides the purposes and means of processing the personal information of California residents?',
  },
  ccpa_service_provider: {
    kind: 'boolean',
    question: 'Do you process California residents\' personal information on behalf of another business (as its service provider or contractor)?',
  },
  ccpa_revenue_over_threshold: {
    kind: 'boolean',
    question: `Was your annual gross revenue above ${formatUsd(CCPA_REVENUE_THRESHOLD)} in the preceding calendar year (CCPA threshold for ${CCPA_REVENUE_THRESHOLD.period})?`,
  },
  ccpa_100k_consumers: {
    kind: 'boolean',
    question: 'Do you buy, sell or share personal information of 100,000 or more consumers or households a year?',
  },
  ccpa_half_revenue_from_selling: {
    kind: 'boolean',
    question: 'Do you earn 50 % or more of annual revenue from selling or sharing personal information?',
  },
  phi: { kind: 'boolean', question: 'Do you create, receive, keep or send protected health information (PHI)?' },
  hipaa_role: {
    kind: 'enum',
    values: ['covered_entity', 'business_associate', 'both', 'none'],
    question: 'Under HIPAA, are you a covered entity, a business associate, both, or neither?',
  },
  us_states: { kind: 'list', values: US_STATES, question: 'US states where the people whose data you hold live' },
  us_state_role: {
    kind: 'enum',
    values: ['owner', 'maintainer'],
    question: 'Under US state breach laws, do you own or license the personal data, or only maintain it for another business? (incidents inherit this)',
  },
  nis2_sector: {
    kind: 'enum',
    values: NIS2_SECTORS,
    question: 'NIS2: is your main activity in an Annex I sector (energy, transport, banking, health, digital infrastructure, ICT service management…), Annex II (postal, waste, chemicals, food, manufacturing, digital providers, research…) or neither?',
  },
  nis2_size: { kind: 'enum', values: NIS2_SIZES, question: 'NIS2 size: micro/small (under 50 staff and at most EUR 10 m), medium, or large (beyond the medium-enterprise ceilings)?' },
  nis2_member_state: { kind: 'enum', values: EU_MEMBER_STATES, question: 'NIS2: the EU member state whose CSIRT or competent authority you report to (where you are established)' },
  sec_registrant: { kind: 'boolean', question: 'Are you an SEC registrant that files Form 8-K (US public company)?' },
  nydfs_covered_entity: { kind: 'boolean', question: 'Are you a covered entity under 23 NYCRR Part 500 (licensed or registered by the New York Department of Financial Services)?' },
  us_residents: {
    kind: 'boolean',
    derived: true,
    question: 'You hold data of US residents (derived: true when any US state is listed)',
  },
  languages: { kind: 'list', values: LANGUAGES, question: 'Languages your email-sending code is written in' },
  libraries: { kind: 'list', values: LIBRARIES, question: 'Email libraries and frameworks you use' },
  providers: { kind: 'list', values: PROVIDERS, question: 'Email service providers you send through' },
  sends_marketing: { kind: 'boolean', question: 'Do you send marketing or newsletter email (not only transactional)?' },
  bulk_volume: { kind: 'boolean', question: 'Do you send 5,000 or more messages a day to personal Gmail or Outlook.com addresses (the mailbox providers\' bulk-sender threshold)?' },
  mobile_apps: { kind: 'boolean', question: 'Do you ship mobile apps that call your email or API endpoints?' },
  accepts_attachments: { kind: 'boolean', question: 'Do users upload attachments or files that end up in email?' },
  employees: { kind: 'number', question: 'How many people work in the organisation (approximately)?' },
} as const satisfies Record<string, ScopeField>;

export type ScopeFieldName = keyof typeof SCOPE_FIELDS;

/** How a scope value reads in prompts and summaries; values without an entry read as themselves. */
const VALUE_LABELS: Partial<Record<ScopeFieldName, Record<string, string>>> = {
  gdpr_role: { controller: 'controller', processor: 'processor', both: 'both controller and processor' },
  hipaa_role: { covered_entity: 'covered entity', business_associate: 'business associate', both: 'both covered entity and business associate', none: 'neither' },
  us_state_role: { owner: 'owner or licensee of the data', maintainer: 'maintains it for another business' },
  nis2_sector: { annex_i: 'Annex I sector', annex_ii: 'Annex II sector', none: 'neither' },
  nis2_size: { micro_small: 'micro or small', medium: 'medium', large: 'large' },
  languages: { node: 'Node.js', python: 'Python', php: 'PHP', ruby: 'Ruby', java: 'Java', go: 'Go', dotnet: '.NET', other: 'other' },
  libraries: {
    nodemailer: 'Nodemailer',
    phpmailer: 'PHPMailer',
    swiftmailer: 'SwiftMailer',
    symfony_mailer: 'Symfony Mailer',
    django_email: 'Django email',
    flask_mail: 'Flask-Mail',
    smtplib: 'Python smtplib',
    actionmailer: 'Action Mailer (Rails)',
    javamail: 'JavaMail / Jakarta Mail',
    other: 'other',
  },
  providers: {
    ses: 'Amazon SES',
    sendgrid: 'Twilio SendGrid',
    postmark: 'Postmark',
    mailgun: 'Mailgun',
    sparkpost: 'SparkPost',
    mailchimp: 'Mailchimp Transactional',
    resend: 'Resend',
    google_workspace: 'Google Workspace',
    microsoft_365: 'Microsoft 365',
    self_hosted: 'self-hosted mail server',
    other: 'other',
  },
};

export function scopeValueLabel(field: ScopeFieldName, value: string): string {
  return VALUE_LABELS[field]?.[value] ?? value;
}

export function isScopeField(name: string): name is ScopeFieldName {
  return Object.hasOwn(SCOPE_FIELDS, name);
}
