/**
 * New York: breach-notification law as data (grades per group). As amended by S2659B (signed
 * and in force 21 December 2024) and the 2025 chapter amendment that limits the DFS notice to
 * DFS covered entities; secondary summaries read 2026-12-02.
 */
import type { StateLawInput } from './schema.js';

export const NY: StateLawInput = {
  "code": "NY",
  "name": "New York",
  "statute": "N.Y. Gen. Bus. Law 899-aa",
  "source_url": "https://www.shrm.org/topics-tools/employment-law-compliance/new-york-data-breach-notification-law-amended",
  "sources": [
    "https://www.alstonprivacy.com", "https://www.mcdonaldhopkins.com",
    "https://www.infobytes.orrick.com", "https://www.wordsbywit.com/new-york"
  ],
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
  "encryption": { "safe_harbour": "unknown", "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 30, "from": "discovery" }, "grade": "S" },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "New York Attorney General, Department of State and Division of State Police (and the Department of Financial Services for DFS covered entities)",
    "threshold": { "op": "at_least", "n": 1 },
    "period": { "kind": "with_residents" },
    "form": "tell them the timing, content and distribution of the notices and the approximate number of residents affected, without delaying the residents' notice",
    "grade": "S",
    "citation": "N.Y. Gen. Bus. Law 899-aa(8)"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 5000 }, "grade": "S" },
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": { "period": { "kind": "days", "days": 30, "from": "discovery" }, "grade": "S" },
  "deemed_compliance": "unknown",
  "notes": [
    "30 days after discovery since 21 December 2024 (S2659B). Only the legitimate needs of law enforcement may delay it; the old allowance for determining the scope and restoring the system was removed.",
    "DFS covered entities (23 NYCRR 500.1) also report to DFS under 23 NYCRR 500.17, within 72 hours of determining a cybersecurity event."
  ],
  "researched": true
};
