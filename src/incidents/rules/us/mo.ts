/** Missouri: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const MO: StateLawInput = {
  "code": "MO",
  "name": "Missouri",
  "statute": "Mo. Rev. Stat. 407.1500",
  "source_url": "https://instalawyer.io/laws/missouri-revised-statutes/section-4071500-definitions",
  "sources": [
    "https://www.itechlaw.org/latinamericadataprotection/missouri-4",
    "https://www.dwt.com/missouri/"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or government ID, account/card number or electronic identifier with access code, medical or health-insurance information",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card",
      "health", "health_insurance"
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
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "P" },
  "residents": {
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "grade": "S"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Missouri Attorney General",
    "threshold": { "op": "more_than", "n": 1000 },
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "form": "timing, distribution and content of the notice",
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": {
    "required": [
      "a general description of the breach", "the type of personal information",
      "a telephone number for information, if one exists",
      "contact information for the consumer reporting agencies"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "immediately following discovery" },
    "grade": "S"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
