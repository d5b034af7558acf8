/** `tag=value; tag=value` records (DKIM, DMARC, MTA-STS, TLS-RPT, BIMI — RFC 6376 §3.2). */

export interface TagList {
  /** Tags in order, names lower-cased; the first value wins on duplicates. */
  tags: Map<string, string>;
  order: string[];
  duplicates: string[];
  /** Pieces that are not `name=value`. */
  malformed: string[];
}

export function parseTagList(record: string): TagList {
  const tags = new Map<string, string>();
  const order: string[] = [];
  const duplicates: string[] = [];
  const malformed: string[] = [];
  for (const raw of record.split(';')) {
    const part = raw.trim();
    if (!part) continue;
    const eq = part.indexOf('=');
    const name = eq > 0 ? part.slice(0, eq).trim().toLowerCase() : '';
    if (!/^[a-z][a-z0-9_]*$/.test(name)) {
      malformed.push(part);
      continue;
    }
    if (tags.has(name)) {
      duplicates.push(name);
      continue;
    }
    tags.set(name, part.slice(eq + 1).trim());
    order.push(name);
  }
  return { tags, order, duplicates, malformed };
}

/** TXT strings joined (RFC 7208 §3.3 / RFC 6376 §3.6.2.2: no separator). */
export const joinTxt = (strings: string[]): string => strings.join('');

/** Records whose text starts with `prefix` (case-insensitive), followed by `;`, space or end. */
export function recordsWithVersion(txt: string[][], version: string): string[] {
  const re = new RegExp(`^${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(;|$)`, 'i');
  return txt.map(joinTxt).filter((t) => re.test(t.trim()));
}
