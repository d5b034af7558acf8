/** Reads one entry of a .docx (a zip) with node:zlib, and the paragraphs of word/document.xml. */
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

export function zipEntry(zip: Buffer, name: string): Buffer {
  // Central directory entries (signature PK\x01\x02) hold the sizes even when local headers don't.
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) !== 0x06054b50) continue;
    let at = zip.readUInt32LE(i + 16);
    const count = zip.readUInt16LE(i + 10);
    for (let n = 0; n < count; n++) {
      const method = zip.readUInt16LE(at + 10);
      const size = zip.readUInt32LE(at + 20);
      const nameLen = zip.readUInt16LE(at + 28);
      const skip = nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
      const local = zip.readUInt32LE(at + 42);
      if (zip.toString('utf8', at + 46, at + 46 + nameLen) === name) {
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + size);
        return method === 0 ? data : inflateRawSync(data);
      }
      at += 46 + skip;
    }
  }
  throw new Error(`${name} is not in the zip`);
}

export interface DocxParagraph {
  style: string | null;
  numbered: boolean;
  text: string;
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export async function docxParagraphs(path: string): Promise<{ paragraphs: DocxParagraph[]; xml: string }> {
  const xml = zipEntry(await readFile(path), 'word/document.xml').toString('utf8');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    numbered: p.includes('<w:numPr>'),
    text: unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
  return { paragraphs, xml };
}
