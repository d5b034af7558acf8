/**
 * Versions that mean something: a document's version moves only when what it says moves,
 * and the revision history says what changed in words, from the answers it states. Pure.
 */
import { createHash } from 'node:crypto';
import type { DocumentModel } from './document-model.js';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export const FIRST_VERSION = '1.0';

/** `1.0` → `1.1`, `1.9` → `1.10`; anything unparsable starts again at `<n>.1`. */
export function nextVersion(previous: string | undefined): string {
  if (!previous) return FIRST_VERSION;
  const m = /^(\d+)\.(\d+)$/.exec(previous);
  return m ? `${m[1]}.${Number(m[2]) + 1}` : `${previous}.1`;
}

export interface ItemSnapshot {
  /** What the answer looked like (status, value, owner… joined). */
  fp: string;
  label: string;
}

export function snapshotItems(doc: DocumentModel): Record<string, ItemSnapshot> {
  const out: Record<string, ItemSnapshot> = {};
  for (const id of Object.keys(doc.items).sort()) out[id] = { fp: doc.items[id] ?? '', label: doc.itemLabels[id] ?? id };
  return out;
}

/** Keys that are not checklist items: organisation/scope facts and cover facts (approver…). */
const isFact = (id: string): boolean => /^(meta|organisation|scope)\./.test(id);

/** Cover facts that change what a document says without any answer changing. */
export function metaSnapshot(meta: { approver: string | null; owner: string | null; legalName: string }): Record<string, ItemSnapshot> {
  return {
    'meta.approver': { fp: meta.approver ?? '', label: 'Approver' },
    'meta.legal-name': { fp: meta.legalName, label: 'Organisation name' },
    'meta.owner': { fp: meta.owner ?? '', label: 'Document owner' },
  };
}

const statusWord = (fp: string): string => fp.split('|')[0] || 'unanswered';

/**
 * What changed between two versions, one line per item, e.g.
 * `SPF record published: now done (was partial)`. Falls back to a wording/layout note
 * when no answer changed (a template or branding edit).
 */
export function describeChanges(before: Record<string, ItemSnapshot> | undefined, after: Record<string, ItemSnapshot>, limit = 12): string[] {
  if (!before) return ['First issue.'];
  const lines: string[] = [];
  for (const [id, now] of Object.entries(after)) {
    const was = before[id];
    if (isFact(id)) {
      if (was && was.fp !== now.fp) lines.push(id.startsWith('meta.') ? `${now.label} changed to ${now.fp || 'none'}.` : `${now.label} updated.`);
      continue;
    }
    if (!was) {
      lines.push(`Added: ${now.label} (${statusWord(now.fp)}).`);
    } else if (was.fp !== now.fp) {
      const s0 = statusWord(was.fp);
      const s1 = statusWord(now.fp);
      lines.push(s0 !== s1 ? `${now.label}: now ${s1} (was ${s0}).` : `${now.label}: answer details updated.`);
    }
  }
  for (const [id, was] of Object.entries(before)) {
    if (!after[id] && !isFact(id)) lines.push(`Removed: ${was.label} (no longer applies).`);
  }
  if (lines.length === 0) return ['Wording or layout updated; no answer changed.'];
  if (lines.length > limit) return [...lines.slice(0, limit - 1), `…and ${lines.length - limit + 1} more changes.`];
  return lines;
}
