/**
 * `output/manifest.json`: every document ever rendered into a folder, each version with
 * its date, content hash, the answers it stated, what changed, and the sha256 of each file.
 */
import { readFile } from 'node:fs/promises';
import { SecbookError } from '../errors.js';
import type { ItemSnapshot } from './versions.js';

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

export interface Manifest {
  format: 1;
  generator: string;
  workbook_sha256: string | null;
  rendered_at: string;
  documents: DocumentEntry[];
}

export function emptyManifest(): Manifest {
  return { format: 1, generator: 'secbook', workbook_sha256: null, rendered_at: '', documents: [] };
}

export async function readManifest(path: string, display: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyManifest();
    throw error;
  }
  try {
    const data = JSON.parse(text) as Manifest;
    if (data?.format !== 1 || !Array.isArray(data.documents)) throw new Error('not a secbook manifest (format 1)');
    return data;
  } catch (error) {
    throw new SecbookError(`${display} is not a readable secbook manifest: ${(error as Error).message}`, {
      hint: 'Restore it from version control, or move the output folder away to start a fresh version history.',
    });
  }
}

export const latestVersion = (entry: DocumentEntry | undefined): VersionEntry | undefined =>
  entry?.versions.find((v) => v.version === entry.latest);
