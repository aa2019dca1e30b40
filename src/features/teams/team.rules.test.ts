import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canMoveTeam, compositionErrors, evenShares, splitByShares, withShares } from './team.rules.ts';

const member = (
  coopId: string,
  role: 'coordinator' | 'partner',
  shareWork?: number,
  shareMoney?: number,
) => ({
  coopId,
  role,
  shareWork,
  shareMoney,
});

describe('team composition', () => {
  it('fills shares evenly when none are given, adding up to exactly 1', () => {
    const members = withShares([member('a', 'coordinator'), member('b', 'partner'), member('c', 'partner')]);
    expect(members.map((m) => m.shareWork)).toEqual([0.333334, 0.333333, 0.333333]);
    expect(compositionErrors(members)).toEqual([]);
  });

  it('names the field when shares do not add up to 1', () => {
    const errors = compositionErrors(
      withShares([member('a', 'coordinator', 0.5, 0.6), member('b', 'partner', 0.5, 0.3)]),
    );
    expect(errors).toEqual([
      {
        pointer: '#/json/members',
        field: 'members.shareMoney',
        detail: 'The money shares add up to 0.9, not 1.',
      },
    ]);
  });

  it('asks for one coordinator, distinct co-ops and people, and shares for all or none', () => {
    const errors = compositionErrors(
      withShares([
        { ...member('a', 'partner', 0.5, 0.5), people: [{ personId: 'p' }] },
        { ...member('a', 'partner', undefined, 0.5), people: [{ personId: 'p' }] },
      ]),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'members',
      'members.1.coopId',
      'members.1.shareWork',
      'members.1.people.0.personId',
    ]);
  });
});

describe('team status', () => {
  it('moves forward only', () => {
    expect(canMoveTeam('forming', 'active')).toBe(true);
    expect(canMoveTeam('active', 'delivered')).toBe(true);
    expect(canMoveTeam('delivered', 'active')).toBe(false);
    expect(canMoveTeam('dissolved', 'forming')).toBe(false);
  });
});

describe('splitByShares', () => {
  it('keeps every cent', () => {
    expect(splitByShares(100, [1 / 3, 1 / 3, 1 / 3])).toEqual([33.34, 33.33, 33.33]);
    expect(splitByShares(50000, [0.6, 0.4])).toEqual([30000, 20000]);
  });

  it('parts add up to the total and follow the shares', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        (cents, weights) => {
          const total = cents / 100;
          const sum = weights.reduce((a, b) => a + b, 0);
          const parts = splitByShares(
            total,
            weights.map((w) => w / sum),
          );
          expect(Math.round(parts.reduce((a, b) => a + b, 0) * 100)).toBe(cents);
          for (const [i, p] of parts.entries()) {
            expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThanOrEqual(0.01 + 1e-9);
          }
        },
      ),
    );
  });

  it('even shares always add up to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        expect(Math.round(evenShares(n).reduce((a, b) => a + b, 0) * 1e6)).toBe(1e6);
      }),
    );
  });
});
