/** Massachusetts: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const MA: StateLawInput = {
  "code": "MA",
  "name": "Massachusetts",
  "statute": "M.G.L. c. 93H",
  "source_url": "https://www.mass.gov/info-details/reporting-data-breaches-to-affected-residents",
  "sources": [
    "https://proteuscyber.com/privacy-database/news/4569-massachusetts-chapter-93h-security-breaches-mass-gen-laws-93h-1",
    "https://instalawyer.io/laws/massachusetts-general-laws/section-3a-breaches-of",
    "https://www.mass.gov/info-details/notifications-in-the-event-of-a-data-breach",
    "https://www.wordsbywit.com/massachusetts"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, or a financial account or card number with or without its code",
    "categories": ["ssn", "drivers_licence", "state_id", "financial_account", "payment_card"],
    "account_needs_code": false,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "P" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "as soon as practicable and without unreasonable delay"
    },
    "grade": "S"
  },
  "law_enforcement_delay": true,
  "regulator": {
    "name": "Massachusetts Attorney General and the Office of Consumer Affairs and Business Regulation",
    "threshold": "any",
    "period": {
      "kind": "expedient",
      "text": "as soon as practicable and without unreasonable delay"
    },
    "form": "nature of the breach, number of residents affected, steps taken, and a sample copy of the resident notice",
    "grade": "S"
  },
  "credit_bureaus": "unknown",
  "content": {
    "required": [
      "the resident's right to obtain a police report",
      "how to request a security freeze and the information needed for it",
      "that a security freeze costs nothing to request, lift or remove"
    ],
    "prohibited": ["the nature of the breach (it goes to the Attorney General and OCABR only)"],
    "grade": "S"
  },
  "substitute_notice": "when written notice would cost more than USD 250,000, more than 500,000 residents are affected, or contact details are insufficient [P]",
  "maintainer": {
    "period": {
      "kind": "expedient",
      "text": "notify the owner or licensor when it knows or has reason to know of the breach (no fixed period in the sources read)"
    },
    "grade": "S"
  },
  "deemed_compliance": "unknown",
  "notes": [
    "\"Breach of security\" needs a substantial risk of identity theft or fraud (93H, 1) [P]; \"encrypted\" means at least 128-bit (93H, 1) [P].",
    "SSN exposed: offer at least 18 months of credit monitoring at no cost, and do not make it conditional on waiving a right to sue (93H, 3A) [P].",
    "Whether the resident notice must also leave out the number of residents affected was not verified here: check 93H, 3."
  ],
  "researched": true
};
