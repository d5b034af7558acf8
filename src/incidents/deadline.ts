/**
 * The deadline engine. How periods map to timestamps (docs/incidents.md, "How deadlines are counted"):
 * - Hours ("72 hours") are exact elapsed time on the instant: awareness + 72 × 3,600 s.
 *   Across a DST change the wall-clock time moves (10:00 CET + 72 h = 11:00 CEST).
 * - Calendar days ("60 calendar days after discovery") are counted on dates in the
 *   organisation's zone: the trigger's local date is day 0, the deadline is the END
 *   (23:59:59.999) of local day N. DST and leap years fall out of the calendar.
 * - "Within 60 days after the end of the calendar year" counts from 31 December: day 60 is
 *   1 March, or 29 February in a leap year.
 */
import { Duration, type DateTime } from 'luxon';
import { addBusinessDays } from './business-days.js';
import type { Incident } from './incident-schema.js';
import type { Clock, Trigger } from './rule-types.js';
import { when } from './when.js';

export const TRIGGER_LABEL: Record<Trigger, string> = {
  awareness: 'awareness (aware_at)',
  discovery: 'discovery (discovered_at)',
  determination: 'determination that a breach occurred (determined_at)',
  consumer_notice: 'the consumer notice being sent',
  end_of_calendar_year: 'the end of the calendar year of discovery',
  cyber_determination: 'the determination that a cybersecurity incident occurred (nydfs.determined_at)',
  materiality: 'the determination that the incident is material (sec.determined_at)',
};

const TRIGGER_FIELD: Record<Trigger, string> = {
  awareness: 'aware_at',
  discovery: 'discovered_at',
  determination: 'determined_at',
  consumer_notice: 'notices.<notice>.sent_at',
  end_of_calendar_year: 'discovered_at',
  cyber_determination: 'nydfs.determined_at',
  materiality: 'sec.determined_at',
};

export interface ClockResult {
  /** What starts the clock, in words. */
  starts: string;
  /** The period in words, e.g. "72 hours after awareness (aware_at)". */
  rule: string;
  /** When the clock started (in the organisation's zone). */
  startedAt?: DateTime;
  /** The exact deadline (in the organisation's zone); undefined without one. */
  deadline?: DateTime;
  /** The incident field whose absence leaves the deadline unknown. */
  missing?: string;
}

/** Day `days` after the local date of `start`, ending at 23:59:59.999 in `zone`. */
export function endOfDayAfter(start: DateTime, days: number, zone: string): DateTime {
  return start.setZone(zone).startOf('day').plus({ days }).endOf('day');
}

function triggerMoment(trigger: Trigger, incident: Incident, after?: string): string | undefined {
  switch (trigger) {
    case 'awareness':
      return incident.aware_at;
    case 'discovery':
    case 'end_of_calendar_year':
      return incident.discovered_at;
    case 'determination':
      return incident.determined_at;
    case 'consumer_notice':
      return after ? incident.notices?.[after]?.sent_at : undefined;
    case 'cyber_determination':
      return incident.nydfs?.determined_at;
    case 'materiality':
      return incident.sec?.determined_at;
  }
}

