/**
 * The three ways a network can turn scored co-ops into an order. Each is a
 * pure function of the candidates, the policy and (for the lottery) the seed;
 * every tie ends in a comparison of co-op ids, so the order never depends on
 * the order the interests arrived in.
 */
import { createRandom, type Random } from '../random.ts';
import type { AllocationPolicy } from './allocation.types.ts';

export interface Candidate {
  coopId: string;
  score: number;
  coversAll: boolean;
  fit: number;
  need: number;
  pickPriority: number;
}

export interface Placed<C extends Candidate> {
  candidate: C;
  eligible: boolean;
  methodValue: number | null;
}

/** A co-op with no need at all still holds a few tickets: the lottery excludes nobody who fits. */
export const MIN_LOTTERY_TICKETS = 0.05;

function byId(a: Candidate, b: Candidate): number {
  // Code-unit order, not localeCompare: the result must not depend on the server's locale.
  return a.coopId < b.coopId ? -1 : a.coopId > b.coopId ? 1 : 0;
}

/**
 * The mandatory-profile rule: when the policy makes required profiles
 * mandatory (the default), a co-op covering every one of them always ranks
 * ahead of one that does not, whatever their scores. Fit alone cannot promise
 * this, because a strong showing on need or fairness could outweigh a gap.
 */
export function compareByScore(mandatory: boolean) {
  return (a: Candidate, b: Candidate): number => {
    if (mandatory && a.coversAll !== b.coversAll) return a.coversAll ? -1 : 1;
    return b.score - a.score || byId(a, b);
  };
}

function isEligible(c: Candidate, policy: AllocationPolicy): boolean {
  return c.fit >= policy.fitThreshold && (!policy.mandatoryProfiles || c.coversAll);
}

/**
 * Weighted random order without replacement (Efraimidis–Spirakis): each co-op
 * draws u from its own stream, forked from the lottery seed by its id, and
 * sorts by log(u) / tickets. Giving each co-op its own stream means adding
 * or removing one co-op never changes anybody else's draw.
 */
function drawKey(lottery: Random, coopId: string, tickets: number): number {
  const u = 1 - lottery.fork(coopId).next();
  return Math.log(u) / tickets;
}

export function orderCandidates<C extends Candidate>(
  candidates: C[],
  policy: AllocationPolicy,
  seed: string,
): Placed<C>[] {
  const byScore = compareByScore(policy.mandatoryProfiles);
  if (policy.method === 'weighted_score') {
    return [...candidates]
      .sort(byScore)
      .map((candidate) => ({ candidate, eligible: true, methodValue: null }));
  }

  const eligible = candidates.filter((c) => isEligible(c, policy));
  const rest = candidates.filter((c) => !isEligible(c, policy)).sort(byScore);
  let front: Placed<C>[];
  if (policy.method === 'need_lottery') {
    const lottery = createRandom(seed);
    const drawn = eligible.map((candidate) => {
      const tickets = Math.max(candidate.need, MIN_LOTTERY_TICKETS);
      return { candidate, tickets, key: drawKey(lottery, candidate.coopId, tickets) };
    });
    drawn.sort((a, b) => b.key - a.key || byId(a.candidate, b.candidate));
    front = drawn.map((d) => ({ candidate: d.candidate, eligible: true, methodValue: d.tickets }));
  } else {
    const picking = [...eligible].sort(
      (a, b) => a.pickPriority - b.pickPriority || b.score - a.score || byId(a, b),
    );
    front = picking.map((candidate) => ({ candidate, eligible: true, methodValue: candidate.pickPriority }));
  }
  return [...front, ...rest.map((candidate) => ({ candidate, eligible: false, methodValue: null }))];
}
