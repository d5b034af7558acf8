/** Horizontal bar charts as data; the `block-chart` partial draws them as inline SVG. */
import type { Chart, Tone } from '../document-model.js';

const WIDTH = 640;
const LABEL = 250;
const BAR = 320;
const ROW = 22;

export function toneFor(score: number | null): Tone {
  if (score === null) return 'na';
  if (score >= 0.8) return 'ok';
  if (score >= 0.5) return 'partial';
  return 'open';
}

const clip = (s: string, n = 44): string => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function barChart(title: string, rows: { label: string; value: number | null }[]): Chart {
  return {
    title,
    width: WIDTH,
    height: rows.length * ROW + 4,
    barX: LABEL,
    barWidth: BAR,
    valueX: LABEL + BAR + 10,
    bars: rows.map((r, i) => ({
      label: clip(r.label),
      value: r.value,
      width: Math.round((r.value ?? 0) * BAR * 10) / 10,
      y: i * ROW + 4,
      textY: i * ROW + 15,
      tone: toneFor(r.value),
    })),
  };
}
