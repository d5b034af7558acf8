/** South Carolina: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const SC: StateLawInput = {
  "code": "SC",
  "name": "South Carolina",
  "statute": "S.C. Code 39-1-90",
  "source_url": "https://cliclaw.com/library/state-laws/state-security-breach-laws/south-carolina-breach-security-business-data",
  "sources": [
    "https://perkinscoie.com/insights/publication/security-breach-notification-chart-south-carolina",
    "https://lewisbrisbois.com/privacy/US/South%20Carolina/data-breach"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, account/card number with access code, other numbers that open financial accounts, or unique government-issued identifiers",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card",
      "account_access_code"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "access_and_acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "grade": "P",
    "citation": "S.C. Code 39-1-90(A)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Consumer Protection Division, South Carolina Department of Consumer Affairs",
    "threshold": { "op": "more_than", "n": 1000 },
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "form": "timing, distribution and content of the notice",
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "immediately following discovery" },
    "grade": "P"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
