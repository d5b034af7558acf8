/** Idaho: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const ID: StateLawInput = {
  "code": "ID",
  "name": "Idaho",
  "statute": "Idaho Code 28-51-104 to 28-51-107",
  "source_url": "https://dwt.com/gcp/states/idaho",
  "sources": [
    "https://www.wordsbywit.com/idaho",
    "https://www.recordinglaw.com/us-laws/data-privacy-laws/idaho-data-privacy-laws/data-breach-notification"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or Idaho ID, or account/card number with access code",
    "categories": ["ssn", "drivers_licence", "state_id", "financial_account", "payment_card"],
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
  "content": { "required": [], "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": {
      "kind": "expedient",
      "text": "immediately after discovering a breach where misuse is reasonably likely"
    },
    "grade": "S"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
