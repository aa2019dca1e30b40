import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

const draws = (seed: string, n: number): number[] => {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('createRandom', () => {
  it('replays exactly for the same seed and differs for another', () => {
    expect(draws('minga', 20)).toEqual(draws('minga', 20));
    expect(draws('minga', 20)).not.toEqual(draws('minka', 20));
  });

  it('stays in [0, 1) and int(n) in [0, n)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const r = createRandom(seed);
        for (let i = 0; i < 50; i++) {
          const x = r.next();
          const k = r.int(n);
          if (x < 0 || x >= 1 || k < 0 || k >= n || !Number.isInteger(k)) return false;
        }
        return true;
      }),
    );
  });

  it('has roughly the asked mean for uniform, normal and poisson draws', () => {
    const r = createRandom('moments');
    const n = 20_000;
    let u = 0;
    let z = 0;
    let p = 0;
    for (let i = 0; i < n; i++) {
      u += r.next();
      z += r.normal(10, 2);
      p += r.poisson(6);
    }
    expect(u / n).toBeCloseTo(0.5, 1);
    expect(z / n).toBeCloseTo(10, 1);
    expect(p / n).toBeCloseTo(6, 1);
  });

  it('never picks an item of weight zero', () => {
    const r = createRandom('weights');
    for (let i = 0; i < 1000; i++) {
      expect(r.weightedPick(['a', 'b', 'c'], [1, 0, 3])).not.toBe('b');
    }
  });

  it('shuffles into a permutation of the input', () => {
    const r = createRandom('shuffle');
    const items = [1, 2, 3, 4, 5, 6, 7];
    expect(r.shuffle(items).sort()).toEqual(items);
  });

  it('forks independent, reproducible sub-streams', () => {
    const a = createRandom('root').fork('lead-1').next();
    expect(createRandom('root').fork('lead-1').next()).toBe(a);
    expect(createRandom('root').fork('lead-2').next()).not.toBe(a);
  });
});
