/**
 * THE table from scan checks to checklist items (checklists/email-security.yaml, section
 * `email.auth`). `secbook scan --apply` writes each check's evidence on these items; a
 * test asserts every id here exists in the built-in checklists.
 */
import type { CheckName } from './finding.js';

export const SCAN_ITEMS: readonly { check: CheckName; itemId: string }[] = [
  { check: 'spf', itemId: 'email.auth.spf-record' },
  { check: 'dkim', itemId: 'email.auth.dkim-keys' },
  { check: 'dmarc', itemId: 'email.auth.dmarc-policy' },
  { check: 'mta-sts', itemId: 'email.auth.mta-sts' },
  { check: 'tls-rpt', itemId: 'email.auth.tls-rpt' },
];
