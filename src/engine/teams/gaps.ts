/**
 * What a team lacks and why, in the words a member would use: "no senior
 * Elixir developer free before March". The reason is the first that holds,
 * from the network outwards: nobody has the technology, nobody at that
 * seniority, nobody free by the start, nobody with the hours, too few free,
 * too few in this team's co-ops, or the team's free people already fill
 * other profiles.
 */
import { seniorityRank } from '../vocabulary.ts';
import type { ScoredTeam } from './team-score.ts';
import { availabilityFactor, qualifyingExpertise, slotCapacity, type TeamModel } from './teams.model.ts';
import { EN, ES, type GapReason } from './teams.phrases.ts';
import type { CandidatePerson, TeamGap } from './teams.types.ts';

export interface GapScope {
  /** Co-op indices the team draws on. */
  coops: ReadonlySet<number>;
  /** When set, only these people of those co-ops. */
  personIds?: ReadonlySet<string>;
}

function reasonFor(model: TeamModel, r: number, scope: GapScope): GapReason {
  const req = model.request.requirements[r]!;
  const profile = { technology: req.technology, minSeniority: req.minSeniority };
  const needed = model.counts[r]!;
  const start = model.request.startDate;
  const everyone: { coop: number; person: CandidatePerson }[] = model.coops.flatMap((coop, c) =>
    coop.people.map((person) => ({ coop: c, person })),
  );
  const withTechnology = everyone.filter(({ person }) => qualifyingExpertise(person, req.technology, 0) >= 0);
  if (withTechnology.length === 0) return { code: 'no_one', profile };
  const minRank = seniorityRank(req.minSeniority);
  const qualified = withTechnology.filter(
    ({ person }) => qualifyingExpertise(person, req.technology, minRank) >= 0,
  );
  if (qualified.length === 0) {
    const ranks = withTechnology.map(({ person }) => {
      const e = person.expertise[qualifyingExpertise(person, req.technology, 0)]!;
      return e.seniority;
    });
    const mostSenior = ranks.sort((a, b) => seniorityRank(b) - seniorityRank(a))[0]!;
    return { code: 'not_senior_enough', profile, mostSenior };
  }
  const free = qualified.filter(({ person }) => availabilityFactor(person, start) !== null);
  if (free.length === 0) {
    const dates = qualified
      .flatMap(({ person }) => (person.freeFrom ? [person.freeFrom.slice(0, 10)] : []))
      .sort();
    return dates[0]
      ? { code: 'not_free_before', profile, date: dates[0], start }
      : { code: 'all_busy', profile };
  }
  const withHours = free.filter(({ person }) => slotCapacity(person, model.request.hoursPerSlot) >= 1);
  if (withHours.length === 0) return { code: 'not_enough_hours', profile, hours: model.request.hoursPerSlot };
  if (withHours.length < needed)
    return { code: 'only_some_free', profile, free: withHours.length, needed, start };
  const inTeam = withHours.filter(
    ({ coop, person }) => scope.coops.has(coop) && (!scope.personIds || scope.personIds.has(person.id)),
  );
  if (inTeam.length < needed) return { code: 'only_some_in_team', profile, free: inTeam.length, needed };
  return { code: 'filling_other_profiles', profile };
}

export function teamGaps(model: TeamModel, team: ScoredTeam, scope: GapScope): TeamGap[] {
  const filled = model.counts.map(() => 0);
  for (const i of team.pairs) filled[model.pairs[i]!.req]!++;
  const gaps: TeamGap[] = [];
  model.request.requirements.forEach((req, r) => {
    const missing = model.counts[r]! - filled[r]!;
    if (missing <= 0) return;
    const reason = reasonFor(model, r, scope);
    gaps.push({
      kind: 'profile',
      requirementIndex: r,
      technology: req.technology,
      minSeniority: req.minSeniority,
      missing,
      reason: { en: EN.gap(reason), es: ES.gap(reason) },
    });
  });
  if (model.request.coordinatorRequired && team.coordinator < 0) {
    const anyone = model.coordinatorFit.some((f) => f >= 0);
    const reason: GapReason = { code: anyone ? 'no_coordinator_in_team' : 'no_coordinator_in_network' };
    gaps.push({ kind: 'coordinator', reason: { en: EN.gap(reason), es: ES.gap(reason) } });
  }
  return gaps;
}
