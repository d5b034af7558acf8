/** The text `secbook render` prints: one line per document, then what happened overall. */
import type { RenderSummary } from '../app/render.js';
import { style } from './style.js';

export function formatRenderSummary(s: RenderSummary): string {
  const width = Math.max(...s.documents.map((d) => d.id.length));
  const lines = s.documents.map((d) => {
    const what =
      d.outcome === 'new' ? style.green('new') : d.outcome === 'changed' ? style.yellow(`changed (was ${d.previousVersion})`) : style.dim('unchanged');
    const open = d.openDecisions > 0 ? style.red(` · ${d.openDecisions} open`) : '';
    const wrote = d.written.length > 0 ? style.dim(` · wrote ${d.written.map((w) => w.split('.').pop()).join(', ')}`) : '';
    return `  ${d.id.padEnd(width)}  ${d.version.padEnd(5)} ${what}${open}${wrote}`;
  });
  const written = s.documents.reduce((n, d) => n + d.written.length, 0);
  const tail =
    written === 0 && !s.manifestWritten
      ? 'Nothing changed: no files written, no browser started.'
      : `Wrote ${written} ${written === 1 ? 'file' : 'files'}${s.browserLaunches > 0 ? ' (one browser for all PDFs)' : ''}; index: ${s.outName}/index.html, manifest: ${s.outName}/manifest.json`;
  const open = s.openDecisions.length > 0 ? [`${s.openDecisions.length} open ${s.openDecisions.length === 1 ? 'decision is' : 'decisions are'} marked in the documents (--strict fails on them).`] : [];
  return [`Documents in ${s.outName}/:`, ...lines, tail, ...open].join('\n');
}
