/**
 * Properties of the team builder on small random networks: every team covers
 * each requirement or names the gap; nobody works beyond their hours or
 * outside their skills and dates; the exact solver matches a brute-force
 * enumeration of every possible assignment; the heuristic covers as much as
 * the exact solver; and the bounds are bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SENIORITIES, seniorityRank } from '../vocabulary.ts';
import { maxRoles } from './assignment.ts';
import { countingBound } from './bound.ts';
import { buildTeams, evaluateTeam } from './build-teams.ts';
import { relaxationBound } from './exact.ts';
import { loadGlpk } from './glpk.ts';
import { scoreTeam } from './team-score.ts';
import {
  availabilityFactor,
  buildTeamModel,
  COVER_VALUE,
  collaborationKey,
  type TeamModel,
} from './teams.model.ts';
import type { TeamCandidates, TeamProposal, TeamRequest } from './teams.types.ts';

const TECHS = ['Elixir', 'React', 'Go'];

const personArb = fc.record({
  expertise: fc.uniqueArray(
    fc.record({
      technology: fc.constantFrom(...TECHS),
      seniority: fc.constantFrom(...SENIORITIES),
      years: fc.integer({ min: 0, max: 12 }),
    }),
    { minLength: 1, maxLength: 2, selector: (e) => e.technology },
  ),
  availability: fc.constantFrom('free', 'could_be_free', 'busy' as const),
  hoursPerWeek: fc.constantFrom(10, 20, 40),
  freeFrom: fc.constantFrom(null, '2025-01-01', '2025-04-01'),
});

const instanceArb = fc
  .record({
    coops: fc.array(
      fc.record({
        stage: fc.constantFrom('new', 'growing', 'stable' as const),
        ledgerShare: fc.double({ min: 0, max: 1.5, noNaN: true }),
        canCoordinate: fc.boolean(),
        people: fc.array(personArb, { minLength: 0, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    requirements: fc.uniqueArray(
      fc.record({
        technology: fc.constantFrom(...TECHS),
        minSeniority: fc.constantFrom(...SENIORITIES),
        count: fc.integer({ min: 1, max: 2 }),
      }),
      { minLength: 1, maxLength: 3, selector: (r) => r.technology },
    ),
    coordinatorRequired: fc.boolean(),
    preference: fc.constantFrom('fewest_coops', 'spread_work' as const),
    weights: fc.record({
      fit: fc.integer({ min: 0, max: 4 }),
      coops: fc.integer({ min: 0, max: 4 }),
      trust: fc.integer({ min: 0, max: 4 }),
      fairness: fc.integer({ min: 0, max: 4 }),
    }),
    links: fc.array(fc.tuple(fc.nat(3), fc.nat(3), fc.double({ min: 0, max: 1, noNaN: true })), {
      maxLength: 4,
    }),
  })
  .map(({ coops, requirements, links, ...rest }) => {
    const candidates: TeamCandidates = {
      coops: coops.map((c, k) => ({
        coopId: `c${k}`,
        name: `Co-op ${k}`,
        ...c,
        people: c.people.map((p, j) => ({ id: `c${k}p${j}`, name: `P${k}.${j}`, ...p })),
      })),
      collaboration: Object.fromEntries(links.map(([a, b, s]) => [collaborationKey(`c${a}`, `c${b}`), s])),
    };
    const request: TeamRequest = { requirements, startDate: '2025-02-01', hoursPerSlot: 20, ...rest };
    return { request, candidates };
  });

/** Best objective over every assignment of people to slots and every choice of coordinator. */
function bruteForce(model: TeamModel): number {
  const byReq = model.counts.map(() => 0);
  const byPerson = model.people.map(() => 0);
  const chosen: number[] = [];
  let best = Number.NEGATIVE_INFINITY;
  const visit = (i: number): void => {
    if (i === model.pairs.length) {
      const team = scoreTeam(model, chosen);
      best = Math.max(best, team.objective);
      for (const c of team.coops) best = Math.max(best, scoreTeam(model, chosen, c).objective);
      return;
    }
    visit(i + 1);
    const { req, person } = model.pairs[i]!;
    if (byReq[req]! < model.counts[req]! && byPerson[person]! < model.people[person]!.capacity) {
      byReq[req]!++;
      byPerson[person]!++;
      chosen.push(i);
      visit(i + 1);
      chosen.pop();
      byReq[req]!--;
      byPerson[person]!--;
    }
  };
  visit(0);
  return best;
}

