/** Guam: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const GU: StateLawInput = {
  "code": "GU",
  "name": "Guam",
  "statute": "9 GCA 48.10 to 48.80",
  "source_url": "https://proteuscyber.com/privacy-database/news/4558-guam-code-title-9-chapter-48-notificationof-breaches-of-personal-information-2019-9-gca-4810",
  "sources": [
    "https://lewisbrisbois.com/privacy/US/Guam/data-breach",
    "https://www.constangy.com/data-privacy-us-gu"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or Guam ID, or account/card number with access code",
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
  "law_enforcement_delay": "unknown",
  "regulator": "none",
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
