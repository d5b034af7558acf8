/** California: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const CA: StateLawInput = {
  "code": "CA",
  "name": "California",
  "statute": "Cal. Civ. Code 1798.82",
  "source_url": "https://oag.ca.gov/ecrime/databreach/reporting",
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
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 30, "from": "discovery" }, "grade": "P" },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "California Attorney General",
    "threshold": { "op": "more_than", "n": 500 },
    "period": { "kind": "after_residents", "days": 15 },
    "form": "electronic submission of one sample copy of the notice, without personal information (published by the AG)",
    "grade": "S",
    "citation": "Cal. Civ. Code 1798.82(f)"
  },
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "immediately following discovery" },
    "grade": "P"
  },
  "deemed_compliance": "unknown",
  "notes": [
    "Within 30 calendar days of discovery or notification (SB 446, in force 1 Jan 2026); a delay is allowed for law enforcement or to determine scope and restore the system.",
    "Form (1798.82(d)): title \"Notice of Data Breach\"; headings What Happened / What Information Was Involved / What We Are Doing / What You Can Do / For More Information; plain language; at least 10-point type.",
    "Content [S]: business name and contact; types of personal information; date, estimated date or range of the breach and the date of the notice; whether law enforcement delayed it; a general description."
  ],
  "researched": true
};
