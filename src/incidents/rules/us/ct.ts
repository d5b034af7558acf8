/** Connecticut: breach-notification law as data (read 2026-12-02; grades per group). */
import type { StateLawInput } from './schema.js';

export const CT: StateLawInput = {
  "code": "CT",
  "name": "Connecticut",
  "statute": "Conn. Gen. Stat. 36a-701b",
  "source_url": "https://preview-stage.ct.egov.com/ag/departments/privacy/reporting-a-data-breach",
  "sources": [
    "https://www.wordsbywit.com/connecticut",
    "https://natlawreview.com/article/how-to-report-data-breach-connecticut"
  ],
  "last_verified": "2026-12-02",
  "personal_information": {
    "text": "not verified in secbook",
    "categories": "unknown",
    "account_needs_code": "unknown",
    "grade": "S"
  },
  "breach": {
    "trigger": "access_or_acquisition",
    "harm_test": true,
    "no_harm_record": "unknown",
    "grade": "S"
  },
  "encryption": { "safe_harbour": true, "key_compromise_voids": "unknown", "grade": "S" },
  "residents": { "period": { "kind": "days", "days": 60, "from": "discovery" }, "grade": "S" },
  "law_enforcement_delay": "unknown",
  "regulator": {
    "name": "Connecticut Attorney General",
    "threshold": "any",
    "period": { "kind": "with_residents" },
    "form": "online breach-notification form of the Attorney General",
    "grade": "S"
  },
  "credit_bureaus": "unknown",
  "content": { "required": "unknown", "prohibited": "unknown", "grade": "S" },
  "substitute_notice": "unknown",
  "maintainer": "unknown",
  "deemed_compliance": "unknown",
  "notes": [
    "SSN or taxpayer ID exposed: offer 24 months of identity-theft prevention services at no cost [S]."
  ],
  "researched": true
};
