/** South Dakota: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const SD: StateLawInput = {
  "code": "SD",
  "name": "South Dakota",
  "statute": "SDCL 22-40-19 to 22-40-26",
  "source_url": "https://self-law.org/code/sd/title-22/chapter-22-40/22-40-20",
  "sources": [
    "https://self-law.org/code/sd/title-22/chapter-22-40/22-40-22",
    "https://datamatters.sidley.com/2018/03/26/south-dakota-becomes-49th-state-enact-data-breach-notification-law/"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or government ID, account/card number with code, health information (HIPAA sense), employer ID with authentication; login credentials (\"protected information\")",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card",
      "health", "credentials"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": { "written": true, "keep_years": 3, "tell_regulator": true },
    "grade": "P"
  },
  "encryption": { "safe_harbour": "unknown", "key_compromise_voids": "unknown", "grade": "S" },
  "residents": {
    "period": { "kind": "days", "days": 60, "from": "discovery" },
    "grade": "P",
    "citation": "SDCL 22-40-20"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "South Dakota Attorney General",
    "threshold": { "op": "more_than", "n": 250 },
    "period": { "kind": "days", "days": 60, "from": "discovery" },
    "form": "mail or email",
    "grade": "S",
    "citation": "SDCL 22-40-20"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "when notice would cost more than USD 250,000, more than 500,000 persons are affected, or contact details are insufficient: email, website posting and statewide media [P]",
  "maintainer": {
    "period": { "kind": "expedient", "text": "immediately following discovery" },
    "grade": "S"
  },
  "deemed_compliance": [
    "entities following federal breach procedures (HIPAA, GLBA) (22-40-23) [S]"
  ],
  "notes": [
    "Attorney General threshold \"exceeds two hundred fifty residents\" is statute text [P]; its 60-day deadline is from a secondary source [S]."
  ],
  "researched": true
};
