/**
 * THE table from scan findings to checklist items (checklists/email-security.yaml,
 * section `email.auth`). `secbook scan --apply` writes evidence on these items and
 * proposes a status; a test asserts every id here exists in the built-in checklists.
 *
 * `aspects` picks the findings of the check that speak to the item (Finding.aspect;
 * `record` = findings about the record itself). `cap` limits the proposed status where
 * DNS can show only part of what the item asks (e.g. reports being *read*). `evidenceOnly`
 * records the evidence and proposes nothing (informational checks).
 */
import type { Status } from '../domain/answer.js';
import type { CheckName } from './finding.js';

export interface ScanItem {
  itemId: string;
  check: CheckName;
  aspects?: readonly string[];
  cap?: Status;
  evidenceOnly?: boolean;
}

export const SCAN_ITEMS: readonly ScanItem[] = [
  { itemId: 'email.auth.spf-record', check: 'spf', aspects: ['record', 'senders'] },
  { itemId: 'email.auth.spf-lookups', check: 'spf', aspects: ['lookups'] },
  { itemId: 'email.auth.spf-all', check: 'spf', aspects: ['all'] },
  { itemId: 'email.auth.parked-domains', check: 'spf', aspects: ['parked'], evidenceOnly: true },
  { itemId: 'email.auth.dkim-key-size', check: 'dkim', aspects: ['record'] },
  { itemId: 'email.auth.dmarc-record', check: 'dmarc', aspects: ['record', 'rua'] },
  { itemId: 'email.auth.dmarc-enforcement', check: 'dmarc', aspects: ['policy'] },
  { itemId: 'email.auth.dmarc-reports', check: 'dmarc', aspects: ['rua', 'reports'], cap: 'partial' },
  { itemId: 'email.auth.mta-sts', check: 'mta-sts' },
  { itemId: 'email.auth.tls-rpt', check: 'tls-rpt' },
  { itemId: 'email.auth.bimi', check: 'bimi', evidenceOnly: true },
];