/** Computes one clock for an incident in the organisation's zone. */
export function computeClock(clock: Clock, incident: Incident, zone: string): ClockResult {
  const after = clock.kind === 'days' || clock.kind === 'months' || clock.kind === 'business_days' ? clock.after : undefined;
  const starts = after ? `the ${after} notice being sent` : TRIGGER_LABEL[clock.trigger];
  const rule =
    clock.kind === 'hours'
      ? `${clock.hours} hours after ${starts}`
      : clock.kind === 'days'
        ? `${clock.days} calendar days after ${starts}`
        : clock.kind === 'business_days'
          ? `${clock.days} business days (${clock.zone}, US federal holidays excluded) after ${starts}`
          : clock.kind === 'months'
            ? `${clock.months} month${clock.months === 1 ? '' : 's'} after ${starts}`
            : `${clock.text}, from ${starts}`;
  const raw = triggerMoment(clock.trigger, incident, after);
  const field = after ? `notices.${after}.sent_at` : TRIGGER_FIELD[clock.trigger];
  if (raw === undefined) return { starts, rule, missing: field };
  let startedAt = when(raw).setZone(zone);
  if (clock.trigger === 'end_of_calendar_year') startedAt = startedAt.endOf('year');
  if (clock.kind === 'hours') return { starts, rule, startedAt, deadline: startedAt.plus({ hours: clock.hours }) };
  if (clock.kind === 'days') return { starts, rule, startedAt, deadline: endOfDayAfter(startedAt, clock.days, zone) };
  if (clock.kind === 'business_days') return { starts, rule, startedAt, deadline: addBusinessDays(startedAt, clock.days, clock.zone).setZone(zone) };
  // Luxon clamps to the month's last day (31 Jan + 1 month = 28/29 Feb); the instant keeps its wall-clock time.
  if (clock.kind === 'months') return { starts, rule, startedAt, deadline: startedAt.plus({ months: clock.months }) };
  return { starts, rule, startedAt };
}

export interface Hold {
  /** End of the law-enforcement delay (end of that local day), when known. */
  until?: DateTime;
  note: string;
  missing?: string;
}

/**
 * A law-enforcement delay. HIPAA 164.412: a written request delays for the period it
 * states; an oral one (documented, with the official's identity) for at most 30 days
 * unless a written request follows. State laws: the period the agency asks for.
 */
export function lawEnforcementHold(incident: Incident, kind: 'hipaa' | 'state', zone: string): Hold | undefined {
  const d = incident.law_enforcement_delay;
  if (!d) return undefined;
  const start = when(d.date);
  const who = d.official ? ` from ${d.official}` : '';
  const cap = kind === 'hipaa' && d.kind === 'oral' ? 30 : undefined;
  const days = cap !== undefined ? Math.min(d.period_days ?? cap, cap) : d.period_days;
  if (days === undefined) {
    return {
      note: `${d.kind} law-enforcement delay${who} recorded on ${start.setZone(zone).toISODate()} without a period: its end is unknown`,
      missing: 'law_enforcement_delay.period_days',
    };
  }
  const until = endOfDayAfter(start, days, zone);
  const capped = cap !== undefined ? ` (an oral request delays a HIPAA notice at most 30 days unless a written one follows, 164.412(b)${d.official ? '' : '; document the official\'s identity'})` : '';
  return { until, note: `${d.kind} law-enforcement delay${who}: notice held until ${formatMoment(until)}${capped}` };
}

/** `2026-03-30T11:00:00+02:00` (seconds, offset) — the exact form used in JSON. */
export const isoSeconds = (dt: DateTime): string => dt.set({ millisecond: 0 }).toISO({ suppressMilliseconds: true }) ?? '';

/** `Mon 30 Mar 2026 11:00 CEST` — for people. */
export function formatMoment(dt: DateTime): string {
  const end = dt.hour === 23 && dt.minute === 59 && dt.second === 59;
  return end ? `end of ${dt.toFormat('ccc d LLL yyyy')} (23:59 ${dt.toFormat('ZZZZ')})` : dt.toFormat('ccc d LLL yyyy HH:mm ZZZZ');
}

/** "3d 4h 12m" between two instants (always positive). */
export function humanDuration(ms: number): string {
  const d = Duration.fromMillis(Math.abs(ms)).shiftTo('days', 'hours', 'minutes');
  const parts: string[] = [];
  if (d.days) parts.push(`${Math.floor(d.days)}d`);
  if (d.hours || d.days) parts.push(`${Math.floor(d.hours)}h`);
  parts.push(`${Math.floor(d.minutes)}m`);
  return parts.join(' ');
}
