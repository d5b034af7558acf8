/** New Mexico: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const NM: StateLawInput = {
  "code": "NM",
  "name": "New Mexico",
  "statute": "NMSA 57-12C-1 to 57-12C-12",
  "source_url": "https://codes.findlaw.com/nm/chapter-57-trade-practices-and-regulations/nm-st-sect-57-12c-10/",
  "sources": [
    "https://instalawyer.io/laws/new-mexico-statutes/section-57-12c-7-notification-required",
    "https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-new-mexico.html"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or government ID, account/card number with access code, or biometric data",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card", "biometric"
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
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 45, "from": "discovery" }, "grade": "S" },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "New Mexico Attorney General",
    "threshold": { "op": "more_than", "n": 1000 },
    "period": { "kind": "days", "days": 45, "from": "discovery" },
    "form": "the number of residents notified and a copy of the notice",
    "grade": "P",
    "citation": "NMSA 57-12C-10"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "P" },
  "content": {
    "required": [
      "your name and contact information", "the types of personal information involved",
      "the date, estimated date or range of the breach", "a general description of the incident",
      "toll-free numbers and addresses of the major consumer reporting agencies",
      "advice to review account statements and credit reports",
      "advice on the resident's rights under the federal Fair Credit Reporting Act"
    ],
    "prohibited": "unknown",
    "grade": "P"
  },
  "substitute_notice": "unknown",
  "maintainer": { "period": { "kind": "days", "days": 45, "from": "discovery" }, "grade": "S" },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
