/**
 * Which page each named destination (an HTML anchor) landed on in a PDF Chromium printed,
 * so the contents page can print page numbers in a second pass. Chromium (Skia) writes the
 * catalog's `/Dests` dictionary and the page tree as plain objects; reading those is all
 * this needs. When the structure is not found (another writer, compressed object streams)
 * the map is empty and the contents page simply has no numbers.
 */
const decoder = new TextDecoder('latin1');

function objects(text: string): Map<number, string> {
  const out = new Map<number, string>();
  const re = /(\d+) 0 obj\b([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.set(Number(m[1]), m[2] ?? '');
  return out;
}

function pageOrder(objs: Map<number, string>, root: number, seen = new Set<number>()): number[] {
  if (seen.has(root)) return [];
  seen.add(root);
  const body = objs.get(root) ?? '';
  if (/\/Type\s*\/Page\b(?!s)/.test(body)) return [root];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
  return [...kids.matchAll(/(\d+)\s+0\s+R/g)].flatMap((k) => pageOrder(objs, Number(k[1]), seen));
}

/** Anchor → 1-based page number. */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = decoder.decode(pdf);
  const objs = objects(text);
  const catalog = [...objs.values()].find((b) => /\/Type\s*\/Catalog\b/.test(b)) ?? '';
  const pagesRef = /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  const destsRef = /\/Dests\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  const result = new Map<string, number>();
  if (!pagesRef || !destsRef) return result;
  const order = pageOrder(objs, Number(pagesRef));
  const index = new Map(order.map((obj, i) => [obj, i + 1]));
  const dests = objs.get(Number(destsRef)) ?? '';
  for (const m of dests.matchAll(/\/([A-Za-z0-9_.-]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = index.get(Number(m[2]));
    if (page !== undefined && m[1]) result.set(m[1], page);
  }
  return result;
}

/** Fills `<span class="toc-page" data-anchor="s1"></span>` with the page each anchor is on. */
export function fillContentsPages(html: string, pages: ReadonlyMap<string, number>): string {
  return html.replace(/<span class="toc-page" data-anchor="([^"]+)"><\/span>/g, (whole, anchor: string) => {
    const page = pages.get(anchor);
    return page === undefined ? whole : `<span class="toc-page" data-anchor="${anchor}">${page}</span>`;
  });
}
