/** Delaware: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const DE: StateLawInput = {
  "code": "DE",
  "name": "Delaware",
  "statute": "6 Del. C. 12B-101 to 12B-104",
  "source_url": "https://delcode.delaware.gov/title6/c012b",
  "sources": [
    "https://www.dwt.com/delaware/", "https://www.complianceiq.site/breach-notification/delaware"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state/federal ID, account/card number with access code, passport, username/email with password, medical or health-insurance information, biometric data, or taxpayer ID",
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
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "P" },
  "residents": {
    "period": { "kind": "days", "days": 60, "from": "determination" },
    "grade": "P",
    "citation": "6 Del. C. 12B-102(c)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Delaware Attorney General",
    "threshold": { "op": "more_than", "n": 500 },
    "period": { "kind": "unknown" },
    "grade": "S"
  },
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "immediately following determination of the breach" },
    "grade": "P"
  },
  "deemed_compliance": "unknown",
  "notes": ["SSN exposed: offer one year of credit monitoring at no cost [S]."],
  "researched": true
};
