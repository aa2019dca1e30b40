/**
 * A bound on the best score that needs no LP: each part of the score bounded
 * on its own, ignoring that one person cannot be everywhere. Valid (the max
 * of a sum is at most the sum of the maxes), cheap (one pass over the pairs),
 * and loose mainly in the co-op count part. Used where the LP relaxation
 * would take longer than the search it is meant to judge.
 */
import type { TeamModel } from './teams.model.ts';

/** Upper bound on the score of any team covering `targetRoles` roles. */
export function countingBound(model: TeamModel, targetRoles: number): number {
  const w = model.weights;
  const L = model.linkDenominator;
  const best = model.counts.map(() => [] as number[]);
  for (const pair of model.pairs) best[pair.req]!.push(pair.value);
  let perSlot = 0;
  best.forEach((values, r) => {
    values.sort((a, b) => b - a);
    for (let k = 0; k < Math.min(values.length, model.counts[r]!); k++) perSlot += values[k]!;
  });
  let coordinator = 0;
  if (model.request.coordinatorRequired) {
    model.pairsOfCoop.forEach((pairs, c) => {
      if (pairs.length > 0) coordinator = Math.max(coordinator, model.coordinatorFit[c]!);
    });
  }
  const active = model.pairsOfCoop.filter((pairs) => pairs.length > 0).length;
  // The most slots one co-op can fill bounds from below how many co-ops a full team needs.
  let soloMax = 1;
  model.pairsOfCoop.forEach((pairs) => {
    const perReq = model.counts.map(() => 0);
    for (const i of pairs) perReq[model.pairs[i]!.req]!++;
    const people = new Set(pairs.map((i) => model.pairs[i]!.person));
    const capacity = [...people].reduce((sum, p) => sum + model.people[p]!.capacity, 0);
    const fill = perReq.reduce((sum, n, r) => sum + Math.min(n, model.counts[r]!), 0);
    soloMax = Math.max(soloMax, Math.min(fill, capacity));
  });
  const slotsFilled = Math.max(0, targetRoles - (model.request.coordinatorRequired ? 1 : 0));
  const fewest = Math.max(1, Math.ceil(slotsFilled / soloMax));
  const most = Math.max(1, Math.min(active, model.slots));
  const coops = model.request.preference === 'spread_work' ? (most - 1) / L : 1 - (fewest - 1) / L;
  return perSlot + (w.fit * coordinator) / model.fitDenominator + w.coops * coops + w.trust;
}
