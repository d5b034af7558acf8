/** Utah: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const UT: StateLawInput = {
  "code": "UT",
  "name": "Utah",
  "statute": "Utah Code 13-44-101 to 13-44-301",
  "source_url": "http://www.perkinscoie.com/sc_utah",
  "sources": [
    "https://lawserver.com/law/state/utah/ut-code/utah_code_13-44-202",
    "https://www.wordsbywit.com/utah"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, account/card number with access code, or driver's licence or state ID",
    "categories": ["ssn", "financial_account", "payment_card", "drivers_licence", "state_id"],
    "account_needs_code": true,
    "grade": "P"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "P" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible without unreasonable delay"
    },
    "grade": "S"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Utah Attorney General and the Utah Cyber Center",
    "threshold": { "op": "at_least", "n": 500 },
    "period": { "kind": "unknown" },
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "at_least", "n": 1000 }, "grade": "S" },
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
