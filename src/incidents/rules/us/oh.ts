/** Ohio: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const OH: StateLawInput = {
  "code": "OH",
  "name": "Ohio",
  "statute": "Ohio Rev. Code 1349.19",
  "source_url": "https://instalawyer.io/laws/ohio-revised-code/section-134919-private-disclosure",
  "sources": ["https://www.swlaw.com/data-breach-map/view/state/oh", "https://dwt.com/ohio"],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, or account/card number with access code",
    "categories": ["ssn", "drivers_licence", "state_id", "financial_account", "payment_card"],
    "account_needs_code": true,
    "grade": "S"
  },
  "breach": {
    "trigger": "access_and_acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 45, "from": "discovery" }, "grade": "S" },
  "law_enforcement_delay": true,
  "regulator": "none",
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": { "required": [], "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "insufficient contact details, cost over USD 250,000 or more than 500,000 residents: email, website posting and statewide media; a business with 10 or fewer employees whose cost would exceed USD 10,000 may use local newspaper notice [S]",
  "maintainer": {
    "period": {
      "kind": "expedient",
      "text": "in an expeditious manner following determination of the breach"
    },
    "grade": "S"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
