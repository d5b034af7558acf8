/** Review periods: `2027-Q1` (quarters) or any short label a team prefers. Pure. */
import { SecbookError } from '../errors.js';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** The quarter `now` falls in (UTC), e.g. `2027-Q1`. */
export function currentQuarter(now: Date): string {
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

/** Checks a period label; `current` is reserved for "the workbook now". */
export function checkPeriod(period: string): string {
  if (period === 'current' || !LABEL.test(period)) {
    throw new SecbookError(`"${period}" is not a review period`, {
      hint: 'Use a quarter like 2027-Q1 (or a short label of letters, digits, dots and dashes).',
    });
  }
  return period;
}

export const isQuarter = (period: string): boolean => QUARTER.test(period);
