/**
 * `output/manifest.json`: every document ever rendered into a folder, each version with
 * its date, content hash, the answers it stated, what changed, and the sha256 of each file.
 */
import { realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { SecbookError } from '../errors.js';
import { readRegularFile } from '../storage/safe-fs.js';
import { sha256, type ItemSnapshot } from './versions.js';

export type Format = 'html' | 'pdf' | 'md' | 'docx';
export const FORMATS: readonly Format[] = ['html', 'pdf', 'md', 'docx'];

export interface FileEntry {
  /** Relative to the output folder, `/`-separated. */
  path: string;
  sha256: string;
}

export interface VersionEntry {
  version: string;
  /** YYYY-MM-DD the version took effect. */
  date: string;
  content_sha256: string;
  changes: string[];
  files: Partial<Record<Format, FileEntry>>;
  items: Record<string, ItemSnapshot>;
}

export interface DocumentEntry {
  id: string;
  title: string;
  latest: string;
  versions: VersionEntry[];
}

/**
 * Which workbook an output folder belongs to: the organisation's name and the sha256 of the
 * workbook's path relative to the output folder (links resolved, `/`-separated). Relative,
 * so a clone or a moved team folder keeps its history; hashed, so the manifest does not
 * publish local folder names. A render is refused only when both differ (another
 * organisation in another place); a renamed organisation or a moved workbook carries on.
 */
export interface WorkbookIdentity {
  organisation: string;
  location_sha256: string;
}

export interface Manifest {
  format: 1;
  generator: string;
  workbook_sha256: string | null;
  /** Absent in folders rendered before secbook recorded it: the next render adopts the folder. */
  workbook?: WorkbookIdentity;
  rendered_at: string;
  documents: DocumentEntry[];
}

export function emptyManifest(): Manifest {
  return { format: 1, generator: 'secbook', workbook_sha256: null, rendered_at: '', documents: [] };
}

/** Manifests are small (a few KiB per version); anything this large is not ours. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** Document ids and versions become folder names: only these shapes are accepted. */
export const DOCUMENT_ID = /^[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?!\.)){0,99}$/;
export const VERSION = /^\d{1,9}(?:\.\d{1,9}){1,8}$/;

/** Where a version's file lives; the only path a manifest entry may name. */
export const filePath = (id: string, version: string, format: Format): string => `${id}/${version}/${id}.${format}`;

/** Which file keys and paths a manifest may list (documents, or an incident's notices). */
export interface ManifestLayout {
  /** Undefined when the entry is fine; else what is wrong with it. */
  problem(id: string, version: string, format: string, path: unknown): string | undefined;
}

/** Policies and reports: `<id>/<version>/<id>.<html|pdf|md>`. */
export const DOCUMENT_LAYOUT: ManifestLayout = {
  problem(id, version, format, path) {
    if (!FORMATS.includes(format as Format)) return `has an unknown format "${format}"`;
    const want = filePath(id, version, format as Format);
    return path === want ? undefined : `.${format}.path must be "${want}", not ${JSON.stringify(path)}`;
  },
};

/** Breach notices: drafts, letters and one .eml per recipient, all under `<id>/<version>/<id>…`. */
export const NOTICE_LAYOUT: ManifestLayout = {
  problem(id, version, format, path) {
    if (!/^[a-z][a-z0-9_-]*$/.test(format)) return `has an unknown format "${format}"`;
    const prefix = `${id}/${version}/${id}`;
    return typeof path === 'string' && path.startsWith(prefix) && /^[A-Za-z0-9._-]+$/.test(path.slice(prefix.length)) && !path.includes('..')
      ? undefined
      : `.${format}.path must be under "${prefix}", not ${JSON.stringify(path)}`;
  },
};

/**
 * Every name and version in a manifest is checked before any of it becomes a path (a
 * `latest` of `../../../x` would otherwise write outside the output folder).
 */
