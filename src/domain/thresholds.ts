/**
 * Money thresholds in law that an agency adjusts over time live here, each with the period it
 * holds for and where it was read, so a new adjustment is one edit. Pure data.
 */

export interface DatedThreshold {
  /** The amount in whole US dollars. */
  usd: number;
  /** The period it holds for, in words ("2025–2026"). */
  period: string;
  /** The provision that sets it, and the one that adjusts it. */
  statute: string;
  source: { url: string; grade: 'P' | 'S'; read: string; note: string };
}

/**
 * CCPA "business" revenue test, Cal. Civ. Code 1798.140(d)(1)(A): USD 25,000,000 in the
 * statute, adjusted by the California Privacy Protection Agency for inflation (CPI) in
 * January of every odd-numbered year under 1798.199.95(d). The first adjustment took
 * effect on 1 January 2025; the next is due on 1 January 2027.
 */
export const CCPA_REVENUE_THRESHOLD: DatedThreshold = {
  usd: 26_625_000,
  period: '2025–2026',
  statute: 'Cal. Civ. Code 1798.140(d)(1)(A), adjusted under 1798.199.95(d)',
  source: {
    url: 'https://portal.bizrisk.iij.jp/news/1373',
    grade: 'S',
    read: '2026-12-02',
    note: 'summary of the CPPA adjustment published 2024-12-17; the CPPA notice itself was not read',
  },
};

/**
 * "USD 26,625,000". NOTE: grouped by hand: this runs when the scope questions load (every
 * command), and the first toLocaleString call loads ICU's number formatting (~17 ms).
 */
export const formatUsd = (t: DatedThreshold): string => `USD ${String(t.usd).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
