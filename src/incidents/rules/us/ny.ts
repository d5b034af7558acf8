/** New York: breach-notification law as data (read 2026-11-29; grades per group). */
import type { StateLawInput } from './schema.js';

export const NY: StateLawInput = {
  "code": "NY",
  "name": "New York",
  "statute": "N.Y. Gen. Bus. Law 899-aa",
  "source_url": "https://www.wordsbywit.com/new-york",
  "sources": [],
  "last_verified": "2026-11-29",
  "personal_information": {
    "text": "not verified in secbook",
    "categories": "unknown",
    "account_needs_code": "unknown",
    "grade": "S"
  },
  "breach": {
    "trigger": "unknown",
    "harm_test": "unknown",
    "no_harm_record": "unknown",
    "grade": "S"
  },
  "encryption": {
    "safe_harbour": "unknown",
    "key_compromise_voids": "unknown",
    "grade": "S"
  },
  "residents": {
    "period": {
      "kind": "days",
      "days": 30,
      "from": "discovery"
    },
    "grade": "S"
  },
  "law_enforcement_delay": "unknown",
  "regulator": "unknown",
  "credit_bureaus": {
    "threshold": {
      "op": "more_than",
      "n": 5000
    },
    "grade": "S"
  },
  "content": {
    "required": "unknown",
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [
    "30 days after discovery since December 2024.",
    "Which agencies must be told (AG, Department of State, State Police, NYDFS…) is unverified here: check before sending."
  ],
  "researched": true
};
