/**
 * Text of a PDF as a reader would copy it: pdfjs splits words at ligatures ("o" "ffi"
 * "cer"), so items are joined as they are and a space is added only at line ends.
 */
import { readFile } from 'node:fs/promises';

export interface PdfFacts {
  text: string;
  /** The smallest type size (points) of any text on any page. */
  minFontPt: number;
}

export async function readPdf(path: string): Promise<PdfFacts> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(path)), useSystemFonts: true, isEvalSupported: false }).promise;
  let text = '';
  let minFontPt = Infinity;
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const it of content.items) {
      if (!('str' in it)) continue;
      text += it.str + (it.hasEOL ? ' ' : '');
      if (it.str.trim()) minFontPt = Math.min(minFontPt, Math.hypot(it.transform[0] ?? 0, it.transform[1] ?? 0));
    }
    text += ' ';
  }
  await doc.destroy();
  return { text: text.replace(/\s+/g, ' '), minFontPt };
}
