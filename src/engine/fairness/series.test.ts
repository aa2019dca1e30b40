import { describe, expect, it } from 'vitest';
import { giniSeries, type LedgerEntry } from './series.ts';

const entry = (coopId: string, date: string, personDays: number, value = personDays * 300): LedgerEntry => ({
  coopId,
  date,
  personDays,
  value,
});

const ledger: LedgerEntry[] = [
  entry('a', '2026-01-10', 10),
  entry('b', '2026-01-20', 10),
  entry('a', '2026-02-03', 20),
  entry('a', '2026-05-15T09:00:00Z', 5, 2000),
];

describe('giniSeries', () => {
  it('buckets by month, counting co-ops without work and filling empty months', () => {
    const series = giniSeries(ledger, {
      period: 'month',
      measure: 'personDays',
      coopIds: ['a', 'b', 'c', 'd'],
    });
    expect(series.map((p) => p.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(series.map((p) => p.total)).toEqual([20, 20, 0, 0, 5]);
    // January: [10, 10, 0, 0] → pairs Σ = 80, 2·16·5 = 160 → 0.5.
    expect(series[0]!.gini).toBeCloseTo(0.5, 12);
    // February: one co-op of four had everything → 0.75.
    expect(series[1]!.gini).toBeCloseTo(0.75, 12);
    expect(series[2]!.gini).toBe(0);
  });

  it('buckets by quarter and year, on value as well as person-days', () => {
    const quarters = giniSeries(ledger, { period: 'quarter', measure: 'value', coopIds: ['a', 'b'] });
    expect(quarters.map((p) => p.period)).toEqual(['2026-Q1', '2026-Q2']);
    // Q1 values: a 9000, b 3000 → |9000 − 3000|·2 / (2·4·6000) = 0.25.
    expect(quarters[0]!.gini).toBeCloseTo(0.25, 12);
    expect(quarters[1]!.total).toBe(2000);

    const years = giniSeries([...ledger, entry('b', '2028-12-31', 1)], {
      period: 'year',
      measure: 'personDays',
      coopIds: [],
    });
    expect(years.map((p) => p.period)).toEqual(['2026', '2027', '2028']);
  });

  it('adds co-ops that only appear in the ledger', () => {
    const [january] = giniSeries([entry('x', '2026-01-01', 3)], {
      period: 'month',
      measure: 'personDays',
      coopIds: ['y'],
    });
    expect(january!.gini).toBeCloseTo(0.5, 12);
  });

  it('is empty for an empty ledger and refuses dates it cannot read', () => {
    expect(giniSeries([], { period: 'month', measure: 'value', coopIds: ['a'] })).toEqual([]);
    expect(() =>
      giniSeries([entry('a', '10/01/2026', 1)], { period: 'month', measure: 'value', coopIds: [] }),
    ).toThrow(RangeError);
  });
});
