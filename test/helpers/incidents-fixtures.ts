/** Building incidents and workbooks for the incident tests. */
import { incidentSchema, type Incident } from '../../src/incidents/incident-schema.js';
import { workbookSchema, type Workbook } from '../../src/domain/workbook-schema.js';

/** A valid incident with the given fields (validated, so a typo in a test fails loudly). */
export function incident(fields: Record<string, unknown> = {}): Incident {
  return incidentSchema.parse({ format: 1, id: 'INC-2026-001', title: 'Test incident', ...fields });
}

/** A workbook whose organisation uses `timezone` (omit it for the UTC default). */
export function workbook(timezone?: string, organisation: Record<string, unknown> = {}): Workbook {
  return workbookSchema.parse({ format: 1, organisation: { name: 'Acme Health Ltd', ...(timezone ? { timezone } : {}), ...organisation } });
}

/** Facts that make a notice required, so a scenario changes only what it tests. */
export const EU_CONTROLLER = { role: { gdpr: 'controller' }, affected: { EU: { count: 1200 } }, risk: { gdpr: 'risk' } };
export const COVERED_ENTITY = { role: { hipaa: 'covered_entity' }, data_categories: ['names', 'health'], encrypted: 'no' };
export const STATE_OWNER = { role: { us_state: 'owner' }, data_categories: ['names', 'ssn'], encrypted: 'no' };
