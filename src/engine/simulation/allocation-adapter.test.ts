import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../allocation/allocation.types.ts';
import type { Seniority } from '../vocabulary.ts';
import { defaultPolicies } from './policies.ts';
import { simulate } from './simulate.ts';
import type { PolicySpec, SimCoop, SimNetwork } from './simulation.types.ts';

const coop = (id: string, years: number, need: SimCoop['need']): SimCoop => ({
  id,
  name: id,
  stage: 'growing',
  need,
  headcount: 3,
  technologies: ['drupal'],
  people: Array.from({ length: 3 }, (_, i) => ({
    id: `${id}/p${i}`,
    expertise: [{ technology: 'drupal', seniority: 'senior' as Seniority, years }],
  })),
});

const network: SimNetwork = { coops: [coop('a', 10, 'low'), coop('b', 6, 'medium'), coop('c', 2, 'high')] };

const run = (policies: PolicySpec[]) =>
  simulate(network, {
    seed: 'engine',
    months: 12,
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

describe('the production allocation engine inside the simulator', () => {
  const engine: PolicySpec = { kind: 'allocation-engine', label: 'Network policy', policy: DEFAULT_POLICY };

  it('allocates every lead it can, reproducibly', () => {
    const first = run([engine]);
    expect(first).toEqual(run([engine]));
    const [result] = first.policies;
    expect(result!.filled + result!.unfilled).toBe(first.leads);
    expect(result!.filled).toBeGreaterThan(0);
  });

  it('follows its policy: fit alone behaves like best fit only', () => {
    const fitOnly: PolicySpec = {
      ...engine,
      policy: { ...DEFAULT_POLICY, weights: { fit: 1, availability: 0, capacity: 0, need: 0, fairness: 0 } },
    };
    const bestFit = defaultPolicies().filter((p) => p.kind === 'best-fit');
    const [viaEngine, viaSimulator] = run([fitOnly, ...bestFit]).policies;
    expect(viaEngine!.received).toEqual(viaSimulator!.received);
  });
});