function manifestProblem(data: unknown, layout: ManifestLayout): string | undefined {
  const m = data as Partial<Manifest> | null;
  if (!m || typeof m !== 'object' || m.format !== 1 || !Array.isArray(m.documents)) return 'not a secbook manifest (format 1)';
  if (m.workbook !== undefined && (typeof m.workbook?.organisation !== 'string' || !/^[0-9a-f]{64}$/.test(String(m.workbook?.location_sha256)))) return '"workbook" is not an organisation name and location hash';
  const seen = new Set<string>();
  for (const [i, d] of (m.documents as unknown[]).entries()) {
    const doc = d as Partial<DocumentEntry> | null;
    const at = `documents[${i}]`;
    if (!doc || typeof doc !== 'object') return `${at} is not an object`;
    if (typeof doc.id !== 'string' || !DOCUMENT_ID.test(doc.id)) return `${at}.id ${JSON.stringify(doc.id)} is not a document id (letters, digits, ".", "_", "-")`;
    if (seen.has(doc.id)) return `${at}.id "${doc.id}" appears twice`;
    seen.add(doc.id);
    if (typeof doc.title !== 'string') return `${at}.title is not text`;
    if (!Array.isArray(doc.versions)) return `${at}.versions is not a list`;
    for (const [j, v] of (doc.versions as unknown[]).entries()) {
      const ver = v as Partial<VersionEntry> | null;
      const vat = `${at}.versions[${j}]`;
      if (!ver || typeof ver !== 'object') return `${vat} is not an object`;
      if (typeof ver.version !== 'string' || !VERSION.test(ver.version)) return `${vat}.version ${JSON.stringify(ver.version)} is not a version like 1.2`;
      if (typeof ver.date !== 'string' || typeof ver.content_sha256 !== 'string' || !Array.isArray(ver.changes) || typeof ver.items !== 'object' || ver.items === null) return `${vat} lacks its date, content_sha256, changes or items`;
      if (!ver.files || typeof ver.files !== 'object') return `${vat}.files is not an object`;
      for (const [format, f] of Object.entries(ver.files)) {
        const problem = layout.problem(doc.id, ver.version, format, f?.path);
        if (problem) return `${vat}.files${problem.startsWith('.') ? '' : ' '}${problem}`;
        if (typeof f?.sha256 !== 'string') return `${vat}.files.${format} has no sha256`;
      }
    }
    if (typeof doc.latest !== 'string' || !doc.versions.some((v) => v.version === doc.latest)) return `${at}.latest ${JSON.stringify(doc.latest)} is not one of its versions`;
  }
  return undefined;
}

export async function readManifest(path: string, display: string, layout: ManifestLayout = DOCUMENT_LAYOUT): Promise<Manifest> {
  let text: string;
  try {
    text = (await readRegularFile(path, display, { maxBytes: MAX_MANIFEST_BYTES, what: 'manifests' })).toString('utf8');
  } catch (error) {
    if ((error instanceof SecbookError ? (error.cause as NodeJS.ErrnoException | undefined) : (error as NodeJS.ErrnoException))?.code === 'ENOENT') return emptyManifest();
    throw error;
  }
  let data: unknown;
  let problem: string | undefined;
  try {
    data = JSON.parse(text);
    problem = manifestProblem(data, layout);
  } catch (error) {
    // JSON.parse quotes the text it stopped at: name the position only, never the content
    // (a manifest.json that is really another file must not be printed).
    problem = error instanceof SyntaxError ? `not valid JSON${/position \d+/.exec(error.message)?.[0].replace('position', ' at character') ?? ''}` : (error as Error).message;
  }
  if (problem !== undefined) {
    throw new SecbookError(`${display} is not a readable secbook manifest: ${problem}`, {
      hint: 'Restore it from version control, or move the output folder away to start a fresh version history; nothing was written.',
    });
  }
  return data as Manifest;
}

/** The identity of `workbookPath` as seen from `outDir` (see WorkbookIdentity). */
export async function workbookIdentity(outDir: string, workbookPath: string, organisation: string): Promise<WorkbookIdentity> {
  const real = async (p: string) => realpath(p).catch(() => p);
  const location = relative(await real(outDir), await real(workbookPath)).split(sep).join('/');
  return { organisation, location_sha256: sha256(location) };
}

/** Refuses to mix two organisations' documents in one output folder. */
export function checkOwner(manifest: Manifest, identity: WorkbookIdentity, outName: string, workbookName: string): void {
  const owner = manifest.workbook;
  if (!owner || owner.organisation === identity.organisation || owner.location_sha256 === identity.location_sha256) return;
  throw new SecbookError(`${outName} holds the documents of "${owner.organisation}", rendered from another workbook; ${workbookName} is "${identity.organisation}"`, {
    hint: `Render into a folder of its own (--out ${outName.replace(/\/+$/, '')}-${slug(identity.organisation)}), or move ${outName} away to start a new version history there; nothing was written.`,
  });
}

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'other';

export const latestVersion = (entry: DocumentEntry | undefined): VersionEntry | undefined =>
  entry?.versions.find((v) => v.version === entry.latest);
