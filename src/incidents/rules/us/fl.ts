/** Florida: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const FL: StateLawInput = {
  "code": "FL",
  "name": "Florida",
  "statute": "Fla. Stat. 501.171",
  "source_url": "http://www.pepperlaw.com/index.cfm?content=capabilities&action=view&id=74&subAction=content&subId=172",
  "sources": [],
  "last_verified": "2026-12-02",
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
      "from": "determination"
    },
    "grade": "S"
  },
  "law_enforcement_delay": "unknown",
  "regulator": {
    "name": "Florida Department of Legal Affairs",
    "threshold": {
      "op": "at_least",
      "n": 500
    },
    "period": {
      "kind": "days",
      "days": 30,
      "from": "determination"
    },
    "grade": "S",
    "citation": "Fla. Stat. 501.171(3)"
  },
  "credit_bureaus": {
    "threshold": {
      "op": "more_than",
      "n": 1000
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
    "Up to 15 more days for good cause if the Department of Legal Affairs is told in writing within the 30 days (not added to the deadline shown)."
  ],
  "researched": true
};
