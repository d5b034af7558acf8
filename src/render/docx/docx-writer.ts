/**
 * The `docx` format: the same document model written as a Word file with real headings,
 * numbered statements, bullet lists and tables (not HTML pasted into Word), so legal and
 * auditors can edit it and track changes. Built with the `docx` package.
 */
import type { Block, DocumentMeta, DocumentModel, Statement } from '../document-model.js';
import { longDate, percent } from '../helpers.js';

// NOTE: docx ships ESM typings with extension-less relative paths, which `nodenext`
// resolution cannot follow (every export reads as missing). This is the part of its API
// used here, typed by hand; the module itself is loaded on first use.
interface DocxNode {
  readonly __docx?: never;
}
type Ctor = new (options: Record<string, unknown>) => DocxNode;
interface DocxApi {
  Document: Ctor;
  Footer: Ctor;
  Paragraph: Ctor;
  Table: Ctor;
  TableCell: Ctor;
  TableRow: Ctor;
  TextRun: Ctor;
  Packer: { toBuffer(doc: DocxNode): Promise<Uint8Array> };
  AlignmentType: { START: string; RIGHT: string };
  BorderStyle: { SINGLE: string };
  HeadingLevel: { TITLE: string; HEADING_1: string; HEADING_2: string };
  LevelFormat: { DECIMAL: string };
  PageNumber: { CURRENT: string; TOTAL_PAGES: string };
  WidthType: { PERCENTAGE: string };
}

const FONT = 'Liberation Sans';
const CODE_FONT = 'Liberation Mono';

/** "Publish `v=spf1` …" → runs with code spans in a monospace font (no literal backticks). */
function runs(text: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}): DocxNode[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) =>
    part.startsWith('`') && part.endsWith('`') && part.length > 2
      ? new d.TextRun({ text: part.slice(1, -1), font: CODE_FONT, ...options })
      : new d.TextRun({ text: part.replace(/\*\*([^*]+)\*\*/g, '$1'), ...options }),
  );
}

const para = (text: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}): DocxNode => new d.Paragraph({ children: runs(text, options), spacing: { after: 120 } });

function table(columns: string[], rows: string[][]): DocxNode {
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: 'D1D5DB' };
  const cell = (text: string, header: boolean): DocxNode =>
    new d.TableCell({ children: [new d.Paragraph({ children: runs(text, header ? { bold: true } : {}) })], margins: { top: 40, bottom: 40, left: 80, right: 80 } });
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new d.TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
    ],
  });
}

function statementParagraphs(s: Statement, instance: number): DocxNode[] {
  const out = [new d.Paragraph({ children: runs(s.text), numbering: { reference: 'statements', level: 0, instance }, spacing: { after: 60 } })];
  if (s.remediation) out.push(new d.Paragraph({ children: runs(s.remediation, { italics: true, color: '92400E' }), indent: { left: 720 }, spacing: { after: 60 } }));
  if (s.verifyConflict && s.verified) out.push(new d.Paragraph({ children: runs(`DNS check: ${s.verified} — the commitment is recorded as in place, but the latest scan contradicts it; it is under review`, { color: 'B91C1C' }), indent: { left: 720 } }));
  if (s.note) for (const line of s.note.split(/\n{2,}/)) out.push(new d.Paragraph({ children: runs(line.replace(/\s*\n\s*/g, ' ')), indent: { left: 720 }, spacing: { after: 60 } }));
  return out;
}

let listInstance = 0;
let d: DocxApi;

function blockContent(b: Block): DocxNode[] {
  switch (b.kind) {
    case 'paragraph':
      return [para(b.text)];
    case 'subheading':
      return [new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, keepNext: true, children: runs(b.text) })];
    case 'markdown':
      return b.text.split(/\n{2,}/).map((t) => para(t.replace(/\s*\n\s*/g, ' ')));
    case 'callout':
      return [new d.Paragraph({ children: [...runs(`${b.title}. `, { bold: true }), ...runs(b.text)], spacing: { after: 120 } })];
    case 'list':
      return b.items.map((item) => new d.Paragraph({ children: runs(item), bullet: { level: 0 } }));
    case 'statements': {
      const instance = ++listInstance;
      return b.statements.flatMap((s) => statementParagraphs(s, instance));
    }
    case 'table':
      return [...(b.caption ? [para(b.caption, { bold: true })] : []), table(b.columns, b.rows.map((r) => r.map((c) => c.text))), para('')];
    case 'contacts':
      return [
        ...(b.caption ? [para(b.caption, { bold: true })] : []),
        table(['Role', 'Name', 'Email', 'Phone', 'Backup'], b.contacts.map((c) => [c.role, c.name, c.email ?? '—', c.phone ?? '—', c.backup ?? (c.backupExpected ? 'no backup named' : '—')])),
        para(''),
      ];
    case 'chart':
      return [para(b.chart.title, { bold: true }), ...b.chart.bars.map((bar) => new d.Paragraph({ children: runs(`${bar.label}: ${percent(bar.value)}`), bullet: { level: 0 } }))];
    case 'scorecards':
      return b.cards.map((c) => new d.Paragraph({ children: runs(`${c.label}: ${c.value}`), bullet: { level: 0 } }));
  }
}

/** The document as a .docx file (bytes). */
export async function renderDocumentDocx(doc: DocumentModel, meta: DocumentMeta): Promise<Uint8Array> {
  d = (await import('docx')) as unknown as DocxApi;
  listInstance = 0;
  const children: DocxNode[] = [
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: runs(doc.title) }),
    ...(doc.subtitle ? [para(doc.subtitle, { italics: true })] : []),
    para(meta.legalName, { bold: true }),
    table(['Version', 'Effective date', 'Owner', 'Approved by'], [[meta.version, longDate(meta.effectiveDate), meta.owner ?? 'not named', meta.approver ?? 'not named']]),
    new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: runs('Revision history') }),
    table(['Version', 'Date', 'What changed'], meta.revisions.map((r) => [r.version, longDate(r.date), r.changes.join('; ')])),
  ];
  if (doc.purpose.length > 0) children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: runs('Purpose and scope') }), ...doc.purpose.map((p) => para(p)));
  for (const section of doc.sections) {
    const heading = section.appendix ? `${section.number}: ${section.title}` : `${section.number} ${section.title}`;
    children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, keepNext: true, pageBreakBefore: section.appendix === true, children: runs(heading) }));
    for (const b of section.blocks) children.push(...blockContent(b));
  }
  const document = new d.Document({
    creator: meta.legalName,
    title: `${doc.title} — ${meta.legalName}`,
    description: `Version ${meta.version}, effective ${meta.effectiveDate}`,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    numbering: {
      config: [{ reference: 'statements', levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }],
    },
    sections: [
      {
        footers: {
          default: new d.Footer({
            children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ children: [`${doc.title}, version ${meta.version} — page `, d.PageNumber.CURRENT, ' of ', d.PageNumber.TOTAL_PAGES], size: 16 })] })],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(document));
}
