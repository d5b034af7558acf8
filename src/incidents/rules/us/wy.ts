/** Wyoming: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const WY: StateLawInput = {
  "code": "WY",
  "name": "Wyoming",
  "statute": "Wyo. Stat. 40-12-501 to 40-12-502",
  "source_url": "https://law.counselstack.com/statute/wy/12/40-12-502",
  "sources": [
    "https://www.dwt.com/wyoming/", "https://www.wordsbywit.com/wyoming",
    "https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-wyoming.html"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence, government/tribal ID, account/card number with code, shared secrets or tokens, username/email with password, birth or marriage certificate, medical, health-insurance or biometric information, or taxpayer ID",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card",
      "credentials", "health", "health_insurance", "biometric", "taxpayer_id"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": "unknown", "key_compromise_voids": "unknown", "grade": "S" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "grade": "P",
    "citation": "Wyo. Stat. 40-12-502(a)"
  },
  "law_enforcement_delay": true,
  "regulator": "none",
  "credit_bureaus": "unknown",
  "content": {
    "required": [
      "a toll-free number to contact you and to learn the credit bureaus' numbers and addresses",
      "the types of personal information", "a general description of the breach",
      "its approximate date, if known", "in general terms, the actions taken to protect the system"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "as soon as practicable following the determination" },
    "grade": "S"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
