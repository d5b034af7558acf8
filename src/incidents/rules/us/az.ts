/** Arizona: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const AZ: StateLawInput = {
  "code": "AZ",
  "name": "Arizona",
  "statute": "A.R.S. 18-552",
  "source_url": "https://www.azleg.gov/ars/18/00552.htm",
  "sources": [
    "https://huggingface.co/datasets/referencesource/data-breach-notification-clocks",
    "https://advocacy.consumerreports.org/research/states_with_notice_of_security_breach_laws/"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "not verified in secbook",
    "categories": "unknown",
    "account_needs_code": "unknown",
    "grade": "S"
  },
  "breach": { "trigger": "unknown", "harm_test": true, "no_harm_record": "unknown", "grade": "S" },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": {
    "period": { "kind": "days", "days": 45, "from": "determination" },
    "grade": "S",
    "citation": "A.R.S. 18-552(B)"
  },
  "law_enforcement_delay": "unknown",
  "regulator": {
    "name": "Arizona Attorney General (and the Director of the Arizona Department of Homeland Security)",
    "threshold": { "op": "more_than", "n": 1000 },
    "period": { "kind": "days", "days": 45, "from": "determination" },
    "grade": "S",
    "citation": "A.R.S. 18-552(B)"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": [
    "GLBA-covered entities and HIPAA covered entities/business associates are exempt (18-552(N)) [S]"
  ],
  "notes": [],
  "researched": true
};
