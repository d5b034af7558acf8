/** Virginia: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const VA: StateLawInput = {
  "code": "VA",
  "name": "Virginia",
  "statute": "Va. Code 18.2-186.6",
  "source_url": "https://instalawyer.io/laws/code-of-virginia/182-1866-breach-of-personal",
  "sources": [
    "https://klinedinstlaw.com/practice/privacy-data-security/virginia?all=1",
    "https://www.foley.com/insights/publications/2008/03/virginia-enacts-security-breach-law/",
    "https://dwt.com/gcp/states/virginia"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, account/card number with access code, passport or military ID number",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "access_and_acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": {
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "grade": "S"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Virginia Attorney General (Computer Crime Section)",
    "threshold": "any",
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "form": "cover letter, date and discovery, cause, number of Virginia residents, remedial steps, a sample notice",
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": {
    "required": [
      "the incident in general terms", "the types of personal information",
      "what was done to protect it from further access",
      "a telephone number for information, if one exists",
      "advice to stay vigilant by reviewing account statements and free credit reports"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": ["Medical information breaches have a separate statute (Va. Code 32.1-127.1:05) [S]."],
  "researched": true
};
