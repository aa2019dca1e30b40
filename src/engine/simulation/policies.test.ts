import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.ts';
import type { Need } from '../vocabulary.ts';
import {
  type Candidate,
  choose,
  defaultPolicies,
  fairnessScore,
  receivedRatio,
  weightedScore,
} from './policies.ts';
import type { SimulatorPolicySpec } from './simulation.types.ts';

const candidate = (
  id: string,
  fit: number,
  received = 0,
  need: Need = 'medium',
  availability = 0.5,
): Candidate => ({
  coop: { id, name: id, stage: 'growing', need, headcount: 4, technologies: [] },
  staffing: { fit, personIds: [`${id}/p1`] },
  availability,
  received,
  entitlement: 1 / 3,
});

const policy = (kind: SimulatorPolicySpec['kind']): SimulatorPolicySpec => {
  const found = defaultPolicies().find((p) => p.kind === kind);
  if (!found) throw new Error(kind);
  return found;
};

const pick = (spec: SimulatorPolicySpec, candidates: Candidate[], totalReceived = 0, seed = 's') =>
  choose(spec, { candidates, totalReceived, random: createRandom(seed) })?.coop.id ?? null;

describe('choose', () => {
  const three = [candidate('a', 0.7, 50), candidate('b', 0.95, 100), candidate('c', 0.6, 0)];

  it('first come, first served takes whoever answered first', () => {
    expect(pick(policy('first-come'), three, 150)).toBe('a');
  });

  it('best fit takes the best-fitting co-op, and the earlier answer on a tie', () => {
    expect(pick(policy('best-fit'), three, 150)).toBe('b');
    expect(pick(policy('best-fit'), [candidate('x', 0.9), candidate('y', 0.9)])).toBe('x');
  });

  it('weighted picking takes the co-op owed most work against its entitlement', () => {
    expect(pick(policy('weighted-picking'), three, 150)).toBe('c');
  });

  it('weighted score trades fit against need and fairness', () => {
    const spec = policy('weighted-score');
    // Nothing received yet: fairness is equal, so fit and need decide.
    expect(pick(spec, [candidate('fit', 0.9, 0, 'low'), candidate('need', 0.85, 0, 'high')])).toBe('need');
    expect(pick(spec, [candidate('fit', 1, 0, 'low'), candidate('need', 0.4, 0, 'high')])).toBe('fit');
  });

  it('nobody able to staff the lead means nobody is chosen', () => {
    for (const spec of defaultPolicies()) expect(pick(spec, [])).toBeNull();
  });

  it('the lottery never picks below its fit threshold', () => {
    const spec = policy('need-lottery');
    if (spec.kind !== 'need-lottery') throw new Error('lottery');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.constantFrom<Need>('low', 'medium', 'high'),
          ),
          {
            maxLength: 12,
          },
        ),
        fc.string(),
        (rows, seed) => {
          const candidates = rows.map(([fit, need], i) => candidate(`c${i}`, fit, 0, need));
          const chosen = choose(spec, { candidates, totalReceived: 0, random: createRandom(seed) });
          const anyEligible = candidates.some((c) => c.staffing.fit >= spec.fitThreshold);
          return chosen === null ? !anyEligible : chosen.staffing.fit >= spec.fitThreshold;
        },
      ),
    );
  });

  it('the lottery favours high need in proportion to its tickets', () => {
    const spec = policy('need-lottery');
    const random = createRandom('tickets');
    const wins = { low: 0, high: 0 };
    const candidates = [candidate('low', 0.9, 0, 'low'), candidate('high', 0.9, 0, 'high')];
    for (let i = 0; i < 4000; i++) {
      const id = choose(spec, { candidates, totalReceived: 0, random })?.coop.id as 'low' | 'high';
      wins[id]++;
    }
    // Tickets 1 : 3 → about 25% : 75%.
    expect(wins.high / 4000).toBeGreaterThan(0.7);
    expect(wins.high / 4000).toBeLessThan(0.8);
  });
});

describe('fairness arithmetic', () => {
  it('reads a fair share as ratio 1 and fairness 0.5', () => {
    const c = candidate('a', 1, 100);
    expect(receivedRatio(c, 300)).toBeCloseTo(1, 12);
    expect(fairnessScore(c, 300)).toBeCloseTo(0.5, 12);
    expect(fairnessScore(c, 0)).toBe(1);
  });

  it('normalises the weights so the score stays in 0..1', () => {
    const c = candidate('a', 1, 0, 'high', 1);
    expect(weightedScore(c, { fit: 2, availability: 2, need: 2, fairness: 2 }, 0)).toBeCloseTo(1, 12);
    expect(weightedScore(c, { fit: 0, availability: 0, need: 0, fairness: 0 }, 0)).toBe(0);
  });
});
