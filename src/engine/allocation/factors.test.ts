import { describe, expect, it } from 'vitest';
import { interest, totals } from './allocation.fixtures.ts';
import { dayNumber } from './calendar.ts';
import { RATIO_CAP, scoreAvailability, scoreCapacity, scoreFairness, scoreNeed } from './factors.ts';

const today = dayNumber('2026-03-01');
const day = (iso: string) => dayNumber(iso);

describe('scoreAvailability', () => {
  it('is 1 when the co-op can start by the lead start date', () => {
    expect(scoreAvailability(day('2026-03-10'), day('2026-03-04'), today)).toEqual({
      value: 1,
      canStartOn: day('2026-03-04'),
      delayDays: 0,
    });
  });

  it('halves every 14 days of delay', () => {
    expect(scoreAvailability(day('2026-03-10'), day('2026-03-24'), today).value).toBe(0.5);
    expect(scoreAvailability(day('2026-03-10'), day('2026-04-07'), today).value).toBe(0.25);
    expect(scoreAvailability(day('2026-03-10'), day('2026-03-17'), today).value).toBeCloseTo(
      Math.SQRT1_2,
      12,
    );
  });

  it('reads a missing or past date as today', () => {
    expect(scoreAvailability(null, null, today)).toMatchObject({ value: 1, canStartOn: today });
    // Lead "as soon as possible", co-op free in a week: 7 days late.
    expect(scoreAvailability(null, day('2026-03-08'), today).delayDays).toBe(7);
    expect(scoreAvailability(day('2026-01-01'), day('2026-02-01'), today)).toMatchObject({
      delayDays: 0,
      value: 1,
    });
  });
});

describe('scoreCapacity', () => {
  it('is person-days offered over needed, capped at 1', () => {
    expect(scoreCapacity(40, 60)).toBeCloseTo(2 / 3, 12);
    expect(scoreCapacity(80, 60)).toBe(1);
    expect(scoreCapacity(0, 60)).toBe(0);
  });

  it('does not penalise anyone when the effort is unknown', () => {
    expect(scoreCapacity(5, null)).toBe(1);
    expect(scoreCapacity(5, 0)).toBe(1);
  });
});

describe('scoreNeed', () => {
  // high need, a quarter busy: 0.6 × 1 + 0.4 × 0.75 = 0.9
  it('blends declared need (0.6) with idle share (0.4)', () => {
    expect(scoreNeed({ declaredNeed: 'high', occupancy: 0.25, stage: 'stable' }, 0)).toBeCloseTo(0.9, 12);
    expect(scoreNeed({ declaredNeed: 'low', occupancy: 1, stage: 'growing' }, 0)).toBe(0);
    expect(scoreNeed({ declaredNeed: 'medium', occupancy: 0, stage: 'stable' }, 0)).toBeCloseTo(0.7, 12);
  });

  it('adds the new co-op boost and rescales by 1 + boost', () => {
    expect(scoreNeed({ declaredNeed: 'high', occupancy: 0.25, stage: 'stable' }, 0.25)).toBeCloseTo(0.72, 12);
    expect(scoreNeed({ declaredNeed: 'high', occupancy: 0.25, stage: 'new' }, 0.25)).toBeCloseTo(0.92, 12);
    expect(scoreNeed({ declaredNeed: 'high', occupancy: 0, stage: 'new' }, 0.25)).toBe(1);
  });
});

describe('scoreFairness', () => {
  const equal = { entitlement: 'equal', fairnessMeasure: 'person_days' } as const;

  it('compares received work with an equal share of the network total', () => {
    // 4 co-ops, 400 person-days: each is entitled to 100; 50 received is half.
    const f = scoreFairness(
      interest('a', { receivedPersonDaysInWindow: 50 }),
      totals({ coopCount: 4, receivedPersonDaysInWindow: 400 }),
      equal,
    );
    expect(f).toMatchObject({ received: 50, ratio: 0.5 });
    expect(f.value).toBeCloseTo(2 / 3, 12);
    // Sainte-Laguë key: 50/100 received units + ½, over an entitlement of 1.
    expect(f.pickPriority).toBe(1);
  });

  it('can entitle co-ops in proportion to their people', () => {
    // 10 of 100 people, 400 person-days in the network: entitled to 40; 50 is 125%.
    const f = scoreFairness(
      interest('a', { headcount: 10, receivedPersonDaysInWindow: 50 }),
      totals({ coopCount: 4, headcount: 100, receivedPersonDaysInWindow: 400 }),
      { entitlement: 'headcount', fairnessMeasure: 'person_days' },
    );
    expect(f.ratio).toBeCloseTo(1.25, 12);
    expect(f.value).toBeCloseTo(1 / 2.25, 12);
  });

  it('can measure work in value instead of person-days', () => {
    const f = scoreFairness(
      interest('a', { receivedPersonDaysInWindow: 0, receivedValueInWindow: 30_000 }),
      totals({ coopCount: 2, receivedValueInWindow: 30_000 }),
      { entitlement: 'equal', fairnessMeasure: 'value' },
    );
    expect(f.ratio).toBe(2);
  });

  it('gives full marks to a co-op that received nothing, even in an idle network', () => {
    expect(scoreFairness(interest('a'), totals({ receivedPersonDaysInWindow: 0 }), equal)).toMatchObject({
      value: 1,
      ratio: 0,
    });
  });

  it('among co-ops that received nothing, lets the larger entitlement pick first', () => {
    const byHeadcount = { entitlement: 'headcount', fairnessMeasure: 'person_days' } as const;
    const big = scoreFairness(interest('a', { headcount: 30 }), totals(), byHeadcount);
    const small = scoreFairness(interest('b', { headcount: 5 }), totals(), byHeadcount);
    expect(big.pickPriority).toBeLessThan(small.pickPriority);
  });

  it('keeps ratios finite when the entitlement is zero', () => {
    const f = scoreFairness(interest('a', { headcount: 0, receivedPersonDaysInWindow: 5 }), totals(), {
      entitlement: 'headcount',
      fairnessMeasure: 'person_days',
    });
    expect(f).toMatchObject({ ratio: RATIO_CAP, pickPriority: RATIO_CAP });
    expect(f.value).toBeGreaterThan(0);
  });
});
