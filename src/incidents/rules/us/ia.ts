/** Iowa: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const IA: StateLawInput = {
  "code": "IA",
  "name": "Iowa",
  "statute": "Iowa Code 715C.1 to 715C.2",
  "source_url": "https://www.iowaattorneygeneral.gov/for-consumers/security-breach-notifications",
  "sources": [
    "https://www.dwt.com/iowa/", "https://www.constangy.com/data-privacy-us-ia",
    "https://www.wordsbywit.com/iowa"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or government ID, account/card number with its code, or unique biometric data",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card",
      "biometric"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": { "written": true, "keep_years": 5 },
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expeditious manner possible and without unreasonable delay"
    },
    "grade": "S"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Director of the Consumer Protection Division, Iowa Attorney General",
    "threshold": { "op": "more_than", "n": 500 },
    "period": { "kind": "after_residents", "days": 5, "business": true },
    "form": "written notice",
    "grade": "S"
  },
  "credit_bureaus": "unknown",
  "content": {
    "required": [
      "a description of the breach", "its approximate date", "the type of personal information",
      "contact information for the consumer reporting agencies",
      "advice to report suspected identity theft"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [
    "The Attorney General's page says \"at least 500\"; law-firm charts quoting the statute say \"more than 500\": secbook uses \"more than 500\" — check 715C.2(8).",
    "The five business days are counted as weekdays other than US federal holidays, in Central time; Iowa state holidays are not modelled."
  ],
  "researched": true
};
