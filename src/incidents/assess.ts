/**
 * `incident assess`: every notice considered, whether it is required (yes / no / unknown
 * with the reason or the missing fact), its exact deadline in the organisation's zone,
 * time left and status. Pure: takes data, returns data.
 */
import type { DateTime } from 'luxon';
import type { Workbook } from '../domain/workbook-schema.js';
import { computeClock, humanDuration, isoSeconds, lawEnforcementHold, formatMoment } from './deadline.js';
import type { Facts } from './facts.js';
import type { Incident } from './incident-schema.js';
import type { Factor, NoticeRule, Source, Tri, Trigger } from './rule-types.js';
import { federalNotAssessed } from './rules/federal.js';
import { rulesFor, STATE_LAWS } from './rules/index.js';
import { lawGrade, unknownFields } from './rules/us/schema.js';
import { isZone, when } from './when.js';

export const DISCLAIMER =
  'Not legal advice. secbook applies the rules it was given to the facts you recorded; check every decision, deadline and draft with counsel before relying on it.';

export type NoticeStatus = 'sent' | 'overdue' | 'on_hold' | 'open' | 'not_required';

export interface NoticeAssessment extends Pick<NoticeRule, 'id' | 'jurisdiction' | 'regulation' | 'citation' | 'audience' | 'title'> {
  required: Tri;
  /** Why it is (not) required. */
  reasons: string[];
  /** Incident fields to fill in before secbook can decide or compute the deadline. */
  missing: string[];
  clock: { trigger: Trigger; rule: string; started_at: string | null };
  /** Exact deadline in the organisation's zone (ISO 8601 with offset), or null. */
  deadline: string | null;
  deadline_text: string;
  /** Positive: time left; negative: overdue; null without a deadline or once sent. */
  ms_left: number | null;
  time_left: string | null;
  status: NoticeStatus;
  sent_at: string | null;
  hold_until: string | null;
  /** Delivered as a letter/form; `email` also gets an .eml draft. */
  email: boolean;
  template: string;
  source: Source;
  /** `[P]` statute text, `[S]` secondary summary, or `unverified`. */
  source_label: string;
  last_verified: string;
  notes: string[];
}

/** Per jurisdiction: the law applied, its grade and what secbook does not know. */
export interface JurisdictionSummary {
  code: string;
  name: string;
  statute: string;
  source_url: string;
  grade: string;
  last_verified: string;
  unknown: string[];
}

export interface Assessment {
  incident: string;
  /** Which people a GDPR notice counts (Art. 3). */
  gdpr_scope: string;
  /** Regimes not assessed because the workbook does not answer their scope question. */
  not_assessed: string[];
  jurisdictions: JurisdictionSummary[];
  title: string;
  now: string;
  zone: string;
  zone_note: string;
  notices: NoticeAssessment[];
  disclaimer: string;
}

const SOURCE_LABEL: Record<Source, string> = { primary: '[P]', secondary: '[S] secondary source — verify before relying', unverified: 'unverified — nobody here could confirm it' };

/** The organisation's deadline zone: the workbook's `organisation.timezone`, else UTC. */
export function orgZone(workbook: Workbook | undefined): { zone: string; fromWorkbook: boolean } {
  const tz = workbook?.organisation.timezone;
  return tz && isZone(tz) ? { zone: tz, fromWorkbook: true } : { zone: 'UTC', fromWorkbook: false };
}

/** Combines factors: any `no` rules the notice out; else any `unknown` leaves it open. */
export function combine(factors: Factor[]): { required: Tri; reasons: string[]; missing: string[] } {
  const no = factors.filter((f) => f.value === 'no');
  if (no.length > 0) return { required: 'no', reasons: no.map((f) => f.reason ?? ''), missing: [] };
  const unknown = factors.filter((f) => f.value === 'unknown');
  const reasons = factors.filter((f) => f.value === 'yes').map((f) => f.reason ?? '');
  if (unknown.length > 0) return { required: 'unknown', reasons, missing: unknown.map((f) => f.missing ?? 'a fact') };
  return { required: 'yes', reasons, missing: [] };
}

