import { describe, expect, it } from 'vitest';
import { buildTeams, evaluateTeam } from './build-teams.ts';
import { collaborationKey, hoursPerSlotFor } from './teams.model.ts';
import type { CandidateCoop, CandidatePerson, TeamCandidates, TeamRequest } from './teams.types.ts';

function person(id: string, skills: string, extra: Partial<CandidatePerson> = {}): CandidatePerson {
  // "Elixir:senior,React:junior"
  const expertise = skills.split(',').map((s) => {
    const [technology, seniority] = s.split(':') as [
      string,
      CandidatePerson['expertise'][number]['seniority'],
    ];
    return { technology, seniority, years: 5 };
  });
  return { id, name: id, expertise, availability: 'free', hoursPerWeek: 20, freeFrom: null, ...extra };
}

function coop(coopId: string, people: CandidatePerson[], extra: Partial<CandidateCoop> = {}): CandidateCoop {
  return { coopId, name: coopId, stage: 'stable', ledgerShare: 0.5, people, ...extra };
}

const request = (extra: Partial<TeamRequest> = {}): TeamRequest => ({
  requirements: [
    { technology: 'Elixir', minSeniority: 'senior', count: 1 },
    { technology: 'React', minSeniority: 'semi_senior', count: 2 },
  ],
  startDate: '2025-02-03',
  hoursPerSlot: 20,
  coordinatorRequired: false,
  preference: 'fewest_coops',
  ...extra,
});

const ids = (teamCoops: { coopId: string }[]) => teamCoops.map((c) => c.coopId).sort();

