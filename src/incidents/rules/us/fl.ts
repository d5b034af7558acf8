/** Florida: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const FL: StateLawInput = {
  "code": "FL",
  "name": "Florida",
  "statute": "Fla. Stat. 501.171",
  "source_url": "https://www.swlaw.com/data-breach-map/view/state/fl",
  "sources": [
    "https://dwt.com/gcp/states/florida",
    "http://www.pepperlaw.com/index.cfm?content=capabilities&action=view&id=74&subAction=content&subId=172"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence, ID, passport or military ID number, account/card number with access code, medical or health-insurance information; or username/email with password",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card",
      "health", "health_insurance", "credentials"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "access",
    "harm_test": true,
    "no_harm_record": { "written": true, "keep_years": 5, "tell_regulator": true },
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 30, "from": "determination" }, "grade": "S" },
  "law_enforcement_delay": "unknown",
  "regulator": {
    "name": "Florida Department of Legal Affairs",
    "threshold": { "op": "at_least", "n": 500 },
    "period": { "kind": "days", "days": 30, "from": "determination" },
    "grade": "S",
    "citation": "Fla. Stat. 501.171(3)"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": {
    "required": [
      "the date, estimated date or date range of the breach",
      "a description of the personal information involved", "your contact information"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": { "period": { "kind": "days", "days": 10, "from": "determination" }, "grade": "S" },
  "deemed_compliance": "unknown",
  "notes": [
    "Up to 15 more days for good cause if the Department of Legal Affairs is told in writing within the 30 days (not added to the deadline shown).",
    "A no-harm finding needs law-enforcement consultation, a written record kept 5 years, and a copy to the Department of Legal Affairs within 30 days [S]."
  ],
  "researched": true
};
