/** Louisiana: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const LA: StateLawInput = {
  "code": "LA",
  "name": "Louisiana",
  "statute": "La. R.S. 51:3071 to 51:3077; La. Admin. Code tit. 16, pt. III, 701",
  "source_url": "https://legis.la.gov/Legis/Law.aspx?d=322030",
  "sources": [
    "https://ag.state.la.us/Page/DataBreach",
    "https://klinedinstlaw.com/practice/privacy-data-security/louisiana?all=1",
    "https://lewisbrisbois.com/privacy/US/Louisiana/data-breach"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, account/card number with access code, passport number, or biometric data",
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
    "no_harm_record": { "written": true, "keep_years": 5 },
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 60, "from": "discovery" }, "grade": "S" },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Consumer Protection Section, Louisiana Attorney General",
    "threshold": "any",
    "period": { "kind": "after_residents", "days": 10 },
    "form": "written notice (or the online form) with the names of all Louisiana residents affected",
    "grade": "P",
    "citation": "La. Admin. Code tit. 16, pt. III, 701"
  },
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": {
      "kind": "expedient",
      "text": "following discovery (no fixed period in the text read)"
    },
    "grade": "P"
  },
  "deemed_compliance": "unknown",
  "notes": [
    "A delay to determine scope or restore the system needs written reasons to the Attorney General within the 60 days [S]."
  ],
  "researched": true
};
