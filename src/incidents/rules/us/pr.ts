/** Puerto Rico: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const PR: StateLawInput = {
  "code": "PR",
  "name": "Puerto Rico",
  "statute": "10 L.P.R.A. 4051 to 4055",
  "source_url": "https://casetext.com/statute/laws-of-puerto-rico/title-ten-commerce/subtitle-3-business-regulations-generally/chapter-310-citizen-information-on-data-banks-security-act/4053-notification-character-and-method",
  "sources": [
    "https://www.swlaw.com/data-breach-map/view/state/pr",
    "https://www.constangy.com/data-privacy-us-pr"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence, voter or other official ID, bank or financial account number (with or without a code), usernames with passwords, medical information, tax information or work evaluations",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "credentials",
      "health", "taxpayer_id"
    ],
    "account_needs_code": false,
    "grade": "S"
  },
  "breach": {
    "trigger": "access",
    "harm_test": "unknown",
    "no_harm_record": "unknown",
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": {
    "period": { "kind": "expedient", "text": "as expeditiously as possible" },
    "grade": "S"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Puerto Rico Department of Consumer Affairs (DACO)",
    "threshold": "any",
    "period": { "kind": "days", "days": 10, "from": "discovery" },
    "grade": "S"
  },
  "credit_bureaus": "none",
  "content": {
    "required": [
      "the breach in general terms", "the type of sensitive information compromised",
      "a toll-free number and a website for information or assistance"
    ],
    "prohibited": "unknown",
    "grade": "P"
  },
  "substitute_notice": "when notice would cost more than USD 100,000 or reach more than 100,000 people (or is excessively onerous): a prominent announcement at the premises, on the website and in mailed fliers, plus a press communication [P]",
  "maintainer": {
    "period": {
      "kind": "expedient",
      "text": "notify the owner when unauthorised access occurs (no fixed period in secbook's source)"
    },
    "grade": "S"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
