/** Rhode Island: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const RI: StateLawInput = {
  "code": "RI",
  "name": "Rhode Island",
  "statute": "R.I. Gen. Laws 11-49.3-1 to 11-49.3-6",
  "source_url": "https://lawserver.com/law/state/rhode-island/ri-laws/rhode_island_general_laws_11-49-3-4",
  "sources": [
    "https://www.swlaw.com/data-breach-map/view/state/ri",
    "http://webserver.rilegislature.gov/PublicLaws/law23/law23375.htm"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state/tribal ID, account/card number with code, medical or health-insurance information, or an email address with the code that opens an account",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card", "health",
      "health_insurance", "credentials"
    ],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "access_or_acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "P" },
  "residents": {
    "period": { "kind": "days", "days": 45, "from": "determination" },
    "grade": "P",
    "citation": "R.I. Gen. Laws 11-49.3-4(a)(2)(ii)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Rhode Island Attorney General",
    "threshold": { "op": "more_than", "n": 500 },
    "period": { "kind": "expedient", "text": "without delaying the notice to residents" },
    "form": "timing, content and distribution of the notices and the approximate number affected",
    "grade": "P"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 500 }, "grade": "P" },
  "content": {
    "required": [
      "a brief description of the incident, how it occurred and the number affected",
      "the type of information", "the date or date range of the breach",
      "the date it was discovered",
      "remediation services, with toll-free numbers and websites of the credit bureaus, remediation providers and the Attorney General",
      "how to obtain a police report and request a security freeze"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [
    "The 45 days run from confirmation of the breach and the ability to gather the content required; secbook counts them from determined_at [P]."
  ],
  "researched": true
};
