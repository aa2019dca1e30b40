/**
 * Properties of the eligibility checker and the suggester on random calls:
 * every suggestion is eligible; the exhaustive search finds a smallest
 * eligible consortium whenever one exists (checked against brute force);
 * adding an acceptable partner keeps an eligible consortium eligible unless
 * the call sets a maximum that the addition exceeds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConsortiumPartner, type ConsortiumRules, checkEligibility } from './eligibility.ts';
import { suggestCompositions } from './suggest.ts';

const COUNTRIES = ['GB', 'AR', 'ES', 'DE', null];
const ORG_TYPES = ['cooperative', 'sme', 'university'];
const ROLES = ['coordinator', 'dissemination', 'evaluation'];
const COMPETENCES = ['react', 'drupal', 'elixir', 'ux'];

const rulesArb: fc.Arbitrary<ConsortiumRules> = fc.record({
  minPartners: fc.integer({ min: 0, max: 4 }),
  maxPartners: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  minCountries: fc.integer({ min: 0, max: 3 }),
  orgTypes: fc.subarray(ORG_TYPES),
  requiredRoles: fc.subarray(ROLES, { maxLength: 2 }),
  requiredCompetences: fc
    .subarray(COMPETENCES, { maxLength: 3 })
    .map((cs) => cs.map((c) => ({ key: c, label: c }))),
});

const applicantsArb = fc
  .array(
    fc.record({
      country: fc.constantFrom(...COUNTRIES),
      orgType: fc.constantFrom(...ORG_TYPES),
      roles: fc.subarray(ROLES, { maxLength: 2 }),
      competences: fc.subarray(COMPETENCES, { maxLength: 2 }),
    }),
    { minLength: 0, maxLength: 8 },
  )
  .map((xs) => xs.map((x, i): ConsortiumPartner => ({ ...x, id: `p${i}`, name: `Partner ${i}` })));

const eligible = (rules: ConsortiumRules, ps: ConsortiumPartner[]) => checkEligibility(rules, ps).eligible;

/** The size of the smallest non-empty eligible subset, by trying them all; null when there is none. */
function smallestEligible(rules: ConsortiumRules, ps: ConsortiumPartner[]): number | null {
  let best: number | null = null;
  for (let mask = 1; mask < 1 << ps.length; mask++) {
    const team = ps.filter((_, i) => mask & (1 << i));
    if ((best === null || team.length < best) && eligible(rules, team)) best = team.length;
  }
  return best;
}

describe('consortium properties', () => {
  it('every suggestion is eligible, distinct, and smallest compositions come first', () => {
    fc.assert(
      fc.property(rulesArb, applicantsArb, fc.constantFrom(undefined, 0, 5), (rules, applicants, budget) => {
        const byId = new Map(applicants.map((a) => [a.id, a]));
        const { compositions } = suggestCompositions(rules, applicants, { budget });
        const keys = compositions.map((c) => [...c].sort().join('|'));
        expect(new Set(keys).size).toBe(keys.length);
        for (const c of compositions) {
          expect(
            eligible(
              rules,
              c.map((id) => byId.get(id)!),
            ),
          ).toBe(true);
        }
        for (let i = 1; i < compositions.length; i++) {
          expect(compositions[i]!.length).toBeGreaterThanOrEqual(compositions[i - 1]!.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the exhaustive search finds a smallest eligible consortium whenever one exists', () => {
    fc.assert(
      fc.property(rulesArb, applicantsArb, (rules, applicants) => {
        const result = suggestCompositions(rules, applicants);
        expect(result.method).toBe('exhaustive');
        const smallest = smallestEligible(rules, applicants);
        if (smallest === null) expect(result.compositions).toEqual([]);
        else expect(result.compositions[0]).toHaveLength(smallest);
      }),
      { numRuns: 300 },
    );
  });

  it('adding an acceptable partner keeps a consortium eligible unless it exceeds a maximum', () => {
    fc.assert(
      fc.property(rulesArb, applicantsArb, fc.nat(), (rules, applicants, pick) => {
        fc.pre(applicants.length >= 2);
        const extra = applicants[pick % applicants.length]!;
        const team = applicants.filter((a) => a !== extra);
        fc.pre(eligible(rules, team));
        const acceptable = rules.orgTypes.length === 0 || rules.orgTypes.includes(extra.orgType);
        const withinMax = rules.maxPartners === null || team.length + 1 <= rules.maxPartners;
        expect(eligible(rules, [...team, extra])).toBe(acceptable && withinMax);
      }),
      { numRuns: 500 },
    );
  });
});
