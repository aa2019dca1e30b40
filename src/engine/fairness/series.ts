/**
 * Fairness over time: the ledger's entries bucketed by month, quarter or year,
 * with the Gini of each bucket. "Fair over time, not only per lead" needs both
 * the whole-period number and how it moves.
 */

import { gini } from './inequality.ts';

/** One line of the fairness ledger: work a co-op received, dated when it was allocated. */
export interface LedgerEntry {
  coopId: string;
  /** ISO calendar date, `YYYY-MM-DD` (a longer ISO timestamp is read by its date part). */
  date: string;
  personDays: number;
  value: number;
}

export type Period = 'month' | 'quarter' | 'year';
export type Measure = 'personDays' | 'value';

export interface SeriesOptions {
  period: Period;
  measure: Measure;
  /**
   * Every co-op of the network, so that co-ops with no work in a bucket count
   * as zeros. Co-ops that appear only in the entries are added.
   */
  coopIds: readonly string[];
}

export interface SeriesPoint {
  /** `2026-03`, `2026-Q1` or `2026`. */
  period: string;
  total: number;
  gini: number;
}

interface YearMonth {
  year: number;
  month: number;
}

function parseYearMonth(date: string): YearMonth {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  const month = match ? Number(match[2]) : Number.NaN;
  if (!match || month < 1 || month > 12) {
    throw new RangeError(`ledger dates must be ISO YYYY-MM-DD, got "${date}"`);
  }
  return { year: Number(match[1]), month };
}

/** Buckets are numbered consecutively so empty ones between entries can be filled in. */
function bucketIndex({ year, month }: YearMonth, period: Period): number {
  if (period === 'year') return year;
  if (period === 'quarter') return year * 4 + Math.floor((month - 1) / 3);
  return year * 12 + (month - 1);
}

function bucketLabel(index: number, period: Period): string {
  if (period === 'year') return String(index);
  if (period === 'quarter') return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  const month = (index % 12) + 1;
  return `${Math.floor(index / 12)}-${String(month).padStart(2, '0')}`;
}

/**
 * One point per bucket from the earliest to the latest entry, empty buckets
 * included (total 0, Gini 0), in chronological order.
 */
export function giniSeries(entries: readonly LedgerEntry[], options: SeriesOptions): SeriesPoint[] {
  if (entries.length === 0) return [];
  const buckets = new Map<number, Map<string, number>>();
  const ids = new Set(options.coopIds);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    const index = bucketIndex(parseYearMonth(entry.date), options.period);
    first = Math.min(first, index);
    last = Math.max(last, index);
    ids.add(entry.coopId);
    let work = buckets.get(index);
    if (!work) {
      work = new Map();
      buckets.set(index, work);
    }
    work.set(entry.coopId, (work.get(entry.coopId) ?? 0) + entry[options.measure]);
  }
  const series: SeriesPoint[] = [];
  for (let index = first; index <= last; index++) {
    const work = buckets.get(index);
    const values = [...ids].map((id) => work?.get(id) ?? 0);
    series.push({
      period: bucketLabel(index, options.period),
      total: values.reduce((sum, v) => sum + v, 0),
      gini: gini(values),
    });
  }
  return series;
}
