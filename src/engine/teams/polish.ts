/**
 * The last step of the heuristic: solve the MIP exactly, but only over a
 * neighbourhood of the search's best teams — their co-ops, the pool's most
 * promising others, and the co-ops they have worked with. Local moves of one
 * or two co-ops miss teams that differ in many co-ops at once (a cluster of
 * co-ops that trust each other, when the network spreads work); a MIP over
 * a few dozen co-ops finds those in milliseconds. Still a heuristic: the
 * neighbourhood may not hold the optimum.
 */
import { solveExact } from './exact.ts';
import type { GLPK } from './glpk.ts';
import type { TeamSearch } from './heuristic.ts';
import { type ScoredTeam, scoreTeam } from './team-score.ts';
import type { TeamModel } from './teams.model.ts';

const NEIGHBOURHOOD = 400;
const TIME_LIMIT_SECONDS = 2;

/** The same model seen through a subset of co-ops; `original[i]` maps a pair back. */
function restrict(model: TeamModel, coops: ReadonlySet<number>): { sub: TeamModel; original: number[] } {
  const original: number[] = [];
  const pairsOfCoop = model.pairsOfCoop.map((list, c) => {
    if (!coops.has(c)) return [];
    return list.map((i) => {
      original.push(i);
      return original.length - 1;
    });
  });
  const pairs = original.map((i) => model.pairs[i]!);
  const links = model.links.filter((l) => coops.has(l.a) && coops.has(l.b));
  const linksOfCoop = model.linksOfCoop.map((list, c) =>
    coops.has(c) ? list.filter((l) => coops.has(l.other)) : [],
  );
  return { sub: { ...model, pairs, pairsOfCoop, links, linksOfCoop }, original };
}

export function polishWithMip(
  glpk: GLPK,
  search: TeamSearch,
  pool: readonly number[],
  best: ScoredTeam[],
): ScoredTeam | null {
  const { model } = search;
  const chosen = new Set<number>(best.flatMap((t) => t.coops));
  const leader = best[0];
  if (!leader) return null;
  // Two steps out along past collaboration, strongest links first: where trusted clusters are.
  let frontier = [...chosen];
  for (let step = 0; step < 2; step++) {
    const next = frontier
      .flatMap((c) => model.linksOfCoop[c]!)
      .sort((a, b) => b.strength - a.strength)
      .map((l) => l.other)
      .filter((c) => !chosen.has(c));
    for (const c of next) if (chosen.size < NEIGHBOURHOOD / 2) chosen.add(c);
    frontier = next;
  }
  for (const c of search.ranked(leader, pool, [], NEIGHBOURHOOD)) {
    if (chosen.size >= NEIGHBOURHOOD) break;
    chosen.add(c);
  }
  const { sub, original } = restrict(model, chosen);
  const { team } = solveExact(glpk, sub, [], TIME_LIMIT_SECONDS);
  if (!team) return null;
  return scoreTeam(
    model,
    team.pairs.map((i) => original[i]!),
    team.coordinator,
  );
}
