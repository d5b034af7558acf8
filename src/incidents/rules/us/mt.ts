/** Montana: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const MT: StateLawInput = {
  "code": "MT",
  "name": "Montana",
  "statute": "Mont. Code Ann. 30-14-1704",
  "source_url": "https://dojmt.gov/office-of-consumer-protection/reporting-requirements-for-data-breaches",
  "sources": [
    "https://revisionlegal.com/corporate/revision-legal/montana-data-breach-notification-law",
    "https://www.recordinglaw.com/us-laws/data-privacy-laws/montana-data-privacy-laws/data-breach-notification"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence, state or tribal ID, account/card number with access code, medical record information, taxpayer ID or an IRS identity protection PIN",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card", "health",
      "taxpayer_id"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": {
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "grade": "S"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Montana Office of Consumer Protection (Department of Justice)",
    "threshold": "any",
    "period": { "kind": "with_residents" },
    "form": "an electronic copy of the notice without personal information, with the number of Montana residents, the date and the method of distribution",
    "grade": "S"
  },
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "as soon as the discovery is made" },
    "grade": "S"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
