import { describe, expect, it } from 'vitest';
import type { Seniority } from '../vocabulary.ts';
import { defaultPolicies } from './policies.ts';
import { simulate, workDurationDays } from './simulate.ts';
import type { PolicySpec, SimCoop, SimNetwork, SimulationOptions } from './simulation.types.ts';

/** A co-op of `size` people who all do `tech` at `seniority` with `years` of practice. */
const coop = (id: string, size: number, years: number, extra: Partial<SimCoop> = {}): SimCoop => ({
  id,
  name: id,
  stage: 'growing',
  need: 'medium',
  headcount: size,
  technologies: ['drupal'],
  people: Array.from({ length: size }, (_, i) => ({
    id: `${id}/p${i}`,
    expertise: [{ technology: 'drupal', seniority: 'senior' as Seniority, years }],
  })),
  ...extra,
});

/** Small leads, one Drupal person each, nobody busy with their own clients: only the policy decides. */
const quiet = (seed: string, policies: PolicySpec[], months = 24): SimulationOptions => ({
  seed,
  months,
  policies,
  leadStream: {
    leadsPerMonth: 4,
    technologyWeights: { drupal: 1 },
    profilesPerLeadWeights: [1],
    peoplePerProfileWeights: [1],
    seniorityWeights: [1, 0, 0, 0],
    effortPersonDays: { median: 10, sigma: 0.3, min: 5, max: 20 },
  },
  ownWork: { busyShare: 0 },
});

const only = (kind: PolicySpec['kind']): PolicySpec[] => defaultPolicies().filter((p) => p.kind === kind);

/** Same skills everywhere, but `a` has the most practice: best fit always prefers it. */
const symmetric: SimNetwork = {
  coops: [coop('a', 3, 10), coop('b', 3, 6), coop('c', 3, 4), coop('d', 3, 2)],
};

describe('simulate', () => {
  it('replays identically for a seed and differently for another', () => {
    const network: SimNetwork = {
      coops: [
        {
          id: 'x',
          name: 'X',
          stage: 'new',
          need: 'high',
          headcount: 3,
          technologies: ['php', 'drupal', 'css'],
        },
        {
          id: 'y',
          name: 'Y',
          stage: 'stable',
          need: 'low',
          headcount: 9,
          technologies: ['php', 'python', 'css'],
        },
        {
          id: 'z',
          name: 'Z',
          stage: 'growing',
          need: 'medium',
          headcount: 5,
          technologies: ['python', 'react'],
        },
      ],
    };
    const run = (seed: string) =>
      simulate(network, { seed, months: 18, policies: defaultPolicies(), leadStream: { leadsPerMonth: 5 } });
    expect(run('one')).toEqual(run('one'));
    expect(run('one')).not.toEqual(run('two'));
  });

  it('reports progress month by month for every policy', () => {
    const calls: Array<[number, number, number]> = [];
    simulate(symmetric, {
      ...quiet('progress', defaultPolicies().slice(0, 2), 3),
      onProgress: (...args) => calls.push(args),
    });
    expect(calls).toEqual([
      [0, 1, 3],
      [0, 2, 3],
      [0, 3, 3],
      [1, 1, 3],
      [1, 2, 3],
      [1, 3, 3],
    ]);
  });

  it('best fit gives every lead to the best-fitting co-op while it has someone free', () => {
    const [result] = simulate(symmetric, quiet('best', only('best-fit'))).policies;
    // Leads are small and `a` has three people, so `a` is nearly always free.
    const toA = result!.assignments.filter((a) => a.coopId === 'a').length;
    expect(toA / result!.filled).toBeGreaterThan(0.8);
    expect(result!.meanFit).toBeGreaterThan(0.95);
  });

  it('weighted picking spreads work more evenly than best fit on a symmetric network', () => {
    const report = simulate(symmetric, quiet('spread', [...only('best-fit'), ...only('weighted-picking')]));
    const [bestFit, picking] = report.policies;
    expect(picking!.gini).toBeLessThan(bestFit!.gini / 2);
    expect(picking!.coopsWithWork).toBe(4);
    expect(picking!.meanFit).toBeLessThan(bestFit!.meanFit);
  });

  it('the lottery leaves a lead unfilled rather than go below its threshold', () => {
    // d's people fit at 0.8 + 0.2 · 2/10 = 0.84, below the threshold.
    const lottery: PolicySpec = {
      kind: 'need-lottery',
      label: 'strict',
      fitThreshold: 0.95,
      tickets: [1, 1, 1],
    };
    const [result] = simulate({ coops: [coop('d', 3, 2)] }, quiet('strict', [lottery], 6)).policies;
    expect(result!.filled).toBe(0);
    expect(result!.unfilledShare).toBe(1);
  });

  it('keeps people busy for the work they took, so a one-person co-op cannot take overlapping leads', () => {
    const options = quiet('capacity', only('first-come'), 12);
    options.leadStream = {
      ...options.leadStream,
      leadsPerMonth: 10,
      effortPersonDays: { median: 60, sigma: 0, min: 60, max: 60 },
    };
    const report = simulate({ coops: [coop('solo', 1, 5)] }, options);
    const [result] = report.policies;
    const days = result!.assignments.map((a) => a.day);
    const duration = workDurationDays(60, 1);
    for (let i = 1; i < days.length; i++) expect(days[i]! - days[i - 1]!).toBeGreaterThanOrEqual(duration);
    expect(result!.unfilled).toBeGreaterThan(0);
    expect(result!.filled + result!.unfilled).toBe(report.leads);
  });

  it('counts share of work to new and high-need co-ops', () => {
    const network: SimNetwork = {
      coops: [
        coop('new', 2, 5, { stage: 'new', need: 'high' }),
        coop('old', 2, 5, { stage: 'stable', need: 'low' }),
      ],
    };
    const [result] = simulate(network, quiet('shares', only('weighted-picking'))).policies;
    expect(result!.shareToNew).toBeCloseTo(result!.received.new! / result!.personDays, 12);
    expect(result!.shareToHighNeed).toBe(result!.shareToNew);
    expect(result!.shareToNew).toBeGreaterThan(0.3);
  });

  it('synthesises people from headcount when a co-op lists none', () => {
    const network: SimNetwork = {
      coops: [{ id: 'n', name: 'N', stage: 'new', need: 'high', headcount: 4, technologies: ['drupal'] }],
    };
    const [result] = simulate(network, quiet('synth', only('first-come'))).policies;
    expect(result!.filled).toBeGreaterThan(0);
  });
});
