/** The score trend as an inline SVG line chart (no scripts, no external resources). Pure. */
import type { TrendPoint } from './report-model.js';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function trendChart(points: readonly TrendPoint[], options: { width?: number; height?: number; color?: string } = {}): string {
  const width = options.width ?? 560;
  const height = options.height ?? 200;
  const color = options.color ?? '#1f6feb';
  const pad = { left: 40, right: 16, top: 14, bottom: 34 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (score: number) => pad.top + plotH - (score / 100) * plotH;
  const parts: string[] = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e5e7eb" stroke-width="1"/>`);
    parts.push(`<text x="${pad.left - 6}" y="${y(tick) + 4}" font-size="10" text-anchor="end" fill="#6b7280">${tick}%</text>`);
  }
  const scored = points.map((p, i) => ({ ...p, i })).filter((p): p is TrendPoint & { i: number; score: number } => p.score !== null);
  if (scored.length > 1) {
    const path = scored.map((p) => `${x(p.i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${esc(color)}" stroke-width="2"/>`);
  }
  for (const p of scored) {
    parts.push(`<circle cx="${x(p.i).toFixed(1)}" cy="${y(p.score).toFixed(1)}" r="3.5" fill="${esc(color)}"/>`);
    parts.push(`<text x="${x(p.i).toFixed(1)}" y="${(y(p.score) - 8).toFixed(1)}" font-size="10" text-anchor="middle" fill="#111827">${p.score}%</text>`);
  }
  points.forEach((p, i) => {
    parts.push(`<text x="${x(i).toFixed(1)}" y="${height - 12}" font-size="10" text-anchor="middle" fill="#374151">${esc(p.period)}</text>`);
  });
  const summary = points.map((p) => `${p.period}: ${p.score === null ? 'n/a' : `${p.score}%`}`).join(', ');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="trend" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Score trend: ${esc(summary)}"><title>Score trend: ${esc(summary)}</title>${parts.join('')}</svg>`;
}
