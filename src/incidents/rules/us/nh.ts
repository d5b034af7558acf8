/** New Hampshire: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const NH: StateLawInput = {
  "code": "NH",
  "name": "New Hampshire",
  "statute": "N.H. Rev. Stat. 359-C:19 to 359-C:21",
  "source_url": "https://lawserver.com/law/state/new-hampshire/nh-statutes/new_hampshire_revised_statutes_359-c_20",
  "sources": [
    "https://cliclaw.com/library/state-laws/state-security-breach-laws/new-hampshire-notice-security-breach",
    "https://www.doj.nh.gov/citizens/consumer-protection-antitrust-bureau/security-breach-notifications"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or other government ID, or account/card number with access code",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card"
    ],
    "account_needs_code": true,
    "grade": "P"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "P" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "as quickly as possible after the misuse determination"
    },
    "grade": "P",
    "citation": "N.H. Rev. Stat. 359-C:20(I)(a)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "New Hampshire Attorney General (or your primary regulator)",
    "threshold": "any",
    "period": { "kind": "unknown" },
    "form": "the anticipated date of the resident notice and the approximate number of New Hampshire residents",
    "grade": "P",
    "citation": "N.H. Rev. Stat. 359-C:20(I)(b)"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": {
    "required": [
      "a general description of the breach", "its approximate date",
      "the type of personal information", "telephone contact information"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "immediately following discovery" },
    "grade": "P"
  },
  "deemed_compliance": "unknown",
  "notes": [
    "If you cannot determine whether misuse is likely, notice is still required (359-C:20(I)(a)) [P]."
  ],
  "researched": true
};
