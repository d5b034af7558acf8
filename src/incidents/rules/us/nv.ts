/** Nevada: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const NV: StateLawInput = {
  "code": "NV",
  "name": "Nevada",
  "statute": "NRS 603A.220",
  "source_url": "https://casetext.com/statute/nevada-revised-statutes/title-52-trade-regulations-and-practices/chapter-603a-security-and-privacy-of-personal-information/security-of-information-maintained-by-data-collectors-and-other-businesses/regulation-of-business-practices/section-603a220-disclosure-of-breach-of-security-of-system-data-methods-of-disclosure",
  "sources": [
    "https://perkinscoie.com/insights/publication/security-breach-notification-chart-nevada",
    "https://legalclarity.org/nevada-data-breach-notification-law-what-businesses-must-know"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or ID card, account/card number with access code, medical or health-insurance identifiers, or username/email with password",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card", "health",
      "health_insurance", "credentials"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": false,
    "no_harm_record": "none",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "P" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "grade": "P",
    "citation": "NRS 603A.220(1)"
  },
  "law_enforcement_delay": true,
  "regulator": "unknown",
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
