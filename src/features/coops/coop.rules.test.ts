import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coopAvailability, slugify } from './coop.rules.ts';

describe('coopAvailability', () => {
  it('is unknown with no people', () => {
    expect(coopAvailability({ total: 0, free: 0, couldBeFree: 0 }).status).toBe('unknown');
  });
  it('is available when at least half the people are free', () => {
    expect(coopAvailability({ total: 4, free: 2, couldBeFree: 0 })).toEqual({
      status: 'available',
      freeShare: 0.5,
    });
  });
  it('is partly available when someone is free or could be', () => {
    expect(coopAvailability({ total: 4, free: 1, couldBeFree: 0 }).status).toBe('partly_available');
    expect(coopAvailability({ total: 4, free: 0, couldBeFree: 1 }).status).toBe('partly_available');
  });
  it('is busy when everyone is busy', () => {
    expect(coopAvailability({ total: 3, free: 0, couldBeFree: 0 }).status).toBe('busy');
  });
  it('never gets less available when one more person becomes free', () => {
    const order = ['busy', 'partly_available', 'available'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(), fc.nat(), (total, f, c) => {
        const free = f % (total + 1);
        const could = c % (total - free + 1);
        if (free + could >= total) return;
        const before = coopAvailability({ total, free, couldBeFree: could }).status;
        const after = coopAvailability({ total, free: free + 1, couldBeFree: could }).status;
        expect(order.indexOf(after)).toBeGreaterThanOrEqual(order.indexOf(before));
      }),
    );
  });
});

describe('slugify', () => {
  it('folds accents and punctuation', () => {
    expect(slugify('Cooperativa de Trabajo Fiqus Ltda.')).toBe('cooperativa-de-trabajo-fiqus-ltda');
    expect(slugify('Técnicas  Ágiles!')).toBe('tecnicas-agiles');
  });
});
