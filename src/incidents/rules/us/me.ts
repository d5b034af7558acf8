/** Maine: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const ME: StateLawInput = {
  "code": "ME",
  "name": "Maine",
  "statute": "10 M.R.S. 1346 et seq.",
  "source_url": "https://www.maine.gov/ag/consumer-protection/data-security-breaches",
  "sources": [
    "https://docest.com/doc/131605/mrs-title-10-1349-enforcement-penalties",
    "https://www.complianceiq.site/breach-notification/maine",
    "http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/maine.aspx"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, account/card number usable without codes, or account passwords/PINs; the elements alone when enough for identity theft",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card",
      "account_access_code"
    ],
    "account_needs_code": "unknown",
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 30, "from": "determination" }, "grade": "S" },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Maine Attorney General (or the Department of Professional and Financial Regulation regulator for licensees)",
    "threshold": "any",
    "period": { "kind": "unknown" },
    "form": "the Attorney General's online security breach reporting service",
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": ["notice under federal or state rules at least as protective as 1348 [P]"],
  "notes": [
    "The 30 days run from becoming aware of the breach and identifying its scope; secbook counts them from determined_at [S].",
    "After a law-enforcement delay: notice within 7 business days of the agency's go-ahead [S]."
  ],
  "researched": true
};
