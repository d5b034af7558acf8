/** Text of each page of a PDF, via pdfjs-dist (as md-to-pdf's own tests do). */
import { readFile } from 'node:fs/promises';

export interface PdfText {
  pages: string[];
  /** Page size in points of the first page. */
  width: number;
  height: number;
}

export async function pdfText(path: string): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(path));
  const doc = await pdfjs.getDocument({ data, useSystemFonts: true, isEvalSupported: false }).promise;
  const pages: string[] = [];
  let width = 0;
  let height = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    if (i === 1) [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await doc.destroy();
  return { pages, width, height };
}
