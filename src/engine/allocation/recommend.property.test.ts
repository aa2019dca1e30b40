import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEEDS, type ProfileRequirement, SENIORITIES, STAGES } from '../vocabulary.ts';
import {
  ALLOCATION_METHODS,
  type AllocationPolicy,
  DEFAULT_POLICY,
  FACTORS,
  type InterestForRecommendation,
  type LeadForRecommendation,
  type ProposedPerson,
  type RecommendationContext,
} from './allocation.types.ts';
import { isoFromDayNumber } from './calendar.ts';
import { matchProfiles } from './fit.ts';
import { recommend } from './recommend.ts';

const TODAY = 20_500; // 2026-02-16
const TECHS = ['React', 'Go', 'Drupal', 'Python'];
const LANGS = ['en', 'es', 'pt'];

const date = fc.option(
  fc.integer({ min: -10, max: 90 }).map((d) => isoFromDayNumber(TODAY + d)),
  { nil: null },
);
const requirement: fc.Arbitrary<ProfileRequirement> = fc.record({
  technology: fc.constantFrom(...TECHS),
  minSeniority: fc.constantFrom(...SENIORITIES),
  count: fc.integer({ min: 1, max: 3 }),
});
const person: fc.Arbitrary<ProposedPerson> = fc.record({
  id: fc.uuid(),
  expertise: fc.array(
    fc.record({
      technology: fc.constantFrom(...TECHS),
      seniority: fc.constantFrom(...SENIORITIES),
      years: fc.integer({ min: 0, max: 20 }),
    }),
    { maxLength: 3 },
  ),
  languages: fc.subarray(LANGS),
});
const lead: fc.Arbitrary<LeadForRecommendation> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  requiredProfiles: fc.array(requirement, { maxLength: 3 }),
  languages: fc.subarray(LANGS, { maxLength: 2 }),
  startDate: date,
  effortPersonDays: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
});
const interestBody = fc.record({
  stage: fc.constantFrom(...STAGES),
  headcount: fc.integer({ min: 1, max: 40 }),
  declaredNeed: fc.constantFrom(...NEEDS),
  occupancy: fc.double({ min: 0, max: 1, noNaN: true }),
  availableFrom: date,
  capacityPersonDays: fc.integer({ min: 0, max: 200 }),
  proposedPeople: fc.array(person, { maxLength: 4 }),
  receivedPersonDaysInWindow: fc.integer({ min: 0, max: 300 }),
  receivedValueInWindow: fc.integer({ min: 0, max: 30_000 }),
});
const interests: fc.Arbitrary<InterestForRecommendation[]> = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.tuple(...ids.map((id) => interestBody.map((b) => ({ coopId: id, coopName: `Co-op ${id}`, ...b })))),
  );
const weight = fc.double({ min: 0, max: 1, noNaN: true });
const policy: fc.Arbitrary<AllocationPolicy> = fc.record({
  version: fc.integer({ min: 1, max: 9 }),
  method: fc.constantFrom(...ALLOCATION_METHODS),
  weights: fc
    .record({ fit: weight, availability: weight, capacity: weight, need: weight, fairness: weight })
    .filter((w) => FACTORS.some((f) => w[f] > 0.01)),
  fitThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
  newCoopBoost: fc.double({ min: 0, max: 1, noNaN: true }),
  entitlement: fc.constantFrom('equal' as const, 'headcount' as const),
  fairnessMeasure: fc.constantFrom('person_days' as const, 'value' as const),
  fairnessWindowDays: fc.constantFrom(90, 180, 365),
  mandatoryProfiles: fc.boolean(),
});
const scoring = policy.map((p) => ({ ...p, method: 'weighted_score' as const }));

function contextFor(list: InterestForRecommendation[], seed?: string): RecommendationContext {
  // The network is larger than the interested co-ops, and its totals include theirs.
  return {
    today: isoFromDayNumber(TODAY),
    ...(seed === undefined ? {} : { seed }),
    networkTotals: {
      coopCount: list.length + 20,
      headcount: list.reduce((s, i) => s + i.headcount, 0) + 200,
      receivedPersonDaysInWindow: list.reduce((s, i) => s + i.receivedPersonDaysInWindow, 0) + 1000,
      receivedValueInWindow: list.reduce((s, i) => s + i.receivedValueInWindow, 0) + 100_000,
    },
  };
}

function placeOf(
  l: LeadForRecommendation,
  list: InterestForRecommendation[],
  p: AllocationPolicy,
  ctx: RecommendationContext,
  coopId: string,
): { rank: number; score: number } {
  const found = recommend(l, list, p, ctx).ranked.find((r) => r.coopId === coopId);
  if (!found) throw new Error(`${coopId} missing from the ranking`);
  return found;
}

