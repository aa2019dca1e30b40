/**
 * The arithmetic of the fairness and diversity dashboard: periods and their
 * labels (the same labels giniSeries uses), medians and percentiles, and CSV.
 * Pure functions; the queries feed them.
 */
import type { Period } from '../../engine/fairness/series.ts';

/** `2026-03`, `2026-Q1` or `2026` for an ISO date or timestamp. */
export function periodLabel(date: string, period: Period): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (period === 'year') return year;
  if (period === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Every period label from `from` to `to` (ISO dates, inclusive), in order. */
export function periodLabels(from: string, to: string, period: Period): string[] {
  const labels: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = periodLabel(to, period);
  const step = period === 'year' ? 12 : period === 'quarter' ? 3 : 1;
  for (let guard = 0; guard < 2400; guard++) {
    const label = periodLabel(`${year}-${String(month).padStart(2, '0')}`, period);
    if (labels[labels.length - 1] !== label) labels.push(label);
    if (label === last) break;
    month += step;
    while (month > 12) {
      month -= 12;
      year++;
    }
  }
  return labels;
}

/** Nearest-rank percentile (p in 0..100) of a list; null for an empty list. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/** The middle value (mean of the two middle ones for an even count); null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const round = (x: number, decimals = 4) => Math.round(x * 10 ** decimals) / 10 ** decimals;

export type Cell = string | number | null;

/** RFC 4180 CSV: CRLF line ends, fields with commas, quotes or line breaks quoted. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const field = (v: Cell) => {
    const s = v === null ? '' : String(v);
    // A leading =, +, - or @ would be read as a formula by spreadsheets.
    const safe = /^[=+\-@]/.test(s) && Number.isNaN(Number(s)) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `${[columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
