import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apportion,
  assignmentLines,
  budgetValue,
  deliveryLines,
  resolveShares,
  reversalLines,
  shareOf,
} from './ledger.rules.ts';

const cents = (x: number) => Math.round(x * 100);

describe('budgetValue', () => {
  it('takes the midpoint, or the one known end, or nothing', () => {
    expect(budgetValue(40000, 60000)).toBe(50000);
    expect(budgetValue(null, 60000)).toBe(60000);
    expect(budgetValue(40000, null)).toBe(40000);
    expect(budgetValue(null, null)).toBeNull();
  });
});

describe('apportion', () => {
  it('splits 100 in three so the parts add back to 100', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
  });

  it('always adds up to the total, to the cent, and follows the weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (totalCents, weights) => {
          const parts = apportion(totalCents / 100, weights);
          expect(parts.reduce((a, p) => a + cents(p), 0)).toBe(totalCents);
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            expect(Math.abs(cents(p) - (totalCents * weights[i]!) / sum)).toBeLessThanOrEqual(1);
          });
        },
      ),
    );
  });
});

describe('resolveShares', () => {
  it('gives equal shares by default, adding up to 1', () => {
    const r = resolveShares(['a', 'b', 'c']);
    expect(r.ok && Object.values(r.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('names every wrong share', () => {
    const r = resolveShares(['a', 'b'], { a: 0.5, c: 0.5 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['shares.c', 'shares.b']);
    const sum = resolveShares(['a', 'b'], { a: 0.5, b: 0.6 });
    expect(!sum.ok && sum.errors[0]?.field).toBe('shares');
    expect(resolveShares([]).ok).toBe(false);
  });
});

describe('assignment, delivery and cancellation', () => {
  const lead = { effortPersonDays: 120, value: 50000, currency: 'GBP' };

  it('splits effort and value by share', () => {
    const lines = assignmentLines({ a: 0.75, b: 0.25 }, lead);
    expect(lines).toEqual([
      { coopId: 'a', kind: 'assigned', share: 0.75, personDays: 90, value: 37500, currency: 'GBP' },
      { coopId: 'b', kind: 'assigned', share: 0.25, personDays: 30, value: 12500, currency: 'GBP' },
    ]);
  });

  it('a reversal brings every holding back to zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 6 }), (effort, n) => {
        const ids = Array.from({ length: n }, (_, i) => `c${i}`);
        const r = resolveShares(ids);
        if (!r.ok) throw new Error('shares');
        const assigned = assignmentLines(r.shares, { ...lead, effortPersonDays: effort });
        const reversed = reversalLines(assigned);
        const net = new Map<string, number>();
        for (const l of [...assigned, ...reversed])
          net.set(l.coopId, (net.get(l.coopId) ?? 0) + cents(l.personDays));
        for (const v of net.values()) expect(v).toBe(0);
      }),
    );
  });

  it('delivery brings holdings to the actual figures, split by share', () => {
    const holdings = assignmentLines({ a: 0.5, b: 0.5 }, lead);
    const adj = deliveryLines(holdings, { personDays: 150 });
    expect(adj.map((l) => [l.coopId, l.personDays, l.value])).toEqual([
      ['a', 15, null],
      ['b', 15, null],
    ]);
    expect(deliveryLines(holdings, { personDays: 120, value: 50000 })).toEqual([]);
  });

  it('measures entitlement equally or by headcount', () => {
    const network = { coopCount: 4, headcount: 40, received: 200 };
    expect(shareOf({ headcount: 10, received: 50 }, network, 'equal')).toEqual({
      entitlementShare: 0.25,
      receivedShare: 0.25,
    });
    expect(shareOf({ headcount: 20, received: 0 }, network, 'headcount').entitlementShare).toBe(0.5);
  });
});
