/** Wisconsin: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const WI: StateLawInput = {
  "code": "WI",
  "name": "Wisconsin",
  "statute": "Wis. Stat. 134.98",
  "source_url": "https://lewisbrisbois.com/privacy/US/Wisconsin/data-breach",
  "sources": [
    "https://dwt.com/wisconsin",
    "https://www.coulee.tech/blog/wisconsin-data-breach-notification-law-what-it-requires"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, a financial account/card number or its code, DNA profile, or biometric data",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card",
      "account_access_code", "biometric"
    ],
    "account_needs_code": false,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 45, "from": "discovery" }, "grade": "S" },
  "law_enforcement_delay": true,
  "regulator": "none",
  "credit_bureaus": "unknown",
  "content": {
    "required": [
      "that you know of the unauthorised acquisition of the person's information; on written request, which information was acquired"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [
    "Credit bureaus: sources disagree (\"1,000 or more\" vs \"more than 1,000\") — unknown, check 134.98(2)(br)."
  ],
  "researched": true
};
