/** North Carolina: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const NC: StateLawInput = {
  "code": "NC",
  "name": "North Carolina",
  "statute": "N.C. Gen. Stat. 75-61, 75-65",
  "source_url": "https://law.onecle.com/north-carolina/75-monopolies-trusts-and-consumer-protection/75-65.html",
  "sources": [
    "https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-carolina.html",
    "https://lewisbrisbois.com/privacy/US/North%20Carolina/data-breach"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN or employer taxpayer ID, driver's licence/state ID/passport, account or card numbers or PINs, digital signatures, fingerprints or biometric data; online identifiers only when they open a financial account",
    "categories": [
      "ssn", "taxpayer_id", "drivers_licence", "state_id", "passport", "financial_account",
      "payment_card", "account_access_code", "biometric"
    ],
    "account_needs_code": false,
    "grade": "S"
  },
  "breach": {
    "trigger": "access_and_acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": {
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "grade": "P",
    "citation": "N.C. Gen. Stat. 75-65(a)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Consumer Protection Division, North Carolina Attorney General",
    "threshold": "any",
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "immediately following discovery" },
    "grade": "P"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
