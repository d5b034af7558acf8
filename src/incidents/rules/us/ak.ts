/** Alaska: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const AK: StateLawInput = {
  "code": "AK",
  "name": "Alaska",
  "statute": "Alaska Stat. 45.48.010 to 45.48.090",
  "source_url": "https://law.justia.com/codes/alaska/2019/title-45/chapter-48/article-1/section-45-48-010/",
  "sources": [
    "https://www.dwt.com/alaska/", "https://www.complianceiq.site/breach-notification/alaska"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, account or card number with an access code where one is required, or passwords/PINs for financial accounts",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card",
      "account_access_code"
    ],
    "account_needs_code": "unknown",
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": { "written": true, "keep_years": 5, "tell_regulator": true },
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expeditious time possible and without unreasonable delay"
    },
    "grade": "P",
    "citation": "Alaska Stat. 45.48.010(b)"
  },
  "law_enforcement_delay": true,
  "regulator": "none",
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": [], "prohibited": [], "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": ["A no-harm finding needs written notice to the Attorney General (45.48.010(c)) [P]."],
  "researched": true
};
