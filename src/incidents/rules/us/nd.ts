/** North Dakota: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const ND: StateLawInput = {
  "code": "ND",
  "name": "North Dakota",
  "statute": "N.D.C.C. 51-30-01 to 51-30-07",
  "source_url": "https://lexace.ai/us/statute/north-dakota/51-30-02",
  "sources": [
    "https://lexace.ai/us/statute/north-dakota/51-30-03",
    "https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/north"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or ID, account/card number with access code, date of birth, mother's maiden name, employer ID, electronic signature, medical or health-insurance information",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card", "date_of_birth",
      "taxpayer_id", "health", "health_insurance"
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
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "P" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "grade": "P",
    "citation": "N.D.C.C. 51-30-02"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "North Dakota Attorney General",
    "threshold": { "op": "more_than", "n": 250 },
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "form": "mail or email",
    "grade": "P",
    "citation": "N.D.C.C. 51-30-02"
  },
  "credit_bureaus": "unknown",
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
