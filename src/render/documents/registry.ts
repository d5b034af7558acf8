/**
 * The documents `secbook render` knows. Each builder returns the documents that apply to
 * the workbook (none when its checklists do not). Other features can add their own with
 * registerDocumentType().
 */
import type { DocumentModel } from '../document-model.js';
import { auditReport } from './audit-report.js';
import type { DocContext } from './context.js';
import { emailSecurityPolicy } from './email-security-policy.js';
import { incidentResponsePlan } from './incident-response-plan.js';
import { privacyStatements } from './privacy-statements.js';
import { retentionPolicy, vendorPolicy } from './tagged-policies.js';

export interface DocumentType {
  /** Id of the document, or a prefix for families (`privacy-` → privacy-gdpr, privacy-ccpa…). */
  id: string;
  build: (ctx: DocContext) => DocumentModel[];
}

const TYPES: DocumentType[] = [
  { id: 'email-security-policy', build: emailSecurityPolicy },
  { id: 'incident-response-plan', build: incidentResponsePlan },
  { id: 'privacy-', build: privacyStatements },
  { id: 'retention-policy', build: retentionPolicy },
  { id: 'vendor-policy', build: vendorPolicy },
  { id: 'audit-report', build: auditReport },
];

/** Adds a document type to every later `buildDocuments` call (in this process). */
export function registerDocumentType(type: DocumentType): void {
  if (TYPES.some((t) => t.id === type.id)) throw new Error(`document type "${type.id}" is already registered`);
  TYPES.push(type);
}

export function documentTypeIds(): string[] {
  return TYPES.map((t) => t.id);
}

/** Every document that applies, optionally only those whose id matches `only`. */
export function buildDocuments(ctx: DocContext, only?: readonly string[], extra: readonly DocumentType[] = []): DocumentModel[] {
  const docs = [...TYPES, ...extra].flatMap((t) => (only && only.length > 0 && !only.some((o) => o === t.id || o.startsWith(t.id) || t.id.startsWith(o)) ? [] : t.build(ctx)));
  return only && only.length > 0 ? docs.filter((d) => only.some((o) => d.id === o || d.id.startsWith(o))) : docs;
}
