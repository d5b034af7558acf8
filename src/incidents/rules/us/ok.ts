/** Oklahoma: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const OK: StateLawInput = {
  "code": "OK",
  "name": "Oklahoma",
  "statute": "24 O.S. 161 to 166 (as amended by SB 626, 2025)",
  "source_url": "https://www.dwt.com/oklahoma",
  "sources": ["https://www.tenaco.com/?p=13869", "https://www.regulon.ai/bills/OK-SB-626/"],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or government ID, account/card number or electronic identifier with access code, or biometric data",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card",
      "biometric"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "access_and_acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": {
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "grade": "S"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Oklahoma Attorney General",
    "threshold": { "op": "at_least", "n": 500 },
    "period": { "kind": "after_residents", "days": 60 },
    "form": "date of the breach and of its determination, nature, type of information, number of Oklahoma residents, estimated monetary impact, safeguards used",
    "grade": "S"
  },
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [
    "The SB 626 rules apply to breaches discovered or determined on or after 1 Jan 2026 [S]."
  ],
  "researched": true
};
