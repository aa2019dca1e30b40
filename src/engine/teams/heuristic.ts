/**
 * The fast team builder for networks too large to solve exactly. It searches
 * over sets of co-ops; each set is scored exactly (the best assignment of its
 * people by min-cost flow, then the set's co-op and trust terms), so only the
 * choice of co-ops is heuristic.
 *
 * 1. A pool: the co-ops that could fill most of the lead alone, the best few
 *    for each requirement, and their closest collaborators; widened until it
 *    can cover as many roles as the whole network.
 * 2. Greedy construction from several seeds: add the co-op that raises the
 *    objective most (ranked by a cheap estimate, confirmed exactly).
 * 3. Local search: drop one co-op, swap one for another, swap two for one,
 *    add one; repeat while anything improves.
 * Every set scored along the way is kept, so the best few distinct teams
 * come for free.
 */
import { bestAssignment } from './assignment.ts';
import type { GLPK } from './glpk.ts';
import { polishWithMip } from './polish.ts';
import { type ScoredTeam, scoreTeam } from './team-score.ts';
import { COVER_VALUE, type TeamModel } from './teams.model.ts';

const SOLO_POOL = 30;
const PER_REQUIREMENT_POOL = 6;
const COLLABORATORS = 3;
const SEEDS = 4;
const CONFIRM = 6;
const SWAP_CANDIDATES = 8;
const MAX_ROUNDS = 40;

interface CoopProfile {
  /** Per requirement: the co-op's pair values, best first. */
  values: number[][];
  soloFill: number;
  soloValue: number;
}

function profileCoop(model: TeamModel, c: number): CoopProfile {
  const values: number[][] = model.counts.map(() => []);
  for (const i of model.pairsOfCoop[c]!) values[model.pairs[i]!.req]!.push(model.pairs[i]!.value);
  for (const list of values) list.sort((a, b) => b - a);
  let capacity = 0;
  for (const i of new Set(model.pairsOfCoop[c]!.map((i) => model.pairs[i]!.person))) {
    capacity += model.people[i]!.capacity;
  }
  let fill = 0;
  let value = 0;
  values.forEach((list, r) => {
    const n = Math.min(list.length, model.counts[r]!);
    fill += n;
    for (let k = 0; k < n; k++) value += list[k]!;
  });
  return { values, soloFill: Math.min(fill, capacity), soloValue: value };
}

export class TeamSearch {
  readonly model: TeamModel;
  readonly archive = new Map<string, ScoredTeam>();
  private readonly cache = new Map<string, ScoredTeam>();
  private readonly profiles = new Map<number, CoopProfile>();

  constructor(model: TeamModel) {
    this.model = model;
  }

  profile(c: number): CoopProfile {
    let p = this.profiles.get(c);
    if (!p) {
      p = profileCoop(this.model, c);
      this.profiles.set(c, p);
    }
    return p;
  }

  evaluate(coops: readonly number[]): ScoredTeam {
    const key = [...coops].sort((a, b) => a - b).join(',');
    const cached = this.cache.get(key);
    if (cached) return cached;
    const pairs = coops.flatMap((c) => this.model.pairsOfCoop[c]!);
    const { pairs: used, coordinator } = bestAssignment(this.model, pairs);
    const team = scoreTeam(this.model, used, coordinator);
    this.cache.set(key, team);
    this.record(team);
    return team;
  }

  /** Keeps the best team seen for each set of co-ops actually used. */
  record(team: ScoredTeam): void {
    const usedKey = team.coops.join(',');
    const known = this.archive.get(usedKey);
    if (!known || team.objective > known.objective) this.archive.set(usedKey, team);
  }

  /** Cheap guess of what adding co-op d to `team` is worth; only used to rank candidates. */
  estimate(team: ScoredTeam, d: number): number {
    const { model } = this;
    const filled = model.counts.map(() => 0);
    const worst = model.counts.map(() => Number.POSITIVE_INFINITY);
    for (const i of team.pairs) {
      const { req, value } = model.pairs[i]!;
      filled[req]!++;
      worst[req] = Math.min(worst[req]!, value);
    }
    let gain = 0;
    this.profile(d).values.forEach((list, r) => {
      const open = model.counts[r]! - filled[r]!;
      list.forEach((v, k) => {
        if (k < open) gain += COVER_VALUE + v;
        else if (k < model.counts[r]! && v > worst[r]!) gain += v - worst[r]!;
      });
    });
    const w = model.weights;
    const sign = model.request.preference === 'spread_work' ? 1 : -1;
    const inTeam = new Set(team.coops);
    let strength = 0;
    for (const link of model.linksOfCoop[d]!) if (inTeam.has(link.other)) strength += link.strength;
    return gain + (sign * w.coops + w.trust * (Math.min(1, strength) - 1)) / model.linkDenominator;
  }

  /** Pool members outside the team, best estimate first. */
  ranked(team: ScoredTeam, pool: readonly number[], exclude: readonly number[], limit: number): number[] {
    const skip = new Set([...team.coops, ...exclude]);
    return pool
      .filter((c) => !skip.has(c))
      .map((c) => ({ c, e: this.estimate(team, c) }))
      .sort((a, b) => b.e - a.e)
      .slice(0, limit)
      .map((x) => x.c);
  }
}

