/** U.S. Virgin Islands: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const VI: StateLawInput = {
  "code": "VI",
  "name": "U.S. Virgin Islands",
  "statute": "14 V.I.C. 2208 to 2209",
  "source_url": "https://cliclaw.com/library/us-state-laws/data-breach/virgin-islands-notices-security-breach-14-vic-%C2%A7-2201-%C2%A7-2208-%C2%A7-2209",
  "sources": ["https://www.constangy.com/data-privacy-us-vi"],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence, or account/card number with access code",
    "categories": ["ssn", "drivers_licence", "financial_account", "payment_card"],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": false,
    "no_harm_record": "none",
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
  "regulator": "none",
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": ["own notification procedures consistent with the timing rules [S]"],
  "notes": [],
  "researched": true
};
