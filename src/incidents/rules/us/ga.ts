/** Georgia: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const GA: StateLawInput = {
  "code": "GA",
  "name": "Georgia",
  "statute": "O.C.G.A. 10-1-912",
  "source_url": "https://law.justia.com/codes/georgia/2016/title-10/chapter-1/article-34/section-10-1-912",
  "sources": [
    "https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/georgia",
    "https://www.complianceiq.site/breach-notification/georgia"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, account/card number usable without further codes, or account passwords/PINs/access codes; the elements alone if enough for identity theft",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card",
      "account_access_code"
    ],
    "account_needs_code": "unknown",
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": "unknown",
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "P" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "grade": "P",
    "citation": "O.C.G.A. 10-1-912(a)"
  },
  "law_enforcement_delay": true,
  "regulator": "none",
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 10000 }, "grade": "P" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": { "period": { "kind": "hours", "hours": 24, "from": "discovery" }, "grade": "P" },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
