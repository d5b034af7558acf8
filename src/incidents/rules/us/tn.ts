/** Tennessee: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const TN: StateLawInput = {
  "code": "TN",
  "name": "Tennessee",
  "statute": "Tenn. Code 47-18-2107",
  "source_url": "https://perkinscoie.com/insights/publication/security-breach-notification-chart-tennessee",
  "sources": [
    "http://dwt.com/tennessee", "http://tncyberlaw.com/tennessees-data-breach-notification-law/"
  ],
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
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 45, "from": "discovery" }, "grade": "S" },
  "law_enforcement_delay": true,
  "regulator": "none",
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": [], "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": { "period": { "kind": "days", "days": 45, "from": "discovery" }, "grade": "S" },
  "deemed_compliance": [
    "GLBA financial institutions and HIPAA covered entities following their federal rules [S]"
  ],
  "notes": ["\"Encrypted\" means per FIPS 140-2 [S]."],
  "researched": true
};
