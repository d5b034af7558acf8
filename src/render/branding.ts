/** Workbook branding → what documents draw: the logo inlined as a data: URI, accent, footer. */
import { extname, isAbsolute, resolve } from 'node:path';
import type { Workbook } from '../domain/workbook-schema.js';
import { SecbookError } from '../errors.js';
import { isInside, readRegularFile } from '../storage/safe-fs.js';
import type { DocumentMeta } from './document-model.js';

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml' };
const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const DEFAULT_ACCENT = '#1f4e79';

/**
 * Reads `branding.logo` (relative to the workbook's folder) into a data: URI. The logo must
 * be a regular file inside the team's folder: an absolute path, `../` or a link leading out
 * of it is refused (a document would otherwise carry any readable file of the machine), and
 * a FIFO is refused before it is opened.
 */
export async function loadBranding(workbook: Workbook, dir: string): Promise<DocumentMeta['branding']> {
  const b = workbook.branding;
  let logo: string | null = null;
  if (b?.logo) {
    const path = resolve(dir, b.logo);
    const shown = `branding.logo (${b.logo})`;
    if (isAbsolute(b.logo) || !isInside(dir, path)) {
      throw new SecbookError(`${shown} is outside the team's folder (${dir})`, { hint: 'Copy the image into the workbook\'s folder and give its path relative to it, e.g. branding.logo: logo.svg.' });
    }
    const mime = MIME[extname(path).toLowerCase()];
    if (!mime) {
      throw new SecbookError(`branding.logo: "${b.logo}" is not a PNG, JPEG, GIF, WebP or SVG file`, { hint: 'Point branding.logo at an image file next to the workbook.' });
    }
    let data: Buffer;
    try {
      data = await readRegularFile(path, shown, { maxBytes: MAX_LOGO_BYTES, what: 'logos', within: { root: dir, name: `the team's folder (${dir})` } });
    } catch (error) {
      if (error instanceof SecbookError && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
        throw new SecbookError(`branding.logo: ${b.logo} not found (looked at ${path})`, { hint: 'Paths are relative to the workbook\'s folder; fix the path or remove branding.logo.' });
      }
      throw error;
    }
    logo = `data:${mime};base64,${data.toString('base64')}`;
  }
  return { logo, accent: b?.accent_color ?? DEFAULT_ACCENT, footer: b?.footer_text ?? null };
}
