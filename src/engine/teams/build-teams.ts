/**
 * The team builder's two entry points. `buildTeams` proposes the best few
 * teams for a lead: exactly (GLPK MIP, proven optimal) when the instance is
 * small enough, by the fast search otherwise, and always says which, with
 * the gap to a bound. `evaluateTeam` scores a hand-picked composition
 * synchronously, for the interactive builder.
 */
import { bestAssignment, maxRoles, scoreGains } from './assignment.ts';
import { countingBound } from './bound.ts';
import { relaxationBound, solveExact } from './exact.ts';
import { presentTeam } from './explain.ts';
import { teamGaps } from './gaps.ts';
import { loadGlpk } from './glpk.ts';
import { solveHeuristic } from './heuristic.ts';
import { type ScoredTeam, scoreTeam } from './team-score.ts';
import { buildTeamModel, COVER_VALUE, type TeamModel } from './teams.model.ts';
import type { MethodNote } from './teams.phrases.ts';
import type {
  TeamBound,
  TeamBuildResult,
  TeamCandidates,
  TeamChoice,
  TeamMethod,
  TeamOptions,
  TeamProposal,
  TeamRequest,
} from './teams.types.ts';

/** Assignment variables up to which `auto` solves exactly; GLPK proves these optimal in about a second. */
export const DEFAULT_EXACT_LIMIT = 4000;
/**
 * Assignment variables up to which the heuristic's bound comes from the LP
 * relaxation. GLPK's simplex takes about 1 s at 5,000 variables, 6 s at
 * 11,000 and over a minute at 38,000, much longer than the search it judges,
 * so above this the bound is the counting one (bound.ts).
 */
export const DEFAULT_LP_LIMIT = 5000;
const LP_TIME_LIMIT_SECONDS = 10;
export const DEFAULT_TIME_LIMIT_SECONDS = 20;

function allPairs(model: TeamModel): number[] {
  return model.pairs.map((_, i) => i);
}

function present(model: TeamModel, teams: ScoredTeam[], notes: (rank: number) => MethodNote): TeamProposal[] {
  return teams.map((team, k) =>
    presentTeam(model, team, teamGaps(model, team, { coops: new Set(team.coops) }), notes(k + 1)),
  );
}

async function boundFor(model: TeamModel, targetRoles: number, lpLimit: number): Promise<TeamBound> {
  const counting = countingBound(model, targetRoles);
  if (model.pairs.length > lpLimit) return { value: counting, kind: 'counting' };
  const lp = relaxationBound(await loadGlpk(), model, LP_TIME_LIMIT_SECONDS);
  const value = lp === null ? counting : lp - COVER_VALUE * targetRoles;
  return value < counting ? { value, kind: 'lp_relaxation' } : { value: counting, kind: 'counting' };
}

/** (bound - what the team achieves) / bound, where falling short of the best coverage costs COVER_VALUE a role. */
function relativeGap(bound: TeamBound, team: ScoredTeam, targetRoles: number): number {
  const achieved = team.objective - COVER_VALUE * targetRoles;
  return bound.value > 0 ? Math.max(0, (bound.value - achieved) / bound.value) : 0;
}

