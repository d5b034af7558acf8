/** A project folder with a workbook, for incident CLI tests. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from './cli.js';

export const WORKBOOK_YAML = `format: 1
organisation:
  name: Acme Health Ltd
  legal_name: Acme Health Inc.
  domains: [acme.example]
  timezone: America/Los_Angeles
  address: 1 Main St, San Francisco, CA 94105
  phone: "+1 415 555 0100"
  toll_free_phone: "+1 800 555 0199"
  email: privacy@acme.example
  website: https://acme.example/security
  dpo: { name: Dana Lee, email: dpo@acme.example, phone: "+1 415 555 0101" }
`;

/** Everything a multi-regime incident needs to make most notices required. */
export const BIG_INCIDENT_YAML = `title: Patient portal export sent to the wrong mailing list
description: An export of patient records was emailed to an external mailing list.
what_happened: An export of patient records was emailed to an external mailing list.
occurred_at: 2026-02-27T16:00:00-08:00
aware_at: 2026-03-02T09:00:00-08:00
discovered_at: 2026-03-02T09:00:00-08:00
data_categories: [names, ssn, health]
encrypted: no
affected:
  EU: { count: 20 }
  CA: { count: 600, estimate: true }
  TX: { count: 10 }
role: { gdpr: controller, hipaa: covered_entity, us_state: owner }
risk: { gdpr: high }
consequences: Identity theft and disclosure of health conditions.
measures: We recalled the message, asked recipients to delete it and retrained staff.
individual_steps: Watch your statements and consider a credit freeze.
`;

export async function incidentProject(workbook = WORKBOOK_YAML): Promise<string> {
  const dir = await tempDir('secbook-inc-');
  await writeFile(join(dir, 'workbook.yaml'), workbook);
  return dir;
}
