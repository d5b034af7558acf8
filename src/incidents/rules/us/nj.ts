/** New Jersey: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const NJ: StateLawInput = {
  "code": "NJ",
  "name": "New Jersey",
  "statute": "N.J.S.A. 56:8-161 to 56:8-166",
  "source_url": "https://klinedinstlaw.com/practice/privacy-data-security/new-jersey",
  "sources": [
    "https://lewisbrisbois.com/privacy/US/New%20Jersey/data-breach",
    "https://www.wordsbywit.com/new-jersey"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, account/card number with access code; or username/email with password",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card", "credentials"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "access",
    "harm_test": true,
    "no_harm_record": { "written": true, "keep_years": 5 },
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "grade": "S"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "New Jersey Division of State Police",
    "threshold": "any",
    "period": { "kind": "expedient", "text": "before notifying residents" },
    "form": "online form at cyber.nj.gov/breach",
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
