/** Maryland: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const MD: StateLawInput = {
  "code": "MD",
  "name": "Maryland",
  "statute": "Md. Code Com. Law 14-3501 to 14-3508",
  "source_url": "https://lexace.ai/us/statute/maryland/CL-14-3504",
  "sources": [
    "https://proteuscyber.com/privacy-database/news/4568-marylands-personal-information-protection-act-md-code-com-law-14-350",
    "https://klinedinstlaw.com/practice/privacy-data-security/maryland"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, ITIN, passport or other federal ID, driver's licence or state ID, account/card number with access code, health information, or health-insurance numbers (list read only in part)",
    "categories": [
      "ssn", "taxpayer_id", "passport", "drivers_licence", "state_id", "financial_account",
      "payment_card", "health", "health_insurance"
    ],
    "account_needs_code": true,
    "grade": "P"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": { "written": true, "keep_years": 3 },
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "P" },
  "residents": {
    "period": { "kind": "days", "days": 45, "from": "discovery" },
    "grade": "P",
    "citation": "Md. Code Com. Law 14-3504(b)(3)"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Maryland Attorney General",
    "threshold": "any",
    "period": { "kind": "expedient", "text": "before notifying residents" },
    "form": "number of residents, description, steps taken, the form of notice and a sample",
    "grade": "S"
  },
  "credit_bureaus": "unknown",
  "content": {
    "required": [
      "the categories of personal information, with the specific elements where possible",
      "your contact details (address, telephone, toll-free number if any)",
      "toll-free numbers and addresses of the major consumer reporting agencies",
      "toll-free numbers, addresses and websites of the FTC and the Maryland Attorney General, with a statement that residents can learn there how to avoid identity theft"
    ],
    "prohibited": "unknown",
    "grade": "S"
  },
  "substitute_notice": "unknown",
  "maintainer": { "period": { "kind": "days", "days": 45, "from": "discovery" }, "grade": "S" },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
