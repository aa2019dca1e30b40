import { describe, expect, it } from 'vitest';
import {
  budgetRange,
  isoToLocalDateTime,
  localDateTimeToIso,
  relativeTime,
  retryMinutes,
} from './lead-format.ts';

const NOW = Date.parse('2031-03-01T12:00:00Z');

describe('relativeTime', () => {
  it.each([
    ['2031-03-06T12:00:00Z', 'en', 'in 5 days'],
    ['2031-03-01T09:00:00Z', 'en', '3 hours ago'],
    ['2031-03-15T12:00:00Z', 'es', 'dentro de 2 semanas'],
    ['2031-03-01T12:00:30Z', 'en', 'this minute'],
  ])('%s in %s is %j', (iso, locale, expected) => {
    expect(relativeTime(iso, locale, NOW)).toBe(expected);
  });
});

describe('budgetRange', () => {
  it('shows a range, a floor or a ceiling in the currency', () => {
    expect(budgetRange({ min: 10000, max: 25000, currency: 'EUR' }, 'en-GB')).toEqual({
      kind: 'range',
      text: '€10,000 – €25,000',
    });
    expect(budgetRange({ min: 5000, max: null, currency: 'GBP' }, 'en-GB')).toEqual({
      kind: 'from',
      text: '£5,000',
    });
    expect(budgetRange({ min: null, max: 2000, currency: 'EUR' }, 'en-GB')?.kind).toBe('upTo');
    expect(budgetRange({ min: null, max: null, currency: 'EUR' }, 'en-GB')).toBeNull();
  });

  it('still shows the figures for a currency Intl does not know', () => {
    expect(budgetRange({ min: 7, max: 7, currency: 'X1Y' }, 'en')?.text).toBe('7');
  });
});

describe('retryMinutes', () => {
  it('reads seconds or an HTTP date, rounding up to whole minutes, at least one', () => {
    expect(retryMinutes('3599')).toBe(60);
    expect(retryMinutes('61')).toBe(2);
    expect(retryMinutes('0')).toBe(1);
    expect(retryMinutes(null)).toBe(1);
    expect(retryMinutes(new Date(NOW + 10 * 60_000).toUTCString(), NOW)).toBe(10);
    expect(retryMinutes('soon')).toBe(1);
  });
});

describe('local date-time inputs', () => {
  it('round-trip an instant', () => {
    const iso = '2031-02-01T17:00:00.000Z';
    expect(localDateTimeToIso(isoToLocalDateTime(iso))).toBe(iso);
    expect(localDateTimeToIso('')).toBeNull();
  });
});
