/** Minnesota: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const MN: StateLawInput = {
  "code": "MN",
  "name": "Minnesota",
  "statute": "Minn. Stat. 325E.61",
  "source_url": "https://www.wordsbywit.com/minnesota",
  "sources": [
    "https://online.flippingbook.com/view/272552931/106",
    "http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/minnesota.aspx"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or Minnesota ID, or account number with the code that opens it",
    "categories": ["ssn", "drivers_licence", "state_id", "financial_account", "payment_card"],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": "unknown",
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
  "law_enforcement_delay": "unknown",
  "regulator": "unknown",
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 500 }, "grade": "P" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": [
    "an entity following its own notification policy consistent with the timing rules [P]",
    "financial institutions (15 U.S.C. 6809(3)) are exempt [P]"
  ],
  "notes": [
    "Credit bureaus: within 48 hours of the notices (325E.61 subd. 2) [P].",
    "Attorney General notice: sources disagree (48 hours vs 30 days) — unknown, check 325E.61."
  ],
  "researched": true
};
