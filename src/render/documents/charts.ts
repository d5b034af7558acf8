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

const TREND_HEIGHT = 150;
const TREND_TOP = 24;
const TREND_BOTTOM = 120;
const TREND_LEFT = 40;

/**
 * Scores over time as points (joined by a line once there are two), each labelled with its
 * period and exact score: one review is one point, never a bar that looks like a trend.
 * `bars` carries the same values for text outputs (Markdown, DOCX).
 */
export function trendChart(title: string, points: { label: string; value: number | null }[]): Chart {
  const step = points.length > 1 ? (WIDTH - TREND_LEFT * 2) / (points.length - 1) : 0;
  const yOf = (v: number) => Math.round((TREND_BOTTOM - (v / 100) * (TREND_BOTTOM - TREND_TOP)) * 10) / 10;
  const placed = points.map((p, i) => ({
    label: p.label,
    value: p.value,
    text: p.value === null ? 'n/a' : `${p.value}%`,
    x: Math.round((points.length > 1 ? TREND_LEFT + i * step : WIDTH / 2) * 10) / 10,
    y: p.value === null ? TREND_BOTTOM : yOf(p.value),
    tone: toneFor(p.value === null ? null : p.value / 100),
  }));
  const scored = placed.filter((p) => p.value !== null);
  return {
    ...barChart(title, points.map((p) => ({ label: p.label, value: p.value === null ? null : p.value / 100 }))),
    height: TREND_HEIGHT,
    line: {
      points: placed,
      path: scored.length > 1 ? scored.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ') : null,
      axisY: TREND_BOTTOM,
      labelY: TREND_BOTTOM + 18,
      gridTop: TREND_TOP,
    },
  };
}
