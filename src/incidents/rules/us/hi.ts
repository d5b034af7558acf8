/** Hawaii: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const HI: StateLawInput = {
  "code": "HI",
  "name": "Hawaii",
  "statute": "Haw. Rev. Stat. 487N-1 to 487N-7",
  "source_url": "https://policyrisk.com/states/hawaii/statutes/487N-2",
  "sources": ["http://www.perkinscoie.com/sc_hawaii", "https://www.wordsbywit.com/hawaii"],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or Hawaii ID, or account/card number with access code",
    "categories": ["ssn", "drivers_licence", "state_id", "financial_account", "payment_card"],
    "account_needs_code": true,
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
    "citation": "Haw. Rev. Stat. 487N-2(a)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Hawaii Office of Consumer Protection",
    "threshold": { "op": "more_than", "n": 1000 },
    "period": { "kind": "expedient", "text": "without unreasonable delay" },
    "form": "written notice of the timing, content and distribution of the notice",
    "grade": "S"
  },
  "credit_bureaus": { "threshold": { "op": "more_than", "n": 1000 }, "grade": "S" },
  "content": {
    "required": [
      "the incident in general terms", "the type of information involved",
      "the general steps taken to prevent further unauthorised access",
      "a telephone number for information", "advice to stay vigilant"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": {
    "period": { "kind": "expedient", "text": "immediately following discovery" },
    "grade": "P"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
