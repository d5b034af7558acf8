/** Washington: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const WA: StateLawInput = {
  "code": "WA",
  "name": "Washington",
  "statute": "RCW 19.255.010",
  "source_url": "https://atg.wa.gov/washington-s-data-breach-notification-laws",
  "sources": [
    "https://terms.law/washington-data-breach-notification-guide/",
    "https://terms.law/washington-data-breach-attorney-review/",
    "https://complianceiq.site/breach-notification/washington"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or ID, account/card number with access code, full date of birth, biometric data, private authentication key, student/military/passport ID, health-insurance or medical information; or username/email with password",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card",
      "date_of_birth", "biometric", "health", "health_insurance", "credentials"
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
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 30, "from": "discovery" }, "grade": "S" },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Washington Attorney General",
    "threshold": { "op": "more_than", "n": 500 },
    "period": { "kind": "days", "days": 30, "from": "discovery" },
    "form": "the Attorney General's data breach notification web form",
    "grade": "S"
  },
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