export async function buildTeams(
  request: TeamRequest,
  candidates: TeamCandidates,
  options: TeamOptions = {},
): Promise<TeamBuildResult> {
  const started = performance.now();
  const model = buildTeamModel(request, candidates);
  const maxTeams = Math.max(1, options.maxTeams ?? 3);
  const mode = options.mode ?? 'auto';
  const method: TeamMethod =
    mode === 'auto'
      ? model.pairs.length <= (options.exactLimit ?? DEFAULT_EXACT_LIMIT)
        ? 'exact'
        : 'heuristic'
      : mode;
  const stats = () => ({
    coops: model.coops.length,
    people: model.coops.reduce((n, c) => n + c.people.length, 0),
    variables: model.pairs.length,
    millis: performance.now() - started,
  });
  const targetRoles = maxRoles(model, allPairs(model));

  if (targetRoles === 0 || model.pairs.length === 0) {
    // Nobody can fill anything: the only honest answer is the list of gaps.
    const empty = scoreTeam(model, []);
    const teams = present(model, [empty], () => ({ kind: 'proven', rank: 1 }));
    return {
      method,
      optimal: true,
      bound: { value: 0, kind: 'proven_optimum' },
      gap: 0,
      teams,
      stats: stats(),
    };
  }

  let teams: ScoredTeam[] = [];
  let optimal = false;
  if (method === 'exact') {
    const glpk = await loadGlpk();
    const timeLimit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
    for (let k = 0; k < maxTeams; k++) {
      const solution = solveExact(
        glpk,
        model,
        teams.map((t) => t.coops),
        timeLimit,
      );
      if (!solution.team || solution.team.coops.length === 0) break;
      if (k === 0) optimal = solution.optimal;
      teams.push(solution.team);
    }
  }
  if (method === 'heuristic' || !optimal) {
    // The search also backs up an exact solve that ran out of time.
    const found = solveHeuristic(model, maxTeams, targetRoles, await loadGlpk());
    const merged = new Map<string, ScoredTeam>();
    for (const t of [...teams, ...found]) {
      const key = t.coops.join(',');
      if (!merged.has(key) || merged.get(key)!.objective < t.objective) merged.set(key, t);
    }
    const best = [...merged.values()].sort((a, b) => b.objective - a.objective);
    // A proven first team stays first; the rest are whatever scores best.
    teams = optimal ? [teams[0]!, ...best.filter((t) => t !== teams[0])] : best;
    teams = teams.slice(0, maxTeams);
  }
  const first = teams[0]!;
  const bound: TeamBound = optimal
    ? { value: first.score, kind: 'proven_optimum' }
    : await boundFor(model, targetRoles, options.lpLimit ?? DEFAULT_LP_LIMIT);
  const gap = optimal ? 0 : relativeGap(bound, first, targetRoles);
  const notes = (rank: number): MethodNote => {
    if (optimal && rank === 1) return { kind: 'proven', rank };
    return {
      kind: 'bounded',
      rank,
      gap: relativeGap(bound, teams[rank - 1]!, targetRoles),
      bound: bound.kind,
    };
  };
  return { method, optimal, bound, gap, teams: present(model, teams, notes), stats: stats() };
}

/**
 * Scores a composition someone picked by hand: the chosen people (all of a
 * chosen co-op's people when none are named) are assigned to the slots as
 * well as they can be, and the result is scored and explained like any
 * proposal. Chosen co-ops that fill nothing are listed with no people and do
 * not count as part of the team.
 */
export function evaluateTeam(
  request: TeamRequest,
  candidates: TeamCandidates,
  choice: TeamChoice,
): TeamProposal {
  const model = buildTeamModel(request, candidates);
  const indexOf = new Map(model.coops.map((coop, c) => [coop.coopId, c]));
  const chosen = choice.coops.flatMap(({ coopId }) => (indexOf.has(coopId) ? [indexOf.get(coopId)!] : []));
  const named = new Set(choice.coops.flatMap(({ personIds }) => personIds ?? []));
  const limited = new Set(
    choice.coops.flatMap(({ coopId, personIds }) => (personIds ? [indexOf.get(coopId)] : [])),
  );
  const pairs = chosen.flatMap((c) =>
    model.pairsOfCoop[c]!.filter(
      (i) => !limited.has(c) || named.has(model.people[model.pairs[i]!.person]!.person.id),
    ),
  );
  const forced = choice.coordinatorId === undefined ? undefined : indexOf.get(choice.coordinatorId);
  const gains = scoreGains(model);
  const within = (allowed: readonly number[]) => {
    const assignment = bestAssignment(model, allowed, {
      ...gains,
      coordinator: (c) => (forced === undefined || forced === c ? gains.coordinator(c) : null),
    });
    return scoreTeam(model, assignment.pairs, assignment.coordinator);
  };
  // The flow cannot charge for each extra co-op; leaving one out is tried by hand.
  let team = within(pairs);
  for (let improved = true; improved; ) {
    improved = false;
    for (const c of team.coops) {
      const others = team.coops.filter((d) => d !== c);
      const fewer = within(pairs.filter((i) => others.includes(model.pairs[i]!.coop)));
      if (fewer.objective > team.objective + 1e-12) {
        team = fewer;
        improved = true;
        break;
      }
    }
  }
  const personIds = limited.size > 0 ? peopleInScope(model, chosen, limited, named) : undefined;
  const gaps = teamGaps(model, team, { coops: new Set(chosen), ...(personIds ? { personIds } : {}) });
  return presentTeam(model, team, gaps, { kind: 'hand_picked' }, chosen);
}

/** Ids of the people a hand-picked team may draw on: the named ones, and everyone in co-ops with none named. */
function peopleInScope(
  model: TeamModel,
  chosen: readonly number[],
  limited: ReadonlySet<number | undefined>,
  named: ReadonlySet<string>,
): Set<string> {
  const ids = new Set(named);
  for (const c of chosen) {
    if (!limited.has(c)) for (const person of model.coops[c]!.people) ids.add(person.id);
  }
  return ids;
}
