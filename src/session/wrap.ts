/** Word wrapping and truncation for fixed-width terminal layouts (pure). */

/** Wraps text to `width` columns; long words are split; blank lines kept as paragraph breaks. */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(10, width);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > w) {
        if (line) {
          out.push(line);
          line = '';
        }
        out.push(rest.slice(0, w));
        rest = rest.slice(w);
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= w) line += ` ${rest}`;
      else {
        out.push(line);
        line = rest;
      }
    }
    out.push(line);
  }
  return out;
}

/** Cuts to `width` columns with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** The first row to show so that `cursor` stays visible in a window of `height` rows. */
export function windowStart(cursor: number, height: number, total: number): number {
  if (total <= height) return 0;
  const start = cursor - Math.floor(height / 2);
  return Math.max(0, Math.min(total - height, start));
}
