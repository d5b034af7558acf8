/** West Virginia: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const WV: StateLawInput = {
  "code": "WV",
  "name": "West Virginia",
  "statute": "W. Va. Code 46A-2A-101 to 46A-2A-105",
  "source_url": "https://lexace.ai/us/statute/west-virginia/46A-2A-102",
  "sources": [
    "https://www.dwt.com/gcp/states/west-virginia", "https://www.wordsbywit.com/west-virginia"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, or account/card number with access code",
    "categories": ["ssn", "drivers_licence", "state_id", "financial_account", "payment_card"],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "access_and_acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "P" },
  "residents": {
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "grade": "P",
    "citation": "W. Va. Code 46A-2A-102(a)"
  },
  "law_enforcement_delay": true,
  "regulator": "none",
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": {
    "required": [
      "the categories of information believed accessed or acquired",
      "a telephone number or website to learn what information you hold",
      "toll-free numbers and addresses of the major consumer reporting agencies"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "as soon as practicable following discovery" },
    "grade": "P"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
