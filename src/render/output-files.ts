/** Files in the output folder: atomic writes with their sha256, hash checks, index.html. */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { atomicWrite } from '../storage/atomic-write.js';
import type { TemplateEnv } from './handlebars-env.js';
import { latestVersion, type DocumentEntry, type FileEntry, type Manifest } from './manifest.js';
import { sha256 } from './versions.js';

/** True when `path` exists and its sha256 is the one the manifest recorded. */
export async function fileMatches(path: string, expected: FileEntry | undefined): Promise<boolean> {
  if (!expected || !existsSync(path)) return false;
  return sha256(await readFile(path)) === expected.sha256;
}

/** Writes `rel` under `outDir` atomically; returns its manifest entry. */
export async function writeOut(outDir: string, rel: string, data: string | Uint8Array): Promise<FileEntry> {
  const path = join(outDir, rel);
  await mkdir(dirname(path), { recursive: true });
  await atomicWrite(path, data);
  return { path: rel, sha256: sha256(data) };
}

/** `index.html` linking the latest version of every document in the manifest. */
export async function writeIndex(outDir: string, env: TemplateEnv, manifest: Manifest, meta: object): Promise<void> {
  const docs = manifest.documents.map((d: DocumentEntry) => {
    const v = latestVersion(d);
    const files = v?.files ?? {};
    return {
      title: d.title,
      id: d.id,
      version: d.latest,
      date: v?.date ?? '',
      html: files.html?.path ?? null,
      pdf: files.pdf?.path ?? null,
      md: files.md?.path ?? null,
      versions: d.versions.length,
    };
  });
  const html = env.render('index', { docs, meta, css: env.css() });
  const path = join(outDir, 'index.html');
  if (existsSync(path) && (await readFile(path, 'utf8')) === html) return;
  await writeOut(outDir, 'index.html', html);
}