describe('buildTeams', () => {
  it('names the exact gap, in English and Spanish, when no one qualifying is free in time', async () => {
    const candidates: TeamCandidates = {
      coops: [
        coop('a', [person('a1', 'React:senior'), person('a2', 'React:senior')]),
        coop('b', [person('b1', 'Elixir:expert', { availability: 'busy', freeFrom: '2025-04-14' })]),
        coop('c', [person('c1', 'Elixir:junior')]),
      ],
      collaboration: {},
    };
    const result = await buildTeams(request(), candidates);
    const [team] = result.teams;
    expect(result.method).toBe('exact');
    expect(result.optimal).toBe(true);
    expect(team?.coverage).toEqual({ filled: 2, required: 3 });
    expect(team?.gaps).toEqual([
      {
        kind: 'profile',
        requirementIndex: 0,
        technology: 'Elixir',
        minSeniority: 'senior',
        missing: 1,
        reason: {
          en: 'no senior Elixir developer free before April',
          es: 'ningún desarrollador Elixir senior libre antes de abril',
        },
      },
    ]);
    expect(team?.explanation.en).toContain('Missing: no senior Elixir developer free before April');
    expect(team?.explanation.es).toContain('Falta: ningún desarrollador Elixir senior libre antes de abril');
  });

  it('prefers one co-op that covers everything when the network wants few co-ops, and several when it spreads work', async () => {
    const candidates: TeamCandidates = {
      coops: [
        coop('all', [
          person('x1', 'Elixir:senior'),
          person('x2', 'React:senior'),
          person('x3', 'React:senior'),
        ]),
        coop('e', [person('e1', 'Elixir:senior')]),
        coop('r1', [person('r1', 'React:senior')]),
        coop('r2', [person('r2', 'React:senior')]),
      ],
      collaboration: {},
    };
    const few = await buildTeams(request(), candidates);
    expect(ids(few.teams[0]!.coops)).toEqual(['all']);
    expect(few.teams[0]!.explanation.en).toMatch(/^One co-op cover all 3 roles/);
    const spread = await buildTeams(request({ preference: 'spread_work' }), candidates);
    expect(spread.teams[0]!.coops.length).toBe(3);
  });

  it('chooses the partner its co-ops have worked with, and the co-op the ledger says is owed work', async () => {
    const base = [coop('lead', [person('l1', 'Elixir:senior'), person('l2', 'React:senior')])];
    const trusted = await buildTeams(request(), {
      coops: [...base, coop('p', [person('p1', 'React:senior')]), coop('q', [person('q1', 'React:senior')])],
      collaboration: { [collaborationKey('q', 'lead')]: 0.9 },
    });
    expect(ids(trusted.teams[0]!.coops)).toEqual(['lead', 'q']);
    const fair = await buildTeams(request(), {
      coops: [
        ...base,
        coop('p', [person('p1', 'React:senior')], { ledgerShare: 1.2 }),
        coop('q', [person('q1', 'React:senior')], { ledgerShare: 0, stage: 'new' }),
      ],
      collaboration: {},
    });
    expect(ids(fair.teams[0]!.coops)).toEqual(['lead', 'q']);
    expect(fair.teams[0]!.explanation.en).toContain('(1 new)');
  });

  it('proposes distinct sets of co-ops, best first', async () => {
    const candidates: TeamCandidates = {
      coops: ['a', 'b', 'c', 'd'].map((id) =>
        coop(id, [person(`${id}1`, 'Elixir:senior,React:senior', { hoursPerWeek: 40 })]),
      ),
      collaboration: {},
    };
    const result = await buildTeams(request(), candidates, { maxTeams: 3 });
    const keys = result.teams.map((t) => ids(t.coops).join());
    expect(new Set(keys).size).toBe(3);
    const scores = result.teams.map((t) => t.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(result.teams[1]!.explanation.en).toContain('alternative 2');
  });

  it('lets a person hold two slots when their hours allow, never two of the same requirement', async () => {
    const candidates: TeamCandidates = {
      coops: [
        coop('a', [
          person('a1', 'Elixir:senior,React:senior', { hoursPerWeek: 40 }),
          person('a2', 'React:senior'),
        ]),
      ],
      collaboration: {},
    };
    const [team] = (await buildTeams(request(), candidates)).teams;
    const a1 = team!.coops[0]!.people.find((p) => p.personId === 'a1');
    expect(a1?.covers).toEqual([0, 1]);
    expect(team!.coverage.filled).toBe(3);
  });

  it('gives the coordinating role to a co-op that offers it, and says so when none does', async () => {
    const candidates: TeamCandidates = {
      coops: [
        coop('a', [person('a1', 'Elixir:senior')], { canCoordinate: false }),
        coop('b', [person('b1', 'React:senior'), person('b2', 'React:senior')], { stage: 'growing' }),
      ],
      collaboration: {},
    };
    const [team] = (await buildTeams(request({ coordinatorRequired: true }), candidates)).teams;
    expect(team!.coops.find((c) => c.role === 'coordinator')?.coopId).toBe('b');
    expect(team!.coverage).toEqual({ filled: 4, required: 4 });
    const none = candidates.coops.map((c) => ({ ...c, canCoordinate: false }));
    const [lost] = (await buildTeams(request({ coordinatorRequired: true }), { ...candidates, coops: none }))
      .teams;
    expect(lost!.gaps).toEqual([
      {
        kind: 'coordinator',
        reason: {
          en: 'no candidate co-op offers to coordinate',
          es: 'ninguna cooperativa candidata se ofrece a coordinar',
        },
      },
    ]);
  });

  it('reports the heuristic, its bound and its gap when asked for it', async () => {
    const candidates: TeamCandidates = {
      coops: [
        coop('a', [
          person('a1', 'Elixir:senior'),
          person('a2', 'React:senior'),
          person('a3', 'React:senior'),
        ]),
      ],
      collaboration: {},
    };
    const result = await buildTeams(request(), candidates, { mode: 'heuristic' });
    expect(result.method).toBe('heuristic');
    expect(result.optimal).toBe(false);
    expect(result.bound?.kind).toMatch(/lp_relaxation|counting/);
    expect(result.gap).toBeGreaterThanOrEqual(0);
    expect(result.teams[0]!.explanation.en).toContain('below');
  });

  it('answers with the gaps alone when nobody can fill anything', async () => {
    const result = await buildTeams(request(), {
      coops: [coop('a', [person('a1', 'PHP:expert')])],
      collaboration: {},
    });
    expect(result.teams[0]!.coops).toEqual([]);
    expect(result.teams[0]!.gaps.map((g) => g.kind === 'profile' && g.reason.en)).toEqual([
      'no senior Elixir developer among the candidate co-ops',
      'no semi-senior React developer among the candidate co-ops',
    ]);
  });
});

describe('evaluateTeam', () => {
  const candidates: TeamCandidates = {
    coops: [
      coop('a', [person('a1', 'Elixir:senior'), person('a2', 'React:senior'), person('a3', 'React:senior')]),
      coop('b', [person('b1', 'React:senior')]),
    ],
    collaboration: {},
  };

  it('scores a hand-picked team like a proposal and lists what the picked people lack', () => {
    const picked = evaluateTeam(request(), candidates, { coops: [{ coopId: 'a', personIds: ['a1', 'a2'] }] });
    expect(picked.coverage).toEqual({ filled: 2, required: 3 });
    expect(picked.gaps[0]).toMatchObject({ requirementIndex: 1, missing: 1 });
    expect(picked.gaps[0]?.reason.en).toBe(
      "only 1 semi-senior React developer free in this team's co-ops, 2 needed",
    );
    expect(picked.explanation.en).toContain('a hand-picked team');
  });

  it('lists a chosen co-op that fills nothing without counting it', () => {
    const picked = evaluateTeam(request(), candidates, { coops: [{ coopId: 'a' }, { coopId: 'b' }] });
    expect(picked.coverage.filled).toBe(3);
    expect(picked.coops.find((c) => c.coopId === 'b')?.people).toEqual([]);
    expect(picked.components.coops).toBe(1);
  });
});

describe('hoursPerSlotFor', () => {
  it('spreads person-days over the weeks and the slots', () => {
    expect(hoursPerSlotFor(40, '2025-01-06', '2025-02-03', 2)).toBe(40);
  });
});