function assessOne(rule: NoticeRule, facts: Facts, now: DateTime): NoticeAssessment {
  const { incident, zone } = facts;
  const decision = combine(rule.factors(facts));
  const clock = computeClock(rule.clock, incident, zone);
  const notes = [...(rule.notes ?? []), ...(rule.contentNotes?.(facts) ?? [])];
  const missing = [...decision.missing];
  // A notice that is not required has no deadline to show.
  let deadline = decision.required === 'no' ? undefined : clock.deadline;
  let holdUntil: DateTime | undefined;
  if (rule.law_enforcement_delay) {
    const hold = lawEnforcementHold(incident, rule.law_enforcement_delay, zone);
    if (hold) {
      notes.push(hold.note);
      if (hold.missing) missing.push(hold.missing);
      holdUntil = hold.until;
      if (deadline && holdUntil && holdUntil > deadline) {
        deadline = holdUntil;
        notes.push('The delay runs past the normal deadline: secbook shows the end of the delay as the deadline — notify without unreasonable delay once it ends.');
      }
    }
  }
  if (clock.missing && decision.required !== 'no') missing.push(clock.missing);
  const sent = incident.notices?.[rule.id]?.sent_at;
  const sentAt = sent ? when(sent).setZone(zone) : undefined;
  let status: NoticeStatus = 'open';
  if (decision.required === 'no') status = 'not_required';
  else if (sentAt) status = 'sent';
  else if (holdUntil && now < holdUntil) status = 'on_hold';
  else if (deadline && now > deadline) status = 'overdue';
  if (sentAt && deadline && sentAt > deadline) notes.push(`Sent after the deadline (${formatMoment(deadline)}): record the reasons for the delay.`);
  const counting = deadline && !sentAt && decision.required !== 'no';
  const msLeft = counting ? deadline!.toMillis() - now.toMillis() : null;
  const deadlineText = decision.required === 'no'
    ? `— (${clock.rule})`
    : deadline
    ? `${formatMoment(deadline)} — ${clock.rule}`
    : clock.missing
      ? `unknown until ${clock.missing} is recorded — ${clock.rule}`
      : clock.rule;
  return {
    id: rule.id,
    jurisdiction: rule.jurisdiction,
    regulation: rule.regulation,
    citation: rule.citation,
    audience: rule.audience,
    title: rule.title,
    required: decision.required,
    reasons: decision.reasons,
    missing: [...new Set(missing)],
    clock: { trigger: rule.clock.trigger, rule: clock.rule, started_at: clock.startedAt ? isoSeconds(clock.startedAt) : null },
    deadline: deadline ? isoSeconds(deadline) : null,
    deadline_text: deadlineText,
    ms_left: msLeft,
    time_left: msLeft === null ? null : msLeft >= 0 ? `${humanDuration(msLeft)} left` : `overdue by ${humanDuration(msLeft)}`,
    status,
    sent_at: sentAt ? isoSeconds(sentAt) : null,
    hold_until: holdUntil ? isoSeconds(holdUntil) : null,
    email: rule.email,
    template: rule.template,
    source: rule.source,
    source_label: SOURCE_LABEL[rule.source],
    last_verified: rule.last_verified,
    notes,
  };
}

/** Assesses every rule against an incident at `now`. */
export function assessIncident(incident: Incident, workbook: Workbook | undefined, now: Date): Assessment {
  const { zone, fromWorkbook } = orgZone(workbook);
  const facts: Facts = { incident, zone, zoneFromWorkbook: fromWorkbook, workbook };
  const nowDt = when(now.toISOString()).setZone(zone);
  const notices = rulesFor(facts).map((rule) => assessOne(rule, facts, nowDt));
  const tz = workbook?.organisation.timezone;
  const zoneNote = fromWorkbook
    ? `Deadlines in ${zone} (workbook organisation.timezone).`
    : tz
      ? `Deadlines in UTC: the workbook's organisation.timezone "${tz}" is not a known IANA zone.`
      : 'Deadlines in UTC (set organisation.timezone in the workbook to use your zone).';
  const gdprScope =
    workbook?.scope.eu_establishment === true
      ? 'GDPR Art. 3(1): you have an EU establishment, so a GDPR notice counts everyone affected, wherever they live [S].'
      : workbook?.scope.eu_establishment === false
        ? 'GDPR Art. 3(2): no EU establishment, so a GDPR notice counts only people in the EU (affected.EU) whom you offer goods or services to or monitor [S].'
        : 'GDPR Art. 3: set scope.eu_establishment in the workbook; until then secbook counts only people in the EU (affected.EU).';
  const inIncident = new Set(notices.filter((n) => n.id.endsWith('-residents')).map((n) => n.jurisdiction));
  const jurisdictions = STATE_LAWS.filter((l) => inIncident.has(l.code)).map((l) => ({
    code: l.code,
    name: l.name,
    statute: l.statute,
    source_url: l.source_url,
    grade: l.researched ? lawGrade(l) : 'unverified',
    last_verified: l.last_verified,
    unknown: unknownFields(l),
  }));
  return { incident: incident.id, title: incident.title, gdpr_scope: gdprScope, not_assessed: federalNotAssessed(facts), jurisdictions, now: isoSeconds(nowDt), zone, zone_note: zoneNote, notices, disclaimer: DISCLAIMER };
}
