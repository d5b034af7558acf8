/** Vermont: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const VT: StateLawInput = {
  "code": "VT",
  "name": "Vermont",
  "statute": "Vt. Stat. Ann. tit. 9, 2430 et seq.",
  "source_url": "https://kcassociated.com/2023/02/cybersecurity-state-by-state-data-breach-notification-laws-cont-2",
  "sources": [],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or ID, account/card number with access code, or account passwords/PINs",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card",
      "account_access_code"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "unknown",
    "harm_test": true,
    "no_harm_record": { "written": false, "tell_regulator": true },
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 45, "from": "discovery" }, "grade": "S" },
  "law_enforcement_delay": true,
  "regulator": "unknown",
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": ["financial institutions subject to the GLBA Interagency Guidance [S]"],
  "notes": [
    "A finding that misuse is not reasonably possible must be reported to the Attorney General or the Department of Financial Regulation [S]."
  ],
  "researched": true
};
