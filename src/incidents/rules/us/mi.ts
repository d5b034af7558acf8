/** Michigan: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const MI: StateLawInput = {
  "code": "MI",
  "name": "Michigan",
  "statute": "MCL 445.72",
  "source_url": "https://klinedinstlaw.com/practice/privacy-data-security/michigan",
  "sources": [
    "https://www.consumerlawyers.com/michigan-identity-theft-protection-act",
    "http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/michigan.aspx"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, or account/card number with access code",
    "categories": ["ssn", "drivers_licence", "state_id", "financial_account", "payment_card"],
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
  "regulator": "none",
  "credit_bureaus": "unknown",
  "content": {
    "required": [
      "the breach in general terms", "the type of personal information accessed",
      "what was done to protect against further breaches", "a telephone number for information",
      "a reminder to stay vigilant for fraud and identity theft"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
