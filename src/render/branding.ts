/** Workbook branding → what documents draw: the logo inlined as a data: URI, accent, footer. */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Workbook } from '../domain/workbook-schema.js';
import { SecbookError } from '../errors.js';
import type { DocumentMeta } from './document-model.js';

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml' };
const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const DEFAULT_ACCENT = '#1f4e79';

/** Reads `branding.logo` (relative to the workbook's folder) into a data: URI. */
export async function loadBranding(workbook: Workbook, dir: string): Promise<DocumentMeta['branding']> {
  const b = workbook.branding;
  let logo: string | null = null;
  if (b?.logo) {
    const path = resolve(dir, b.logo);
    const mime = MIME[extname(path).toLowerCase()];
    if (!mime) {
      throw new SecbookError(`branding.logo: "${b.logo}" is not a PNG, JPEG, GIF, WebP or SVG file`, { hint: 'Point branding.logo at an image file next to the workbook.' });
    }
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      throw new SecbookError(`branding.logo: ${b.logo} not found (looked at ${path})`, { hint: 'Paths are relative to the workbook\'s folder; fix the path or remove branding.logo.' });
    }
    if (size > MAX_LOGO_BYTES) throw new SecbookError(`branding.logo: ${b.logo} is larger than 2 MiB`, { hint: 'Use a smaller image; documents embed it in every file.' });
    logo = `data:${mime};base64,${(await readFile(path)).toString('base64')}`;
  }
  return { logo, accent: b?.accent_color ?? DEFAULT_ACCENT, footer: b?.footer_text ?? null };
}
