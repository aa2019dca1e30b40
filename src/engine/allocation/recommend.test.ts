import { describe, expect, it } from 'vitest';
import { interest, lead, person, totals } from './allocation.fixtures.ts';
import { type AllocationPolicy, DEFAULT_POLICY } from './allocation.types.ts';
import { recommend } from './recommend.ts';

const react = lead({
  id: 'lead-9',
  requiredProfiles: [{ technology: 'React', minSeniority: 'senior', count: 1 }],
  startDate: '2026-03-10',
  effortPersonDays: 50,
});
const context = {
  today: '2026-03-01',
  networkTotals: totals({ coopCount: 4, receivedPersonDaysInWindow: 400 }),
};

describe('recommend', () => {
  it('adds the weighted factors into the score (hand-worked)', () => {
    const a = interest('a', {
      proposedPeople: [person('p', [['React', 'senior']])],
      availableFrom: '2026-03-24', // 14 days late: 0.5
      capacityPersonDays: 25, // half of 50: 0.5
      declaredNeed: 'high', // (0.6 + 0.4 × 0.5) / 1.25 = 0.64
      receivedPersonDaysInWindow: 100, // exactly its share of 400 / 4: 0.5
    });
    const [r] = recommend(react, [a], DEFAULT_POLICY, context).ranked;
    expect(r?.factors.fit).toEqual({ value: 1, weight: 0.3, contribution: 0.3 });
    expect(r?.factors.availability.value).toBe(0.5);
    expect(r?.factors.capacity.value).toBe(0.5);
    expect(r?.factors.need.value).toBeCloseTo(0.64, 12);
    expect(r?.factors.fairness.value).toBe(0.5);
    // 0.3 + 0.15 × 0.5 + 0.15 × 0.5 + 0.2 × 0.64 + 0.2 × 0.5
    expect(r?.score).toBeCloseTo(0.678, 12);
    expect(r?.details).toMatchObject({
      canStartOn: '2026-03-24',
      startDelayDays: 14,
      receivedVsEntitlement: 1,
    });
  });

  it('normalises weights so only their proportions matter', () => {
    const a = interest('a', { proposedPeople: [person('p', [['React', 'senior']])] });
    const doubled: AllocationPolicy = {
      ...DEFAULT_POLICY,
      weights: { fit: 0.6, availability: 0.3, capacity: 0.3, need: 0.4, fairness: 0.4 },
    };
    const once = recommend(react, [a], DEFAULT_POLICY, context).ranked[0];
    const twice = recommend(react, [a], doubled, context).ranked[0];
    expect(twice?.score).toBeCloseTo(once?.score ?? Number.NaN, 12);
  });

  it('carries the policy, its version and the method, and survives a JSON round trip', () => {
    const policy: AllocationPolicy = { ...DEFAULT_POLICY, version: 7, method: 'need_lottery' };
    const rec = recommend(react, [interest('a'), interest('b')], policy, context);
    expect(rec).toMatchObject({
      leadId: 'lead-9',
      today: '2026-03-01',
      policyVersion: 7,
      method: 'need_lottery',
    });
    expect(rec.policy).toEqual(policy);
    expect(rec.policy).not.toBe(policy);
    expect(JSON.parse(JSON.stringify(rec))).toEqual(rec);
  });

  it('derives the lottery seed from the lead and the day when none is given, and reports none otherwise', () => {
    const lottery = { ...DEFAULT_POLICY, method: 'need_lottery' } as const;
    expect(recommend(react, [], lottery, context).seed).toBe('lead-9:2026-03-01');
    expect(recommend(react, [], lottery, { ...context, seed: 42 }).seed).toBe('42');
    expect(recommend(react, [], DEFAULT_POLICY, { ...context, seed: 42 }).seed).toBeNull();
  });

  it('ranks 1..n and flags coverage and gaps', () => {
    const full = interest('full', { proposedPeople: [person('p', [['React', 'expert']])] });
    const gap = interest('gap', { proposedPeople: [person('p', [['React', 'junior']])] });
    const ranked = recommend(react, [gap, full], DEFAULT_POLICY, context).ranked;
    expect(ranked.map((r) => [r.coopId, r.rank, r.coversMandatory])).toEqual([
      ['full', 1, true],
      ['gap', 2, false],
    ]);
    expect(ranked[1]?.gaps).toEqual([
      { kind: 'profile', technology: 'React', minSeniority: 'senior', missing: 1 },
    ]);
  });

  it('refuses inputs it cannot rank honestly', () => {
    const bad = (f: () => unknown) => expect(f).toThrow(RangeError);
    bad(() => recommend(react, [interest('a'), interest('a')], DEFAULT_POLICY, context));
    bad(() => recommend(react, [interest('a', { occupancy: 1.5 })], DEFAULT_POLICY, context));
    bad(() => recommend(react, [], { ...DEFAULT_POLICY, version: 0 }, context));
    bad(() =>
      recommend(
        react,
        [],
        { ...DEFAULT_POLICY, weights: { fit: 0, availability: 0, capacity: 0, need: 0, fairness: 0 } },
        context,
      ),
    );
    bad(() => recommend(react, [], DEFAULT_POLICY, { ...context, networkTotals: totals({ coopCount: 0 }) }));
    bad(() => recommend({ ...react, startDate: '2026-02-30' }, [], DEFAULT_POLICY, context));
    bad(() => recommend(react, [interest('a', { availableFrom: 'soon' })], DEFAULT_POLICY, context));
    bad(() =>
      recommend(
        { ...react, requiredProfiles: [{ technology: 'Go', minSeniority: 'junior', count: 0 }] },
        [],
        DEFAULT_POLICY,
        context,
      ),
    );
  });
});
