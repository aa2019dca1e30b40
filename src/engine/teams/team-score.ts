/**
 * The score of one concrete team: which pairs (person × requirement) it uses
 * and which co-op coordinates. The MIP in exact.ts is this same function
 * written as linear algebra; keep the two in step.
 *
 * With k co-ops in a team and L = max(1, slots - 1) the most links a team can
 * need (one per co-op beyond the first):
 * - fit      = (sum of pair fits + coordinator fit) / roles
 * - fairness = (sum over filled slots of the co-op's fairness) / slots
 * - coops    = 1 - (k - 1) / L to keep coordination small, (k - 1) / L to spread work
 * - trust    = 1 - (k - 1 - T) / L, where T = min(k - 1, sum of collaboration
 *              strengths between the team's co-ops): the share of the links
 *              the team needs that past work already backs.
 */
import { COVER_VALUE, type TeamModel } from './teams.model.ts';
import type { TeamComponents } from './teams.types.ts';

export interface ScoredTeam {
  /** Pair indices, ascending. */
  pairs: number[];
  /** Co-op indices that fill at least one slot, ascending. */
  coops: number[];
  /** Co-op index of the coordinator, or -1. */
  coordinator: number;
  filled: number;
  /** Filled slots plus the coordinating role when it is required and taken. */
  covered: number;
  components: TeamComponents;
  score: number;
  /** COVER_VALUE per covered role plus the score: what every solver maximises. */
  objective: number;
}

/** Sum of collaboration strengths between the given co-ops (each link once). */
export function linkStrength(model: TeamModel, coops: readonly number[]): number {
  const inTeam = new Set(coops);
  let total = 0;
  for (const c of coops) {
    for (const { other, strength } of model.linksOfCoop[c]!) {
      if (other > c && inTeam.has(other)) total += strength;
    }
  }
  return total;
}

/** The best co-op of the team to coordinate, or -1 when none offers to. */
export function bestCoordinator(model: TeamModel, coops: readonly number[]): number {
  let best = -1;
  for (const c of coops) {
    if (model.coordinatorFit[c]! >= 0 && (best < 0 || model.coordinatorFit[c]! > model.coordinatorFit[best]!))
      best = c;
  }
  return best;
}

export function scoreTeam(
  model: TeamModel,
  pairIndices: readonly number[],
  coordinatorChoice = -1,
): ScoredTeam {
  const pairs = [...pairIndices].sort((a, b) => a - b);
  const coopSet = new Set<number>();
  let fitSum = 0;
  let fairSum = 0;
  for (const i of pairs) {
    const pair = model.pairs[i]!;
    coopSet.add(pair.coop);
    fitSum += pair.fit;
    fairSum += model.fairness[pair.coop]!;
  }
  const coops = [...coopSet].sort((a, b) => a - b);
  let coordinator = -1;
  if (model.request.coordinatorRequired) {
    const chosenOk = coopSet.has(coordinatorChoice) && model.coordinatorFit[coordinatorChoice]! >= 0;
    coordinator = chosenOk ? coordinatorChoice : bestCoordinator(model, coops);
  }
  if (coordinator >= 0) fitSum += model.coordinatorFit[coordinator]!;

  const k = coops.length;
  const L = model.linkDenominator;
  const trusted = Math.min(k - 1, linkStrength(model, coops));
  const components: TeamComponents =
    k === 0
      ? { fit: 0, coops: 0, trust: 0, fairness: 0 }
      : {
          fit: fitSum / model.fitDenominator,
          fairness: fairSum / Math.max(1, model.slots),
          coops: model.request.preference === 'spread_work' ? (k - 1) / L : 1 - (k - 1) / L,
          trust: 1 - (k - 1 - trusted) / L,
        };
  const w = model.weights;
  const score =
    w.fit * components.fit +
    w.fairness * components.fairness +
    w.coops * components.coops +
    w.trust * components.trust;
  const covered = pairs.length + (coordinator >= 0 ? 1 : 0);
  return {
    pairs,
    coops,
    coordinator,
    filled: pairs.length,
    covered,
    components,
    score,
    objective: COVER_VALUE * covered + score,
  };
}
