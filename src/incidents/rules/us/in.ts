/** Indiana: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const IN: StateLawInput = {
  "code": "IN",
  "name": "Indiana",
  "statute": "Ind. Code 24-4.9",
  "source_url": "https://statutes.laws.com/indiana/title-24/ar-4.9/ch-3",
  "sources": [
    "https://klinedinstlaw.com/practice/privacy-data-security/indiana",
    "https://www.recordinglaw.com/us-laws/data-privacy-laws/indiana-data-privacy-laws/data-breach-notification"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, or account/card number with access code; an unencrypted SSN alone",
    "categories": ["ssn", "drivers_licence", "state_id", "financial_account", "payment_card"],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "P" },
  "residents": { "period": { "kind": "days", "days": 45, "from": "discovery" }, "grade": "S" },
  "law_enforcement_delay": "unknown",
  "regulator": {
    "name": "Indiana Attorney General",
    "threshold": "any",
    "period": { "kind": "days", "days": 45, "from": "discovery" },
    "form": "the AG breach notification form with a sample of the resident notice (email)",
    "grade": "S",
    "citation": "Ind. Code 24-4.9-3-1(c)"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "P" },
  "content": { "required": [], "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": {
      "kind": "expedient",
      "text": "notify the data base owner when it discovers the breach (no fixed period in the text read)"
    },
    "grade": "P"
  },
  "deemed_compliance": [
    "GLBA, HIPAA and other federal breach procedures listed in 24-4.9-3-3.5 [S]"
  ],
  "notes": [],
  "researched": true
};
