/**
 * Reading scan results back out of an answer, for documents and `secbook check`
 * ("verified by scan on <date>"). Pure.
 */
import type { Answer, EvidenceEntry } from '../domain/answer.js';

export const SCAN_SOURCE = 'scan';

const isScanEntry = (e: unknown): e is EvidenceEntry & { date: string } =>
  typeof e === 'object' && e !== null && (e as EvidenceEntry).source === SCAN_SOURCE && typeof (e as EvidenceEntry).date === 'string';

/** Every evidence entry `secbook scan --apply` wrote on this answer, oldest first. */
export function scanEvidenceEntries(answer: Answer | undefined): (EvidenceEntry & { date: string })[] {
  return (answer?.evidence ?? []).filter(isScanEntry).sort((a, b) => a.date.localeCompare(b.date));
}

export interface ScanVerification {
  /** Date of the latest scan (YYYY-MM-DD). */
  date: string;
  /** Worst verdict of the scan entries from that date. */
  verdict: 'pass' | 'warn' | 'fail';
  entries: EvidenceEntry[];
  /** "verified by scan on 2027-01-15" / "scan on 2027-01-15 found problems". */
  summary: string;
  /** The answer says done but the latest scan failed. */
  conflict: boolean;
}

/** The latest scan's verdict on an answer, or undefined if it was never scanned. */
export function scanEvidence(answer: Answer | undefined): ScanVerification | undefined {
  const entries = scanEvidenceEntries(answer);
  const last = entries[entries.length - 1];
  if (!last) return undefined;
  const latest = entries.filter((e) => e.date === last.date);
  const verdicts = latest.map((e) => e.verdict);
  const verdict = verdicts.includes('fail') ? 'fail' : verdicts.includes('warn') ? 'warn' : 'pass';
  const summary =
    verdict === 'pass' ? `verified by scan on ${last.date}` : verdict === 'warn' ? `scan on ${last.date} passed with warnings` : `scan on ${last.date} found failures`;
  return { date: last.date, verdict, entries: latest, summary, conflict: verdict === 'fail' && answer?.status === 'done' };
}
