/** Kentucky: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const KY: StateLawInput = {
  "code": "KY",
  "name": "Kentucky",
  "statute": "KRS 365.732",
  "source_url": "https://www.wordsbywit.com/kentucky",
  "sources": [
    "https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-kentucky.html",
    "https://dwt.com/gcp/states/kentucky"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence, or account/card number with access code",
    "categories": ["ssn", "drivers_licence", "financial_account", "payment_card"],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "P" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "grade": "P"
  },
  "law_enforcement_delay": true,
  "regulator": "none",
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": [], "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "when notice would cost more than USD 250,000, more than 500,000 people are affected, or contact details are insufficient [S]",
  "maintainer": "unknown",
  "deemed_compliance": ["HIPAA-regulated entities and GLBA financial institutions are exempt [S]"],
  "notes": [],
  "researched": true
};
