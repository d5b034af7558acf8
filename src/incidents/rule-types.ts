/** The shape of a notification rule. The rules themselves are data in `rules/`. */
import type { Facts } from './facts.js';

export type Tri = 'yes' | 'no' | 'unknown';

export const AUDIENCES = [
  'supervisory_authority',
  'data_subjects',
  'public',
  'individuals',
  'media',
  'hhs',
  'state_attorney_general',
  'state_regulator',
  'credit_bureaus',
  'covered_entity',
  'data_controller',
  'data_owner',
  'csirt',
  'financial_regulator',
  'securities_regulator',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** What starts the clock. */
export type Trigger =
  | 'awareness'
  | 'discovery'
  | 'determination'
  | 'consumer_notice'
  | 'end_of_calendar_year'
  /** 23 NYCRR 500.17: the determination that a cybersecurity incident occurred (nydfs.determined_at). */
  | 'cyber_determination'
  /** Form 8-K Item 1.05: the materiality determination (sec.determined_at). */
  | 'materiality';

export type Clock =
  /** A fixed number of hours on the instant (GDPR's 72 hours). */
  | { kind: 'hours'; trigger: Trigger; hours: number }
  /** Calendar days in the organisation's zone; `after` names the notice whose sending starts it. */
  | { kind: 'days'; trigger: Trigger; days: number; after?: string }
  /** Business days (weekdays that are not US federal holidays) counted in `zone`; the deadline is the end of day N. */
  | { kind: 'business_days'; trigger: Trigger; days: number; zone: string; after?: string }
  /** Calendar months after the notice `after` was sent (NIS2's final report: one month after the notification). */
  | { kind: 'months'; trigger: 'consumer_notice'; months: number; after: string }
  /** No fixed period in the law (e.g. "without undue delay"). */
  | { kind: 'none'; trigger: Trigger; text: string };

/**
 * How reliable the rule's facts are: `primary` = checked against statute/regulation text;
 * `secondary` = a law-firm summary [S]; `unverified` = nobody here could confirm it.
 */
export type Source = 'primary' | 'secondary' | 'unverified';

/** One factor of a decision: `no` rules the notice out, `unknown` leaves it open. */
export interface Factor {
  value: Tri;
  /** Why (for yes and no). */
  reason?: string;
  /** The incident field to fill in when unknown, e.g. `risk.gdpr`. */
  missing?: string;
}

export interface NoticeRule {
  /** Stable notice id, used in `incident log --notice` and output file names. */
  id: string;
  jurisdiction: string;
  regulation: string;
  citation: string;
  audience: Audience;
  title: string;
  source: Source;
  /** When these facts were last checked against the sources (YYYY-MM-DD). */
  last_verified: string;
  clock: Clock;
  /** Law-enforcement delay that may hold the notice: HIPAA 164.412 (oral ≤ 30 days) or a state law. */
  law_enforcement_delay?: 'hipaa' | 'state';
  /** How the draft is delivered: a letter/form (HTML + PDF) and, for `email`, also an .eml. */
  email: boolean;
  /** Template in templates/notices/ (without .hbs). */
  template: string;
  /** Required-content notes shown with the decision. */
  notes?: string[];
  /** The factors; all must be yes for the notice to be required. */
  factors(facts: Facts): Factor[];
  /** Extra notes that depend on the facts (e.g. credit-bureau content when SSNs leaked). */
  contentNotes?(facts: Facts): string[];
}
