/**
 * What a document says, as plain data: sections of blocks (paragraphs, policy statements,
 * tables, contacts, charts). Templates draw it; the Markdown writer prints it; its hash is
 * the document's content. Every optional field is present as `null` because templates
 * compile in strict mode (a misspelt field is an error, not an empty string).
 *
 * Other features (breach notices, review reports) build DocumentModels and publish them
 * through the same pipeline (see publish.ts).
 */
import type { Status } from '../domain/answer.js';

export type Tone = 'ok' | 'partial' | 'open' | 'na' | 'info' | 'warning';

/** One policy commitment, or an open decision when the item is not answered. */
export interface Statement {
  id: string;
  /**
   * The item's `statement:` with `{org}` and `{value}` filled in (inline Markdown: code
   * spans render as code). Open items keep their question here, but documents list them
   * only as open decisions, never as policy.
   */
  text: string;
  /** partial → "Remediation: … owner …, due …"; else null. */
  remediation: string | null;
  /** YYYY-MM-DD the answer was last confirmed or updated, if recorded. */
  lastConfirmed: string | null;
  status: Status | 'unanswered';
  statusLabel: string;
  tone: Tone;
  /** True for unanswered/todo items: drawn as an open decision, never as policy. */
  open: boolean;
  /** The answer for text/choice/date/number items, in words. */
  value: string | null;
  owner: string | null;
  due: string | null;
  overdue: boolean;
  /** Markdown (rendered with raw HTML stripped). */
  note: string | null;
  evidence: string[];
  /** "verified by scan on 2027-01-15" from `secbook scan --apply` evidence, if any. */
  verified: string | null;
  /** The answer says done but the latest scan failed. */
  verifyConflict: boolean;
  refs: string[];
}

export interface Cell {
  text: string;
  tone: Tone | null;
}

export interface Bar {
  label: string;
  /** 0..1, or null when nothing scores. */
  value: number | null;
  /** Bar length in SVG units (0..barWidth). */
  width: number;
  y: number;
  textY: number;
  tone: Tone;
}

export interface Chart {
  title: string;
  bars: Bar[];
  /** SVG viewBox size. */
  width: number;
  height: number;
  /** Where bars start, how long a full bar is, where the value label sits. */
  barX: number;
  barWidth: number;
  valueX: number;
  /** Drawn as points over time instead of bars (see trendChart). */
  line?: TrendLine;
}

export interface TrendLine {
  points: { label: string; value: number | null; text: string; x: number; y: number; tone: Tone }[];
  /** SVG path joining the scored points; null with fewer than two. */
  path: string | null;
  axisY: number;
  labelY: number;
  gridTop: number;
}

export interface ContactRow {
  role: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** Null draws "no backup named" (flagged) unless the row is marked `backupExpected: false`. */
  backup: string | null;
  backupExpected?: boolean;
}

export type Block =
  | { kind: 'paragraph'; text: string }
  /** A heading inside a section (h3). */
  | { kind: 'subheading'; text: string }
  | { kind: 'markdown'; text: string }
  | { kind: 'callout'; tone: Tone; title: string; text: string }
  | { kind: 'statements'; statements: Statement[] }
  | {
      kind: 'table';
      caption: string | null;
      columns: string[];
      rows: Cell[][];
      /** Optional CSS class per column: `c-num` (narrow, right-aligned), `c-nowrap`, `c-wide`. */
      classes?: string[];
    }
  | { kind: 'contacts'; caption: string | null; contacts: ContactRow[] }
  | { kind: 'chart'; chart: Chart }
  | { kind: 'list'; items: string[] }
  | { kind: 'scorecards'; cards: { label: string; value: string; tone: Tone }[] };

export interface DocSection {
  /** Anchor id, unique in the document. */
  anchor: string;
  number: string;
  title: string;
  blocks: Block[];
  /** Appendices are lettered (A, B…) after the numbered sections. */
  appendix?: boolean;
}

export interface OpenDecision {
  id: string;
  question: string;
  section: string;
  weight: number;
}

export interface DocumentModel {
  /** kebab-case, used for folder and file names. */
  id: string;
  title: string;
  subtitle: string | null;
  /** Template that draws it (`templates/<template>.hbs`). */
  template: string;
  /** Who owns this document (falls back to the render's owner). */
  owner: string | null;
  /** Short paragraphs under the title: purpose and scope. */
  purpose: string[];
  sections: DocSection[];
  openDecisions: OpenDecision[];
  /** Extra facts for the cover (e.g. a review's approval and how it was closed). */
  coverFacts?: { label: string; text: string; tone: Tone | null }[];
  /**
   * What each answer the document states looked like (item id → fingerprint), so the next
   * version's revision history can say what changed. Labels name the items in words.
   */
  items: Record<string, string>;
  itemLabels: Record<string, string>;
}

/** Facts about the issuing organisation and this version, drawn on cover and history. */
export interface DocumentMeta {
  version: string;
  /** YYYY-MM-DD the version took effect. */
  effectiveDate: string;
  organisation: string;
  legalName: string;
  /** Who approved, from an approval record ("Dana (CISO), 2027-01-20"); null: not yet approved. */
  approver: string | null;
  owner: string | null;
  /** The workbook this version was rendered from: its SHA-256 and, in a git repository, the commit. */
  workbook?: { sha256: string | null; commit: string | null };
  revisions: Revision[];
  branding: { logo: string | null; accent: string; footer: string | null };
  paper: 'a4' | 'letter';
}

export interface Revision {
  version: string;
  date: string;
  changes: string[];
}

/** Numbers sections 1, 2, 3… and gives them anchors. */
export function numberSections(sections: Omit<DocSection, 'number' | 'anchor'>[]): DocSection[] {
  let n = 0;
  let a = 0;
  return sections.map((s) => {
    if (s.appendix) {
      const letter = String.fromCharCode(65 + a++);
      return { ...s, number: `Appendix ${letter}`, anchor: `appendix-${letter.toLowerCase()}` };
    }
    n += 1;
    return { ...s, number: String(n), anchor: `s${n}` };
  });
}
