/** Files in the output folder: atomic writes with their sha256, hash checks, index.html. */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { SecbookError } from '../errors.js';
import { atomicWrite } from '../storage/atomic-write.js';
import { checkWriteTarget, isInside, isRegularFile, makeFolderInside, readRegularFile, shownPath } from '../storage/safe-fs.js';
import type { TemplateEnv } from './handlebars-env.js';
import { latestVersion, type DocumentEntry, type FileEntry, type Manifest } from './manifest.js';
import { sha256 } from './versions.js';

/**
 * True when `path` is a regular file whose sha256 is the one the manifest recorded
 * (anything else there, a FIFO or a link included, is replaced, never opened).
 */
export async function fileMatches(path: string, expected: FileEntry | undefined): Promise<boolean> {
  if (!expected || !(await isRegularFile(path))) return false;
  return sha256(await readRegularFile(path)) === expected.sha256;
}

/**
 * Writes `rel` under `outDir` atomically (a temp file renamed over the old one: a failed
 * render leaves the previous file intact); returns its manifest entry. `rel` may not
 * climb out, and its folder must really be inside `outDir` (no link leading elsewhere).
 */
export async function writeOut(outDir: string, rel: string, data: string | Uint8Array, outName = shownPath(outDir)): Promise<FileEntry> {
  const path = resolve(outDir, rel);
  const shown = join(outName, rel);
  if (isAbsolute(rel) || !isInside(outDir, path) || path === outDir) {
    throw new SecbookError(`refused to write ${rel}: it is outside the output folder`, { hint: 'Check manifest.json; nothing was written there.' });
  }
  const within = { root: outDir, name: `the output folder (${outName})` };
  await makeFolderInside(dirname(path), dirname(shown), within);
  await checkWriteTarget(path, shown, within);
  await atomicWrite(path, data, shown);
  return { path: rel, sha256: sha256(data) };
}

/** `index.html` linking the latest version of every document in the manifest. */
export async function writeIndex(outDir: string, env: TemplateEnv, manifest: Manifest, meta: object, outName = shownPath(outDir)): Promise<void> {
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
  if ((await isRegularFile(path)) && (await readRegularFile(path)).toString('utf8') === html) return;
  await writeOut(outDir, 'index.html', html, outName);
}
