/** Oregon: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const OR: StateLawInput = {
  "code": "OR",
  "name": "Oregon",
  "statute": "ORS 646A.600 to 646A.628",
  "source_url": "https://instalawyer.io/laws/2021-oregon-revised-statutes/section-646a604-notice-of",
  "sources": [
    "https://law.uslawyerdatabase.com/us-law/2021-oregon-revised-statutes/volume-16-trade-practices-labor-and-employment/title-50-trade-regulations-and-practices/chapter-646a-trade-regulation/identity-theft-prevention"
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
    "harm_test": "unknown",
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": "unknown", "key_compromise_voids": "unknown", "grade": "S" },
  "residents": {
    "period": { "kind": "days", "days": 45, "from": "discovery" },
    "grade": "P",
    "citation": "ORS 646A.604(3)(a)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Oregon Attorney General",
    "threshold": { "op": "more_than", "n": 250 },
    "period": { "kind": "unknown" },
    "form": "in writing or electronically",
    "grade": "P",
    "citation": "ORS 646A.604(1)(b)"
  },
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": { "period": { "kind": "days", "days": 10, "from": "discovery" }, "grade": "P" },
  "deemed_compliance": "unknown",
  "notes": [
    "A vendor breached for more than 250 consumers (or an unknown number) notifies the Attorney General itself unless the covered entity did (646A.604(2)(c)) [P]."
  ],
  "researched": true
};
