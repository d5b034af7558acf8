/** Kansas: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const KS: StateLawInput = {
  "code": "KS",
  "name": "Kansas",
  "statute": "K.S.A. 50-7a01 et seq.",
  "source_url": "https://kcassociated.com/2023/02/cybersecurity-state-by-state-data-breach-notification-laws-cont",
  "sources": [],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, or account/card number with any required code",
    "categories": ["ssn", "drivers_licence", "state_id", "financial_account", "payment_card"],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": { "trigger": "unknown", "harm_test": true, "no_harm_record": "unknown", "grade": "S" },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "grade": "S"
  },
  "law_enforcement_delay": "unknown",
  "regulator": "unknown",
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": [
    "an entity following its primary or functional state or federal regulator's breach procedures [S]",
    "an entity following its own notification procedures consistent with the timing rules [S]"
  ],
  "notes": [],
  "researched": true
};
