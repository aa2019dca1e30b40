import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini, lorenzCurve, shareTo } from './inequality.ts';

const work = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 60 });

/** Area under the Lorenz curve by trapezoids. */
const areaUnder = (values: number[]): number => {
  const points = lorenzCurve(values);
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    area += ((b.population - a.population) * (a.share + b.share)) / 2;
  }
  return area;
};

describe('gini, worked by hand', () => {
  it('is 0 when every co-op received the same', () => {
    expect(gini([1, 1, 1, 1])).toBe(0);
    expect(gini([7, 7])).toBe(0);
  });

  it('is 1 − 1/n when one co-op received everything (population formula)', () => {
    // Σ|xi − xj| = 6 (three ordered pairs each way), 2·n²·μ = 2·16·0.25 = 8 → 0.75.
    expect(gini([0, 0, 0, 1])).toBeCloseTo(0.75, 12);
    expect(gini([0, 5])).toBeCloseTo(0.5, 12);
  });

  it('is 0.25 for [1, 2, 3, 4]', () => {
    // Unordered differences 1+2+3+1+2+1 = 10, ordered 20; 2·16·2.5 = 80 → 0.25.
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
  });

  it('treats no work, one co-op and no co-ops as even', () => {
    expect(gini([0, 0, 0])).toBe(0);
    expect(gini([42])).toBe(0);
    expect(gini([])).toBe(0);
  });

  it('refuses negative or non-finite amounts', () => {
    expect(() => gini([1, -1])).toThrow(RangeError);
    expect(() => gini([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('lorenzCurve, worked by hand', () => {
  it('accumulates [1, 2, 3, 4] poorest first', () => {
    const points = lorenzCurve([3, 1, 4, 2]);
    expect(points.map((p) => p.population)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const shares = points.map((p) => p.share);
    [0, 0.1, 0.3, 0.6, 1].forEach((expected, i) => {
      expect(shares[i]).toBeCloseTo(expected, 12);
    });
  });

  it('is the line of equality when nobody received anything', () => {
    expect(lorenzCurve([0, 0])).toEqual([
      { population: 0, share: 0 },
      { population: 0.5, share: 0.5 },
      { population: 1, share: 1 },
    ]);
  });
});

describe('gini and lorenzCurve, properties', () => {
  it('stays within 0 ≤ G ≤ 1 − 1/n', () => {
    fc.assert(
      fc.property(work, (xs) => {
        const g = gini(xs);
        return g >= 0 && g <= 1 - 1 / xs.length + 1e-12;
      }),
    );
  });

  it('does not change when every amount is scaled', () => {
    fc.assert(
      fc.property(work, fc.double({ min: 0.001, max: 1000, noNaN: true }), (xs, k) => {
        expect(gini(xs.map((x) => x * k))).toBeCloseTo(gini(xs), 9);
      }),
    );
  });

  it('does not depend on the order of co-ops', () => {
    fc.assert(
      fc.property(
        work.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
        ([xs, shuffled]) => {
          expect(gini(shuffled)).toBeCloseTo(gini(xs), 12);
        },
      ),
    );
  });

  it('agrees with the pairwise definition Σ Σ |xi − xj| / (2 n² μ)', () => {
    fc.assert(
      fc.property(work, (xs) => {
        const n = xs.length;
        const mean = xs.reduce((s, x) => s + x, 0) / n;
        let pairs = 0;
        for (const a of xs) for (const b of xs) pairs += Math.abs(a - b);
        const expected = mean === 0 ? 0 : pairs / (2 * n * n * mean);
        expect(gini(xs)).toBeCloseTo(expected, 9);
      }),
    );
  });

  it('equals 1 − 2 × the area under the Lorenz curve', () => {
    fc.assert(
      fc.property(work, (xs) => {
        expect(gini(xs)).toBeCloseTo(1 - 2 * areaUnder(xs), 9);
      }),
    );
  });

  it('runs from (0, 0) to (1, 1), non-decreasing and convex', () => {
    fc.assert(
      fc.property(work, (xs) => {
        const points = lorenzCurve(xs);
        expect(points[0]).toEqual({ population: 0, share: 0 });
        expect(points.at(-1)).toEqual({ population: 1, share: 1 });
        let previousSlope = Number.NEGATIVE_INFINITY;
        for (let i = 1; i < points.length; i++) {
          const a = points[i - 1]!;
          const b = points[i]!;
          expect(b.share).toBeGreaterThanOrEqual(a.share);
          expect(b.share).toBeLessThanOrEqual(b.population + 1e-12);
          const slope = (b.share - a.share) / (b.population - a.population);
          expect(slope).toBeGreaterThanOrEqual(previousSlope - 1e-9);
          previousSlope = slope;
        }
      }),
    );
  });
});

describe('shareTo', () => {
  const received = new Map([
    ['new-a', 10],
    ['new-b', 30],
    ['old', 60],
  ]);

  it('is the part of all work that went to the subset', () => {
    expect(shareTo(received, ['new-a', 'new-b'])).toBeCloseTo(0.4, 12);
    expect(shareTo(received, ['new-a', 'new-a'])).toBeCloseTo(0.1, 12);
  });

  it('counts unknown co-ops as zero and no work as a share of zero', () => {
    expect(shareTo(received, ['nobody'])).toBe(0);
    expect(shareTo(new Map([['a', 0]]), ['a'])).toBe(0);
  });
});
