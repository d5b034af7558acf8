/** Nebraska: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const NE: StateLawInput = {
  "code": "NE",
  "name": "Nebraska",
  "statute": "Neb. Rev. Stat. 87-801 to 87-807",
  "source_url": "https://self-law.org/code/ne/chapter-87/87-803",
  "sources": ["https://www.dwt.com/nebraska/", "https://www.cliclaw.com/node/7997"],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, account/card number or electronic identifier with access code, biometric data; or username/email with password",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card", "biometric",
      "credentials"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": {
    "period": { "kind": "expedient", "text": "as soon as possible and without unreasonable delay" },
    "grade": "P",
    "citation": "Neb. Rev. Stat. 87-803(1)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Nebraska Attorney General",
    "threshold": "any",
    "period": { "kind": "with_residents" },
    "grade": "P",
    "citation": "Neb. Rev. Stat. 87-803(2)"
  },
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": {
      "kind": "expedient",
      "text": "give notice to and cooperate with the owner (timing: check 87-803(3))"
    },
    "grade": "P"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
