/** Colorado: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const CO: StateLawInput = {
  "code": "CO",
  "name": "Colorado",
  "statute": "C.R.S. 6-1-716",
  "source_url": "https://law.counselstack.com/statute/co/06/6-1-716",
  "sources": [
    "https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/colorado",
    "https://complianceiq.site/breach-notification/colorado"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or ID card, student/military/passport ID, health-insurance ID, biometric data, account/card number with access code, or username/email with password",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "health_insurance", "biometric",
      "financial_account", "payment_card", "credentials"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 30, "from": "determination" }, "grade": "S" },
  "law_enforcement_delay": "unknown",
  "regulator": {
    "name": "Colorado Attorney General",
    "threshold": { "op": "at_least", "n": 500 },
    "period": { "kind": "days", "days": 30, "from": "determination" },
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [
    "\"Determination that a security breach occurred\" is when there is sufficient evidence to conclude that a breach took place (6-1-716(1)(c)) [P]."
  ],
  "researched": true
};