/** Co-ops worth searching among; see the module comment. */
export function buildPool(search: TeamSearch, targetRoles: number): number[] {
  const { model } = search;
  const active = model.pairsOfCoop.flatMap((list, c) => (list.length > 0 ? [c] : []));
  const soloScore = (c: number) => search.profile(c).soloFill * COVER_VALUE + search.profile(c).soloValue;
  const pool = new Set<number>();
  const bySolo = [...active].sort((a, b) => soloScore(b) - soloScore(a));
  for (const c of bySolo.slice(0, SOLO_POOL)) pool.add(c);
  model.counts.forEach((_, r) => {
    const best = (c: number) => search.profile(c).values[r]![0] ?? -1;
    const holders = active
      .filter((c) => best(c) >= 0)
      .sort((a, b) => best(b) - best(a) || soloScore(b) - soloScore(a));
    for (const c of holders.slice(0, PER_REQUIREMENT_POOL)) pool.add(c);
  });
  if (model.request.coordinatorRequired) {
    const coordinating = bySolo.filter((c) => model.coordinatorFit[c]! >= 0);
    for (const c of coordinating.slice(0, PER_REQUIREMENT_POOL)) pool.add(c);
  }
  for (const c of bySolo.slice(0, SOLO_POOL / 2)) {
    const partners = [...model.linksOfCoop[c]!]
      .sort((a, b) => b.strength - a.strength)
      .slice(0, COLLABORATORS);
    for (const { other } of partners) pool.add(other);
  }
  if (model.weights.trust > 0) {
    // Teams of co-ops that trust each other grow from the best-connected co-ops; bring them and their partners.
    const ties = (c: number) => model.linksOfCoop[c]!.reduce((sum, l) => sum + l.strength, 0);
    const connected = active
      .filter((c) => model.linksOfCoop[c]!.length > 0)
      .sort((a, b) => ties(b) - ties(a));
    for (const c of connected.slice(0, SOLO_POOL)) {
      pool.add(c);
      for (const { other } of model.linksOfCoop[c]!) pool.add(other);
    }
  }
  // Widen until the pool can cover as many roles as the network.
  let list = [...pool];
  for (const widened of [4, 16, Number.POSITIVE_INFINITY]) {
    const probe = search.evaluate(list);
    if (probe.covered >= targetRoles) break;
    model.counts.forEach((_, r) => {
      const holders = active.filter((c) => (search.profile(c).values[r]?.length ?? 0) > 0);
      const ranked = holders.sort((a, b) => soloScore(b) - soloScore(a));
      for (const c of ranked.slice(0, widened * PER_REQUIREMENT_POOL)) pool.add(c);
    });
    list = [...pool];
  }
  return list;
}

function greedy(search: TeamSearch, pool: readonly number[], seed: readonly number[]): ScoredTeam {
  let team = search.evaluate(seed);
  for (;;) {
    let best = team;
    for (const d of search.ranked(team, pool, [], CONFIRM)) {
      const next = search.evaluate([...team.coops, d]);
      if (next.objective > best.objective + 1e-12) best = next;
    }
    if (best === team) return team;
    team = best;
  }
}

function improve(search: TeamSearch, pool: readonly number[], start: ScoredTeam): ScoredTeam {
  let team = start;
  const better = (candidate: ScoredTeam) => candidate.objective > team.objective + 1e-12;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = team;
    for (const c of before.coops) {
      const rest = before.coops.filter((x) => x !== c);
      const base = search.evaluate(rest);
      if (better(base)) team = base;
      for (const d of search.ranked(base, pool, [c], SWAP_CANDIDATES)) {
        const swapped = search.evaluate([...rest, d]);
        if (better(swapped)) team = swapped;
      }
    }
    if (before.coops.length <= 12) {
      for (const [a, b] of before.coops.flatMap((a, i) =>
        before.coops.slice(i + 1).map((b) => [a, b] as const),
      )) {
        const rest = before.coops.filter((x) => x !== a && x !== b);
        const base = search.evaluate(rest);
        for (const d of search.ranked(base, pool, [a, b], CONFIRM)) {
          const merged = search.evaluate([...rest, d]);
          if (better(merged)) team = merged;
        }
      }
    }
    for (const d of search.ranked(before, pool, [], CONFIRM)) {
      const added = search.evaluate([...before.coops, d]);
      if (better(added)) team = added;
    }
    if (team === before) break;
  }
  return team;
}

/**
 * The best teams found, best first, each a distinct set of co-ops. With GLPK
 * at hand, the best are polished by an exact solve over their neighbourhood.
 */
export function solveHeuristic(
  model: TeamModel,
  maxTeams: number,
  targetRoles: number,
  glpk?: GLPK,
): ScoredTeam[] {
  const search = new TeamSearch(model);
  const pool = buildPool(search, targetRoles);
  const seeds: number[][] = [[]];
  const bySolo = [...pool].sort(
    (a, b) =>
      search.profile(b).soloFill - search.profile(a).soloFill ||
      search.profile(b).soloValue - search.profile(a).soloValue,
  );
  for (const c of bySolo.slice(0, SEEDS)) seeds.push([c]);
  for (const seed of seeds) improve(search, pool, greedy(search, pool, seed));
  const best = () =>
    [...search.archive.values()]
      .filter((t) => t.coops.length > 0)
      .sort((a, b) => b.objective - a.objective)
      .slice(0, maxTeams);
  if (glpk) {
    const polished = polishWithMip(glpk, search, pool, best());
    if (polished && polished.coops.length > 0) {
      search.record(polished);
      improve(search, pool, polished);
    }
  }
  return best();
}
