/** Illinois: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const IL: StateLawInput = {
  "code": "IL",
  "name": "Illinois",
  "statute": "815 ILCS 530/10",
  "source_url": "https://witnessslips.ilga.gov/legislation/ilcs/documents/081505300K10.htm",
  "sources": [
    "https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=2702&ChapterID=67&Print=True",
    "https://privacyrights.org/resources/data-breach-notification-united-states-and-territories",
    "https://online.flippingbook.com/view/738404189/119"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "name with SSN, driver's licence or state ID, account or card number (alone or with a code), medical or health-insurance information, biometric data; or username/email with password",
    "categories": [
      "ssn", "drivers_licence", "state_id", "financial_account", "payment_card", "health",
      "health_insurance", "biometric", "credentials"
    ],
    "account_needs_code": false,
    "grade": "S"
  },
  "breach": {
    "trigger": "acquisition",
    "harm_test": "unknown",
    "no_harm_record": "unknown",
    "grade": "P"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": true, "grade": "S" },
  "residents": {
    "period": {
      "kind": "expedient",
      "text": "in the most expedient time possible and without unreasonable delay"
    },
    "grade": "P",
    "citation": "815 ILCS 530/10(a)"
  },
  "law_enforcement_delay": "unknown",
  "regulator": {
    "name": "Illinois Attorney General",
    "threshold": { "op": "more_than", "n": 500 },
    "period": { "kind": "unknown" },
    "grade": "S"
  },
  "credit_bureaus": "unknown",
  "content": {
    "required": [
      "toll-free numbers and addresses of the consumer reporting agencies",
      "toll-free number, address and website of the Federal Trade Commission",
      "that the resident can get information on fraud alerts and security freezes from these sources",
      "credentials breached: tell the resident to change the password and security answers"
    ],
    "prohibited": ["the number of Illinois residents affected"],
    "grade": "P"
  },
  "substitute_notice": "allowed when notice would cost more than USD 250,000, more than 500,000 people are affected, or contact details are insufficient [S]",
  "maintainer": {
    "period": { "kind": "expedient", "text": "immediately following discovery" },
    "grade": "S"
  },
  "deemed_compliance": "unknown",
  "notes": [],
  "researched": true
};
