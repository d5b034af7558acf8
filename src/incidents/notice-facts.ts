/**
 * The facts a notice may state, as recorded — nothing else. Pure. Every value is either
 * text derived word for word from the incident or workbook, or `undefined` (the template
 * then prints a `[[TO FILL: …]]` mark). Counts follow the assessment's territorial
 * decision: a GDPR notice counts the residents of its jurisdiction (EU or UK), a state
 * notice that state's residents, HIPAA everyone (as the HIPAA rules count).
 */
import type { Workbook } from '../domain/workbook-schema.js';
import type { NoticeAssessment } from './assess.js';
import { residents, totalAffected, type Facts } from './facts.js';
import type { DataCategory, Incident, Jurisdiction } from './incident-schema.js';

/** Category names as recorded: no detail is added that the team did not record. */
export const CATEGORY_WORDS: Record<DataCategory, string> = {
  names: 'names',
  contact_details: 'contact details',
  email_addresses: 'email addresses',
  date_of_birth: 'dates of birth',
  ssn: 'Social Security numbers',
  drivers_licence: "driver's licence numbers",
  state_id: 'state identification card numbers',
  passport: 'passport numbers',
  financial_account: 'financial account numbers',
  payment_card: 'payment card numbers',
  account_access_code: 'security codes, PINs or passwords for financial accounts',
  credentials: 'login credentials',
  taxpayer_id: 'taxpayer identification numbers',
  health: 'health information',
  health_insurance: 'health insurance information',
  biometric: 'biometric data',
  location: 'location data',
  other: 'other personal data',
};

export const BREACH_TYPE_WORDS: Record<NonNullable<Incident['breach_type']>, string> = {
  hacking_it_incident: 'Hacking/IT incident',
  unauthorized_access_disclosure: 'Unauthorized access/disclosure',
  theft: 'Theft',
  loss: 'Loss',
  improper_disposal: 'Improper disposal',
  other: 'Other',
};

export const fmtCount = (n: number, estimate?: boolean): string => `${estimate ? 'approximately ' : ''}${n.toLocaleString('en-US')}`;

/** The people a notice is about, counted as the assessment counts them for its rule. */
export function noticePopulation(notice: Pick<NoticeAssessment, 'jurisdiction' | 'regulation'>, facts: Facts): { count: number | 'unknown'; estimate: boolean } {
  if (notice.jurisdiction === 'US') return totalAffected(facts);
  return residents(facts, notice.jurisdiction as Jurisdiction);
}

/** The supervisory authority recorded in the workbook (ir.external.supervisory-authority). */
export function workbookAuthority(workbook: Workbook | undefined): { name?: string; email?: string; phone?: string } | undefined {
  const value = workbook?.answers['ir.external.supervisory-authority']?.value;
  if (!Array.isArray(value)) return undefined;
  const first = value.find((v) => typeof v === 'object' && v !== null);
  if (typeof first !== 'object') return undefined;
  return { name: first.name, email: first.email, phone: first.phone };
}
