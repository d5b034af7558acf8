/** Organisation facts documents quote. */
import type { Person } from '../../domain/answer.js';
import type { Workbook } from '../../domain/workbook-schema.js';

export const personName = (p: Person | undefined): string | null => (p ? (p.role ? `${p.name}, ${p.role}` : p.name) : null);

export const legalName = (wb: Workbook): string => wb.organisation.legal_name ?? wb.organisation.name;

/** `Dana Reyes, CISO (dana@acme.example, +1 555 0100)` */
export function personContact(p: Person | undefined): string | null {
  if (!p) return null;
  const reach = [p.email, p.phone].filter(Boolean).join(', ');
  return reach ? `${personName(p)} (${reach})` : personName(p);
}
