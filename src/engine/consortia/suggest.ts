/**
 * Compositions of applicants that satisfy a call's rules, smallest first.
 *
 * Small calls are searched exhaustively: every subset of each size, from the
 * smallest the rules allow upwards, until enough eligible ones are found, so
 * the first suggestion is proven to be a smallest eligible consortium. When
 * that would take more than `budget` checks, a greedy search takes over:
 * from each applicant in turn it adds whoever closes most of what is still
 * missing, then drops anyone the consortium no longer needs. Greedy results
 * are eligible but not proven smallest; `method` says which ran.
 */
import {
  type ConsortiumPartner,
  type ConsortiumRules,
  countriesOf,
  isAllowedOrgType,
  unmetRules,
} from './eligibility.ts';

export interface SuggestOptions {
  /** How many compositions to return. */
  limit?: number;
  /** Eligibility checks the exhaustive search may spend before the greedy search takes over. */
  budget?: number;
}

export interface Suggestions {
  method: 'exhaustive' | 'greedy';
  /** Applicant ids per composition, smallest compositions first. */
  compositions: string[][];
}

export const DEFAULT_SUGGESTION_LIMIT = 5;
export const DEFAULT_SUGGESTION_BUDGET = 50_000;
const GREEDY_SEEDS = 50;

const norm = (s: string) => s.trim().toLowerCase();

/** How much of a rule set a composition still misses, counted in partners, countries, roles and competences. */
export function deficit(rules: ConsortiumRules, partners: readonly ConsortiumPartner[]): number {
  const roles = new Set(partners.flatMap((p) => p.roles.map(norm)));
  const competences = new Set(partners.flatMap((p) => p.competences));
  return (
    Math.max(0, rules.minPartners - partners.length) +
    Math.max(0, rules.minCountries - countriesOf(partners).length) +
    rules.requiredRoles.filter((r) => !roles.has(norm(r))).length +
    rules.requiredCompetences.filter((c) => !competences.has(c.key)).length
  );
}

/** What one applicant brings on its own: the roles and competences it covers. */
function usefulness(rules: ConsortiumRules, p: ConsortiumPartner): number {
  const roles = new Set(p.roles.map(norm));
  return (
    rules.requiredRoles.filter((r) => roles.has(norm(r))).length +
    rules.requiredCompetences.filter((c) => p.competences.includes(c.key)).length
  );
}

const eligible = (rules: ConsortiumRules, ps: readonly ConsortiumPartner[]) =>
  unmetRules(rules, ps).length === 0;
const keyOf = (ps: readonly ConsortiumPartner[]) =>
  ps
    .map((p) => p.id)
    .sort()
    .join('|');

function* combinations(n: number, k: number): Generator<number[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield idx.slice();
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1]! + 1;
  }
}

function greedyFrom(
  rules: ConsortiumRules,
  pool: readonly ConsortiumPartner[],
  seed: ConsortiumPartner,
  upper: number,
): ConsortiumPartner[] | null {
  const team = [seed];
  while (!eligible(rules, team)) {
    if (team.length >= upper) return null;
    const current = deficit(rules, team);
    let best: ConsortiumPartner | null = null;
    let bestDeficit = current;
    for (const p of pool) {
      if (team.includes(p)) continue;
      const d = deficit(rules, [...team, p]);
      if (d < bestDeficit) {
        best = p;
        bestDeficit = d;
      }
    }
    if (!best) return null;
    team.push(best);
  }
  // Drop whoever the consortium no longer needs, latest additions first.
  for (let i = team.length - 1; i >= 0; i--) {
    const without = team.filter((_, j) => j !== i);
    if (without.length > 0 && eligible(rules, without)) team.splice(i, 1);
  }
  return team;
}

export function suggestCompositions(
  rules: ConsortiumRules,
  applicants: readonly ConsortiumPartner[],
  options: SuggestOptions = {},
): Suggestions {
  const limit = Math.max(1, options.limit ?? DEFAULT_SUGGESTION_LIMIT);
  let budget = options.budget ?? DEFAULT_SUGGESTION_BUDGET;
  // Applicants the call cannot accept never help; the most useful are tried first.
  const pool = applicants
    .filter((p) => isAllowedOrgType(rules, p.orgType))
    .map((p) => ({ p, u: usefulness(rules, p) }))
    .sort((a, b) => b.u - a.u || a.p.name.localeCompare(b.p.name) || a.p.id.localeCompare(b.p.id))
    .map(({ p }) => p);
  const n = pool.length;
  const lower = Math.max(1, rules.minPartners);
  const upper = Math.min(n, rules.maxPartners ?? n);
  const found: ConsortiumPartner[][] = [];

  for (let k = lower; k <= upper && found.length < limit; k++) {
    for (const idx of combinations(n, k)) {
      if (budget-- <= 0) return greedy(rules, pool, upper, found, limit);
      const team = idx.map((i) => pool[i]!);
      if (eligible(rules, team)) {
        found.push(team);
        if (found.length >= limit) break;
      }
    }
  }
  return { method: 'exhaustive', compositions: found.map((t) => t.map((p) => p.id)) };
}

function greedy(
  rules: ConsortiumRules,
  pool: readonly ConsortiumPartner[],
  upper: number,
  already: ConsortiumPartner[][],
  limit: number,
): Suggestions {
  const byKey = new Map(already.map((t) => [keyOf(t), t]));
  // Each seed costs a pass over the pool per partner added; the most useful few are enough.
  for (const seed of pool.slice(0, GREEDY_SEEDS)) {
    const team = greedyFrom(rules, pool, seed, upper);
    if (team && !byKey.has(keyOf(team))) byKey.set(keyOf(team), team);
  }
  const teams = [...byKey.values()]
    .sort((a, b) => a.length - b.length || keyOf(a).localeCompare(keyOf(b)))
    .slice(0, limit);
  return { method: 'greedy', compositions: teams.map((t) => t.map((p) => p.id)) };
}
