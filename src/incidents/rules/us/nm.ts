/** New Mexico: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const NM: StateLawInput = {
  "code": "NM",
  "name": "New Mexico",
  "statute": "New Mexico breach-notification statute (section not verified in secbook)",
  "source_url": "https://guides.lib.virginia.edu/c.php?g=515290&p=7162467",
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
      "kind": "unknown"
    },
    "grade": "S"
  },
  "law_enforcement_delay": "unknown",
  "regulator": "unknown",
  "credit_bureaus": "unknown",
  "content": {
    "required": "unknown",
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": false
};