describe('recommend, for any network', () => {
  it('is a pure function: same inputs and seed, same recommendation, whatever the order of interests', () => {
    fc.assert(
      fc.property(lead, interests, policy, fc.string(), (l, list, p, seed) => {
        const ctx = contextFor(list, seed);
        const once = recommend(l, list, p, ctx);
        expect(recommend(l, structuredClone(list), structuredClone(p), ctx)).toEqual(once);
        expect(recommend(l, [...list].reverse(), p, ctx)).toEqual(once);
        expect(JSON.parse(JSON.stringify(once))).toEqual(once);
      }),
    );
  });

  it('ranks 1..n, with factor values in 0..1 whose contributions add up to the score', () => {
    fc.assert(
      fc.property(lead, interests, policy, (l, list, p) => {
        const ranked = recommend(l, list, p, contextFor(list)).ranked;
        expect(ranked.map((r) => r.rank)).toEqual(list.map((_, i) => i + 1));
        for (const r of ranked) {
          const sum = FACTORS.reduce((s, f) => s + r.factors[f].contribution, 0);
          expect(r.score).toBeCloseTo(sum, 12);
          for (const f of FACTORS) {
            expect(r.factors[f].value).toBeGreaterThanOrEqual(0);
            expect(r.factors[f].value).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('never lowers a co-op under the weighted score when its need rises', () => {
    fc.assert(
      fc.property(
        lead,
        interests,
        scoring,
        fc.nat(),
        fc.constantFrom('declared', 'occupancy', 'stage'),
        (l, list, p, k, what) => {
          const i = k % list.length;
          const before = list[i]!;
          const raised: InterestForRecommendation =
            what === 'declared'
              ? { ...before, declaredNeed: before.declaredNeed === 'low' ? 'medium' : 'high' }
              : what === 'occupancy'
                ? { ...before, occupancy: before.occupancy / 2 }
                : { ...before, stage: 'new' };
          const after = list.map((x, j) => (j === i ? raised : x));
          const ctx = contextFor(list); // other things equal: the network's totals do not move
          const [was, now] = [
            placeOf(l, list, p, ctx, before.coopId),
            placeOf(l, after, p, ctx, before.coopId),
          ];
          expect(now.score).toBeGreaterThanOrEqual(was.score);
          expect(now.rank).toBeLessThanOrEqual(was.rank);
        },
      ),
    );
  });

  it('never lowers a co-op under the weighted score when it received less work', () => {
    fc.assert(
      fc.property(
        lead,
        interests,
        scoring,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (l, list, p, k, keep) => {
          const i = k % list.length;
          const before = list[i]!;
          const lowered = {
            ...before,
            receivedPersonDaysInWindow: before.receivedPersonDaysInWindow * keep,
            receivedValueInWindow: before.receivedValueInWindow * keep,
          };
          const ctx = contextFor(list);
          const after = list.map((x, j) => (j === i ? lowered : x));
          const [was, now] = [
            placeOf(l, list, p, ctx, before.coopId),
            placeOf(l, after, p, ctx, before.coopId),
          ];
          expect(now.score).toBeGreaterThanOrEqual(was.score);
          expect(now.rank).toBeLessThanOrEqual(was.rank);
        },
      ),
    );
  });

  it('never ranks a co-op missing a mandatory profile above one covering them all', () => {
    const mandatory = fc.oneof(
      fc.constant(DEFAULT_POLICY),
      policy.map((p) => ({ ...p, mandatoryProfiles: true })),
    );
    fc.assert(
      fc.property(lead, interests, mandatory, (l, list, p) => {
        const covers = recommend(l, list, p, contextFor(list)).ranked.map((r) => r.coversMandatory);
        const firstGap = covers.indexOf(false);
        if (firstGap !== -1) expect(covers.slice(firstGap)).not.toContain(true);
      }),
    );
  });

  it('breaks ties between identical co-ops by id', () => {
    fc.assert(
      fc.property(
        lead,
        interestBody,
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 6 }),
        policy,
        (l, body, ids, p) => {
          const twins = ids.map((id) => ({ coopId: id, coopName: id, ...body }));
          const ranked = recommend(
            l,
            twins,
            { ...p, method: p.method === 'need_lottery' ? 'weighted_score' : p.method },
            contextFor(twins),
          );
          expect(ranked.ranked.map((r) => r.coopId)).toEqual(
            [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
          );
        },
      ),
    );
  });

  it('matches as many profile slots as the best possible assignment', () => {
    const best = (reqs: ProfileRequirement[], people: ProposedPerson[]): number => {
      const slots = reqs.flatMap((r) => Array.from({ length: r.count }, () => r));
      const go = (s: number, used: Set<number>): number => {
        const slot = slots[s];
        if (!slot) return 0;
        let top = go(s + 1, used); // leave this slot empty
        people.forEach((p, j) => {
          if (used.has(j)) return;
          const ok = p.expertise.some(
            (e) =>
              e.technology === slot.technology &&
              SENIORITIES.indexOf(e.seniority) >= SENIORITIES.indexOf(slot.minSeniority),
          );
          if (ok) top = Math.max(top, 1 + go(s + 1, new Set([...used, j])));
        });
        return top;
      };
      return go(0, new Set());
    };
    fc.assert(
      fc.property(
        fc.array(requirement, { maxLength: 3 }),
        fc.array(person, { maxLength: 5 }),
        (reqs, people) => {
          const filled = matchProfiles(reqs, people).reduce((a, b) => a + b, 0);
          expect(filled).toBe(best(reqs, people));
        },
      ),
    );
  });
});
