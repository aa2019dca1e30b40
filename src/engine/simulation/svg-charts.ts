/**
 * The two inline SVG charts of the simulation report: a horizontal bar chart
 * (one bar per policy) and a Lorenz curve. Strings only, no DOM, so they render
 * the same in a test, a CLI and a browser; every label goes through escapeHtml.
 */
import type { LorenzPoint } from '../fairness/inequality.ts';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Colour-blind-safe palette (Okabe–Ito), one colour per policy in report order. */
export const POLICY_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'];

export function policyColour(index: number): string {
  return POLICY_COLOURS[index % POLICY_COLOURS.length] as string;
}

const fixed = (n: number): string => (Math.round(n * 10) / 10).toString();

export interface Bar {
  label: string;
  value: number;
  /** Text printed after the bar, e.g. "0.42" or "31%". */
  display: string;
}

/** Bars scaled to `max` (default: the largest value, or 1 when all are 0). */
export function barChart(title: string, bars: readonly Bar[], max?: number): string {
  const labelWidth = 190;
  const barWidth = 260;
  const rowHeight = 26;
  const top = 28;
  const width = labelWidth + barWidth + 70;
  const height = top + bars.length * rowHeight + 8;
  const scale = max ?? Math.max(1e-9, ...bars.map((b) => b.value));
  const rows = bars.map((bar, i) => {
    const y = top + i * rowHeight;
    const w = Math.max(0, Math.min(1, bar.value / scale)) * barWidth;
    return [
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${fixed(w)}" height="${rowHeight - 8}" fill="${policyColour(i)}"/>`,
      `<text x="${fixed(labelWidth + w + 6)}" y="${y + 16}">${escapeHtml(bar.display)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<text x="0" y="16" font-weight="bold">${escapeHtml(title)}</text>`,
    ...rows,
    '</svg>',
  ].join('');
}

/** Lorenz curve against the line of equality; the shaded gap is what the Gini measures. */
export function lorenzChart(title: string, points: readonly LorenzPoint[], colour: string): string {
  const size = 200;
  const pad = 30;
  const x = (p: number): string => fixed(pad + p * size);
  const y = (s: number): string => fixed(pad + (1 - s) * size);
  const curve = points.map((p) => `${x(p.population)},${y(p.share)}`).join(' ');
  const full = size + 2 * pad;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full + 10}" width="${full}" height="${full + 10}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<text x="${pad}" y="18" font-weight="bold">${escapeHtml(title)}</text>`,
    `<rect x="${pad}" y="${pad}" width="${size}" height="${size}" fill="none" stroke="#999"/>`,
    `<polygon points="${x(0)},${y(0)} ${curve} ${x(1)},${y(1)}" fill="${colour}" fill-opacity="0.15"/>`,
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#666" stroke-dasharray="4 3"/>`,
    `<polyline points="${curve}" fill="none" stroke="${colour}" stroke-width="2"/>`,
    `<text x="${pad}" y="${full + 4}" font-size="11">share of co-ops, least work first →</text>`,
    '</svg>',
  ].join('');
}
