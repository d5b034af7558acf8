/** Minimal RFC 4180 CSV for the report store (one header line, quoted fields where needed). */

const needsQuotes = /[",\r\n]/;

export const csvLine = (fields: readonly (string | number)[]): string =>
  fields.map((f) => (needsQuotes.test(String(f)) ? `"${String(f).replace(/"/g, '""')}"` : String(f))).join(',');

/** Rows of a CSV text, each a list of fields; the header is the first row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
