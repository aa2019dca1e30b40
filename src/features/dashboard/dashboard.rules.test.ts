import { describe, expect, it } from 'vitest';
import { median, percentile, periodLabel, periodLabels, toCsv } from './dashboard.rules.ts';

describe('dashboard arithmetic', () => {
  it('labels periods as giniSeries does', () => {
    expect(periodLabel('2026-03-14T10:00:00Z', 'month')).toBe('2026-03');
    expect(periodLabel('2026-03-14', 'quarter')).toBe('2026-Q1');
    expect(periodLabel('2026-10-01', 'quarter')).toBe('2026-Q4');
    expect(periodLabel('2026-12-31', 'year')).toBe('2026');
  });

  it('lists every period of a range, across years', () => {
    expect(periodLabels('2025-11-15', '2026-02-01', 'month')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(periodLabels('2025-12-31', '2026-04-01', 'quarter')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodLabels('2024-06-01', '2026-01-01', 'year')).toEqual(['2024', '2025', '2026']);
  });

  it('takes medians and nearest-rank percentiles', () => {
    expect(median([20, 9, 10])).toBe(10);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(percentile([9, 10, 20], 90)).toBe(20);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([], 90)).toBeNull();
  });

  it('writes RFC 4180 CSV and defuses spreadsheet formulas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['=SUM(A1)', -3],
          [null, 'line\nbreak'],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n\'=SUM(A1),-3\r\n,"line\nbreak"\r\n');
  });
});
