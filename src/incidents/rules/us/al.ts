/** Alabama: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const AL: StateLawInput = {
  "code": "AL",
  "name": "Alabama",
  "statute": "Ala. Code 8-38-1 to 8-38-12",
  "source_url": "https://law.uslawyerdatabase.com/section-8-38-5-notice-of-security-breach-individuals-affected/",
  "sources": [
    "https://www.fincher.co/state-breach-notification-law/alabama-breach-notification-law-",
    "https://mintz.com/mintz-matrix/alabama",
    "https://www.complianceiq.site/breach-notification/alabama"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, passport, financial account number with its access code, medical or health-insurance information, or a username/email with password",
    "categories": [
      "ssn", "drivers_licence", "state_id", "passport", "financial_account", "payment_card",
      "health", "health_insurance", "credentials"
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
    "period": { "kind": "days", "days": 45, "from": "determination" },
    "grade": "P",
    "citation": "Ala. Code 8-38-5(b)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Alabama Attorney General",
    "threshold": { "op": "more_than", "n": 1000 },
    "period": { "kind": "days", "days": 45, "from": "determination" },
    "grade": "S",
    "citation": "Ala. Code 8-38-6"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "allowed when notice would cost more than USD 500,000, more than 100,000 people are affected, or contact details are insufficient [S]",
  "maintainer": {
    "period": {
      "kind": "expedient",
      "text": "within 10 days (secbook's source does not say from which event — check Ala. Code 8-38-8)"
    },
    "grade": "S"
  },
  "deemed_compliance": [
    "HIPAA or GLBA notice procedures count, except that the Attorney General notice above 1,000 residents is still due [S]"
  ],
  "notes": [],
  "researched": true
};
