/** Texas: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const TX: StateLawInput = {
  "code": "TX",
  "name": "Texas",
  "statute": "Tex. Bus. & Com. Code 521.053",
  "source_url": "https://lawserver.com/law/state/texas/tx-codes/texas_business_and_commerce_code_521-053",
  "sources": [
    "https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-texas.html",
    "https://lewisbrisbois.com/privacy/US/Texas/data-breach"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or government ID, account/card number with access code, or health information",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card",
      "health", "health_insurance"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": false,
    "no_harm_record": "none",
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "P" },
  "residents": {
    "period": { "kind": "days", "days": 60, "from": "determination" },
    "grade": "P",
    "citation": "Tex. Bus. & Com. Code 521.053(b)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Texas Attorney General",
    "threshold": { "op": "at_least", "n": 250 },
    "period": { "kind": "days", "days": 30, "from": "determination" },
    "form": "the Attorney General's online form",
    "grade": "S",
    "citation": "Tex. Bus. & Com. Code 521.053(i)"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 10000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
