/** Arkansas: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const AR: StateLawInput = {
  "code": "AR",
  "name": "Arkansas",
  "statute": "Ark. Code 4-110-101 to 4-110-108",
  "source_url": "http://www.perkinscoie.com/sc_arkansas",
  "sources": [
    "https://www.dwt.com/gcp/states/arkansas",
    "https://arkansasag.gov/resources/contact-us/data-breach-reporting/",
    "https://complianceiq.site/breach-notification/arkansas"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, account/card number with access code, medical information or biometric data",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card", "health",
      "biometric"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": { "written": true, "keep_years": 5 },
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time and manner possible and without unreasonable delay"
    },
    "grade": "S"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Arkansas Attorney General",
    "threshold": { "op": "more_than", "n": 1000 },
    "period": { "kind": "unknown" },
    "form": "online reporting form of the Attorney General",
    "grade": "S"
  },
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "immediately following discovery" },
    "grade": "S"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
