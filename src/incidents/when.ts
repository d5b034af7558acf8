/**
 * Timestamps in incident files. A moment must say where it happened: ISO 8601 with an
 * offset (`2026-03-27T10:00:00+01:00`, `…Z`) or a local time with an IANA zone
 * (`2026-03-27T10:00 Europe/Berlin` or `2026-03-27T10:00[Europe/Berlin]`).
 * A bare local time is refused: guessing its zone could move a deadline by hours.
 */
import { DateTime } from 'luxon';

const OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/i;
const WITH_ZONE = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:\s+|\[)([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*)\]?$/;

/** Parses a moment, or returns the reason it is not one. */
export function parseWhen(text: string, defaultZone?: string): DateTime | string {
  const s = text.trim();
  // A local time without a zone is read in the organisation's zone when one is given.
  if (defaultZone && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/.test(s)) return parseWhen(`${s} ${defaultZone}`);
  const zoned = WITH_ZONE.exec(s);
  if (zoned) {
    const [, local = '', zone = ''] = zoned;
    if (!DateTime.local().setZone(zone).isValid) return `unknown time zone "${zone}" (use an IANA name such as Europe/Berlin)`;
    const dt = DateTime.fromISO(local.replace(' ', 'T'), { zone });
    return dt.isValid ? dt : `not a date and time: ${dt.invalidExplanation ?? local}`;
  }
  if (!/T|\s/.test(s) || !OFFSET.test(s)) {
    return 'expected a time with a zone, e.g. 2026-03-27T10:00:00+01:00, 2026-03-27T09:00:00Z or "2026-03-27T10:00 Europe/Berlin"';
  }
  const dt = DateTime.fromISO(s.replace(' ', 'T'), { setZone: true });
  return dt.isValid ? dt : `not a date and time: ${dt.invalidExplanation ?? s}`;
}

/** Parses a moment that was already validated by the schema. */
export function when(text: string): DateTime {
  const dt = parseWhen(text);
  if (typeof dt === 'string') throw new Error(`invalid timestamp "${text}": ${dt}`);
  return dt;
}

/** True when `zone` is an IANA zone luxon knows. */
export const isZone = (zone: string): boolean => DateTime.local().setZone(zone).isValid;
