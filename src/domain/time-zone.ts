/** IANA time zones (Europe/Berlin, America/New_York, UTC), checked against the runtime's own data. Pure; no dependencies. */

/**
 * The time zone name as it is stored (case put right: "europe/berlin" → "Europe/Berlin"),
 * or null when the runtime knows no such zone (deadlines are computed in it, so a zone
 * nothing can compute in is refused where it is typed).
 */
export function canonicalTimeZone(raw: string): string | null {
  const name = raw.trim();
  if (name === '' || /\s/.test(name)) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    return null;
  }
  const lower = name.toLowerCase();
  if (lower === 'utc') return 'UTC';
  const known = Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase() === lower);
  if (known) return known;
  // A valid alias the runtime's list spells otherwise (Asia/Kolkata where it lists Asia/Calcutta):
  // kept as typed, or with each part capitalised when typed all in lower case.
  return name !== lower ? name : name.replace(/(^|[/_])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The system's time zone (the default `secbook init` offers), when the runtime knows it. */
export function systemTimeZone(): string | undefined {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone ? (canonicalTimeZone(zone) ?? undefined) : undefined;
}

export const TIME_ZONE_HINT = 'Use an IANA time zone name such as Europe/Berlin, America/New_York or UTC.';
