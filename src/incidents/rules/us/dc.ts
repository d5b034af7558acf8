/** District of Columbia: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const DC: StateLawInput = {
  "code": "DC",
  "name": "District of Columbia",
  "statute": "D.C. Code 28-3851 to 28-3853",
  "source_url": "https://oag.dc.gov/requirements-districts-data-breach-notification",
  "sources": [
    "https://csrps.com/privacy-regulations/washington-d-c/",
    "https://www.wordsbywit.com/district-of-columbia"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "not verified in secbook",
    "categories": "unknown",
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
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "grade": "S"
  },
  "law_enforcement_delay": "unknown",
  "regulator": {
    "name": "District of Columbia Attorney General",
    "threshold": { "op": "at_least", "n": 50 },
    "period": { "kind": "with_residents" },
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [
    "Before concluding that harm is unlikely, consult the Office of the Attorney General and federal law enforcement [S].",
    "SSN or taxpayer ID exposed: offer at least 18 months of identity-theft protection at no cost [S]."
  ],
  "researched": true
};