function checkTeam(request: TeamRequest, candidates: TeamCandidates, team: TeamProposal): void {
  const filled = request.requirements.map(() => 0);
  const people = new Map(
    candidates.coops.flatMap((c) => c.people.map((p) => [p.id, { coop: c.coopId, p }] as const)),
  );
  for (const coop of team.coops) {
    for (const { personId, covers } of coop.people) {
      const { coop: home, p } = people.get(personId)!;
      expect(home).toBe(coop.coopId);
      expect(new Set(covers).size).toBe(covers.length);
      // Hours: each slot takes hoursPerSlot, a person's week caps how many they hold.
      expect(covers.length * request.hoursPerSlot).toBeLessThanOrEqual(p.hoursPerWeek);
      expect(availabilityFactor(p, request.startDate)).not.toBeNull();
      for (const r of covers) {
        const req = request.requirements[r]!;
        const skill = p.expertise.some(
          (e) =>
            e.technology === req.technology && seniorityRank(e.seniority) >= seniorityRank(req.minSeniority),
        );
        expect(skill).toBe(true);
        filled[r]!++;
      }
    }
  }
  request.requirements.forEach((req, r) => {
    const gap = team.gaps.find((g) => g.kind === 'profile' && g.requirementIndex === r);
    const missing = gap?.kind === 'profile' ? gap.missing : 0;
    expect(filled[r]! + missing).toBe(req.count);
    if (gap) expect(gap.reason.en.length * gap.reason.es.length).toBeGreaterThan(0);
  });
  const coordinators = team.coops.filter((c) => c.role === 'coordinator');
  const coordinatorGap = team.gaps.some((g) => g.kind === 'coordinator');
  expect(coordinators.length).toBe(request.coordinatorRequired && !coordinatorGap ? 1 : 0);
  expect(coordinatorGap).toBe(request.coordinatorRequired && coordinators.length === 0);
  expect(team.coverage.filled).toBe(filled.reduce((a, b) => a + b, 0) + coordinators.length);
}

describe('team builder properties', () => {
  it('exact teams cover every requirement or name the gap, within everyone’s hours, and match brute force', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, async ({ request, candidates }) => {
        const result = await buildTeams(request, candidates, { mode: 'exact', maxTeams: 2 });
        for (const team of result.teams) checkTeam(request, candidates, team);
        const model = buildTeamModel(request, candidates);
        const best = bruteForce(model);
        const first = result.teams[0]!;
        expect(result.optimal).toBe(true);
        expect(COVER_VALUE * first.coverage.filled + first.score).toBeCloseTo(best, 6);
      }),
      { numRuns: 150 },
    );
  });

  it('the heuristic keeps the same promises and covers as many roles as the exact solver', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, async ({ request, candidates }) => {
        const heuristic = await buildTeams(request, candidates, { mode: 'heuristic', maxTeams: 2 });
        const exact = await buildTeams(request, candidates, { mode: 'exact', maxTeams: 1 });
        for (const team of heuristic.teams) checkTeam(request, candidates, team);
        expect(heuristic.method).toBe('heuristic');
        expect(heuristic.teams[0]!.coverage.filled).toBe(exact.teams[0]!.coverage.filled);
        expect(heuristic.teams[0]!.score).toBeLessThanOrEqual(exact.teams[0]!.score + 1e-9);
        expect(heuristic.gap).not.toBeNull();
        expect(heuristic.bound!.value).toBeGreaterThanOrEqual(exact.teams[0]!.score - 1e-7);
      }),
      { numRuns: 100 },
    );
  });

  it('the LP and counting bounds are never below the optimum', async () => {
    const glpk = await loadGlpk();
    await fc.assert(
      fc.asyncProperty(instanceArb, async ({ request, candidates }) => {
        const model = buildTeamModel(request, candidates);
        const roles = maxRoles(
          model,
          model.pairs.map((_, i) => i),
        );
        fc.pre(roles > 0);
        const optimum = bruteForce(model) - COVER_VALUE * roles;
        expect(countingBound(model, roles)).toBeGreaterThanOrEqual(optimum - 1e-7);
        expect(relaxationBound(glpk, model)! - COVER_VALUE * roles).toBeGreaterThanOrEqual(optimum - 1e-6);
      }),
      { numRuns: 100 },
    );
  });

  it('a hand-picked team keeps the promises and never beats the optimum', async () => {
    await fc.assert(
      fc.asyncProperty(
        instanceArb,
        fc.array(fc.nat(3), { maxLength: 3 }),
        async ({ request, candidates }, picks) => {
          const choice = {
            coops: [...new Set(picks)]
              .filter((k) => k < candidates.coops.length)
              .map((k) => ({ coopId: `c${k}` })),
          };
          const picked = evaluateTeam(request, candidates, choice);
          checkTeam(request, candidates, picked);
          const exact = await buildTeams(request, candidates, { mode: 'exact', maxTeams: 1 });
          const value = (t: TeamProposal) => COVER_VALUE * t.coverage.filled + t.score;
          expect(value(picked)).toBeLessThanOrEqual(value(exact.teams[0]!) + 1e-9);
        },
      ),
      { numRuns: 100 },
    );
  });
});
