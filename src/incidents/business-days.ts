/**
 * Business days for the SEC clock (Form 8-K Item 1.05: four business days). A business day
 * here is a Monday to Friday that is not a US federal legal public holiday (5 U.S.C. 6103 [S]:
 * the list and the observance rule were read in a federal court's summary of the statute).
 * A holiday on a Saturday is observed on the Friday before, on a Sunday on the Monday after.
 */
import { DateTime } from 'luxon';

/** The n-th `weekday` (1 = Monday) of `month` in `year`; n = -1 is the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): DateTime {
  if (n > 0) {
    const first = DateTime.utc(year, month, 1);
    const shift = (weekday - first.weekday + 7) % 7;
    return first.plus({ days: shift + (n - 1) * 7 });
  }
  const last = DateTime.utc(year, month, 1).endOf('month').startOf('day');
  return last.minus({ days: (last.weekday - weekday + 7) % 7 });
}

/** Fixed-date holidays move to the nearest weekday when they fall on a weekend. */
function observed(d: DateTime): DateTime {
  if (d.weekday === 6) return d.minus({ days: 1 });
  if (d.weekday === 7) return d.plus({ days: 1 });
  return d;
}

/** The observed federal holidays of `year`, as ISO dates. */
export function federalHolidays(year: number): Set<string> {
  const fixed = (m: number, day: number) => observed(DateTime.utc(year, m, day));
  const days = [
    fixed(1, 1), // New Year's Day
    nthWeekday(year, 1, 1, 3), // Birthday of Martin Luther King, Jr.: third Monday in January
    nthWeekday(year, 2, 1, 3), // Washington's Birthday: third Monday in February
    nthWeekday(year, 5, 1, -1), // Memorial Day: last Monday in May
    fixed(6, 19), // Juneteenth National Independence Day
    fixed(7, 4), // Independence Day
    nthWeekday(year, 9, 1, 1), // Labor Day: first Monday in September
    nthWeekday(year, 10, 1, 2), // Columbus Day: second Monday in October
    fixed(11, 11), // Veterans Day
    nthWeekday(year, 11, 4, 4), // Thanksgiving Day: fourth Thursday in November
    fixed(12, 25), // Christmas Day
  ];
  const out = new Set(days.map((d) => d.toISODate() ?? ''));
  // 1 Jan of next year on a Saturday is observed on 31 Dec of this year.
  const nextNewYear = observed(DateTime.utc(year + 1, 1, 1));
  if (nextNewYear.year === year) out.add(nextNewYear.toISODate() ?? '');
  return out;
}

export function isBusinessDay(date: DateTime): boolean {
  if (date.weekday > 5) return false;
  return !federalHolidays(date.year).has(date.toISODate() ?? '');
}

/**
 * The end (23:59:59.999) of the `n`-th business day after `start`'s local date in `zone`
 * (the day of the trigger itself is day 0, as for calendar days).
 */
export function addBusinessDays(start: DateTime, n: number, zone: string): DateTime {
  let d = start.setZone(zone).startOf('day');
  let left = n;
  while (left > 0) {
    d = d.plus({ days: 1 });
    if (isBusinessDay(d)) left--;
  }
  return d.endOf('day');
}
