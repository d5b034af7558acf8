/** Pennsylvania: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const PA: StateLawInput = {
  "code": "PA",
  "name": "Pennsylvania",
  "statute": "73 P.S. 2301 to 2330",
  "source_url": "https://complyauto.com/pennsylvania-updates-data-breach-law-ag-notice-credit-monitoring-may-be-required",
  "sources": [
    "https://thewbkfirm.com/industry/amended-pa-breach-of-personal-information-notification-act-effective",
    "https://www.cliclaw.com/node/8008"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, or account/card number with access code (the 2023–2024 amendments widened this: check 2302)",
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
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "unknown" }, "grade": "S" },
  "law_enforcement_delay": "unknown",
  "regulator": {
    "name": "Pennsylvania Attorney General",
    "threshold": { "op": "more_than", "n": 500 },
    "period": { "kind": "with_residents" },
    "form": "the AG's online portal: name and location, date, summary, total and Pennsylvania numbers affected",
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "at_least", "n": 500 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": ["own notice procedures consistent with the act [S]"],
  "notes": [
    "Names with SSN, bank account or driver's licence/ID numbers exposed: 12 months of credit monitoring and a credit report at no cost [S].",
    "Resident deadline: sources disagree (without unreasonable delay vs 30 days) — unknown, check 73 P.S. 2303."
  ],
  "researched": true
};
