/** Mississippi: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const MS: StateLawInput = {
  "code": "MS",
  "name": "Mississippi",
  "statute": "Miss. Code 75-24-29",
  "source_url": "https://cliclaw.com/library/state-laws/state-security-breach-laws/mississippi-act-require-notice-breach-security",
  "sources": [
    "https://dwt.com/mississippi",
    "https://perkinscoie.com/insights/publication/security-breach-notification-chart-mississippi"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence, state or tribal ID, or account/card number with access code",
    "categories": ["ssn", "drivers_licence", "state_id", "financial_account", "payment_card"],
    "account_needs_code": true,
    "grade": "P"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "P" },
  "residents": {
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "grade": "P"
  },
  "law_enforcement_delay": true,
  "regulator": "none",
  "credit_bureaus": "none",
  "content": { "required": [], "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "as soon as practical following discovery" },
    "grade": "S"
  },
  "deemed_compliance": [
    "own notice procedures consistent with the timing rules [S]",
    "entities following their state or federal regulator's breach procedures [S]"
  ],
  "notes": [],
  "researched": true
};
