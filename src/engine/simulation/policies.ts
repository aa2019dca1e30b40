/**
 * The allocation policies the simulator compares. Each looks at the co-ops
 * able to staff a lead right now, listed in the order they said "we're
 * interested", and picks one (or none).
 *
 * The weighted score here is the simulator's own, self-contained scorer with
 * its weights as parameters, so that policies can be compared on equal terms
 * without the production recommendation engine's inputs (languages, dates,
 * declared capacity) that a synthetic stream does not have.
 */
import type { Random } from '../random.ts';
import { NEEDS, needLevel } from '../vocabulary.ts';
import type { Entitlement, ScoreWeights, SimCoop, SimulatorPolicySpec } from './simulation.types.ts';
import type { Staffing } from './staffing.ts';

export interface Candidate {
  coop: SimCoop;
  staffing: Staffing;
  /** Share of the co-op's people free right now, 0..1. */
  availability: number;
  /** Person-days received so far in the simulation. */
  received: number;
  /** The co-op's fair share of all work, 0..1 (all co-ops sum to 1). */
  entitlement: number;
}

export interface Choice {
  /** Candidates in order of interest: the order co-ops answered the lead. */
  candidates: readonly Candidate[];
  /** Person-days received by the whole network so far. */
  totalReceived: number;
  /** This lead's own random stream, for lotteries. */
  random: Random;
}

export function entitlementShares(coops: readonly SimCoop[], entitlement: Entitlement): number[] {
  const heads = coops.reduce((sum, c) => sum + Math.max(0, c.headcount), 0);
  return coops.map((c) =>
    entitlement === 'headcount' && heads > 0 ? Math.max(0, c.headcount) / heads : 1 / coops.length,
  );
}

/** Received share over entitled share: 1 is exactly fair, below 1 is owed work. */
export function receivedRatio(candidate: Candidate, totalReceived: number): number {
  if (totalReceived <= 0 || candidate.entitlement <= 0) return 0;
  return candidate.received / totalReceived / candidate.entitlement;
}

/** 1 for a co-op that received nothing yet, 0.5 at its fair share, towards 0 above it. */
export function fairnessScore(candidate: Candidate, totalReceived: number): number {
  return 1 / (1 + receivedRatio(candidate, totalReceived));
}

/** Weighted sum of fit, availability, need and fairness; weights are normalised by their sum. */
export function weightedScore(candidate: Candidate, weights: ScoreWeights, totalReceived: number): number {
  const sum = weights.fit + weights.availability + weights.need + weights.fairness;
  if (sum <= 0) return 0;
  return (
    (weights.fit * candidate.staffing.fit +
      weights.availability * candidate.availability +
      weights.need * needLevel(candidate.coop.need) +
      weights.fairness * fairnessScore(candidate, totalReceived)) /
    sum
  );
}

/** The first candidate with the highest key; earlier interest wins a tie. */
function firstMax(candidates: readonly Candidate[], key: (c: Candidate) => number): Candidate | null {
  let best: Candidate | null = null;
  let bestKey = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const k = key(c);
    // A tolerance keeps float noise from overriding the order of interest.
    if (k > bestKey + 1e-12) {
      best = c;
      bestKey = k;
    }
  }
  return best;
}

export function choose(policy: SimulatorPolicySpec, choice: Choice): Candidate | null {
  const { candidates, totalReceived, random } = choice;
  if (candidates.length === 0) return null;
  switch (policy.kind) {
    case 'first-come':
      return candidates[0] ?? null;
    case 'best-fit':
      return firstMax(candidates, (c) => c.staffing.fit);
    case 'weighted-score':
      return firstMax(candidates, (c) => weightedScore(c, policy.weights, totalReceived));
    case 'need-lottery': {
      const eligible = candidates.filter((c) => c.staffing.fit >= policy.fitThreshold);
      if (eligible.length === 0) return null;
      const tickets = eligible.map((c) => policy.tickets[NEEDS.indexOf(c.coop.need)] ?? 0);
      return random.weightedPick(eligible, tickets);
    }
    case 'weighted-picking':
      return firstMax(candidates, (c) => -receivedRatio(c, totalReceived));
  }
}

export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = { fit: 0.4, availability: 0.1, need: 0.2, fairness: 0.3 };

/** The five policies of the comparison, with the defaults the report uses. */
export function defaultPolicies(): SimulatorPolicySpec[] {
  return [
    { kind: 'first-come', label: 'First come, first served' },
    { kind: 'best-fit', label: 'Best fit only' },
    {
      kind: 'weighted-score',
      label: 'Weighted score',
      weights: { ...DEFAULT_SCORE_WEIGHTS },
      entitlement: 'equal',
    },
    { kind: 'need-lottery', label: 'Need-weighted lottery', fitThreshold: 0.6, tickets: [1, 2, 3] },
    { kind: 'weighted-picking', label: 'Weighted picking', entitlement: 'equal' },
  ];
}
