/**
 * The simulator on a slice of the real CoTech directory: front matter as the
 * directory publishes it (blank member counts, co-ops listing services only),
 * copied here so the engine's tests never read files.
 */
import { describe, expect, it } from 'vitest';
import {
  coopFromDirectoryRecord,
  type DirectoryRecord,
  networkFromDirectory,
  stageFromMembers,
} from './cotech.ts';
import { defaultPolicies } from './policies.ts';
import { simulate } from './simulate.ts';
import { verdicts } from './verdict.ts';

const sample: DirectoryRecord[] = [
  {
    slug: 'webarchitects',
    name: 'Webarchitects',
    members: 3,
    technologies: ['debian', 'nginx', 'php', 'wordpress', 'mysql', 'ansible', 'matomo', 'discourse'],
    services: ['hosting', 'sysadmin', 'development'],
  },
  {
    slug: 'autonomic',
    name: 'Autonomic',
    members: 12,
    technologies: [
      'ansible',
      'debian',
      'django-2',
      'docker',
      'drupal',
      'php',
      'python',
      'wordpress',
      'reactjs',
    ],
    services: ['development', 'devops', 'hosting', 'sysadmin', 'web-design'],
  },
  {
    slug: 'outlandish',
    name: 'Outlandish',
    members: 9,
    technologies: ['php', 'wordpress', 'laravel', 'reactjs', 'javascript', 'python'],
    services: ['development', 'web-design', 'user-research'],
  },
  {
    slug: 'cooperative-it',
    name: 'Co-operative IT',
    members: 2,
    technologies: ['ubuntu', 'debian', 'python', 'mysql'],
    services: ['sysadmin', 'it-security'],
  },
  { slug: 'cetis-llp', name: 'Cetis LLP', members: 12, services: ['consultancy', 'user-research'] },
  {
    slug: 'mediablaze-hosts',
    name: 'Mediablaze Hosts',
    members: null,
    technologies: ['wordpress', 'php', 'mysql', 'nginx'],
    services: ['hosting', 'web-design'],
  },
  { slug: 'principle_six', name: 'Principle Six' },
];

describe('CoTech demo network', () => {
  const network = networkFromDirectory(sample);

  it('derives stage from members and need from stage, and reads a blank count as 3', () => {
    expect([stageFromMembers(4), stageFromMembers(5), stageFromMembers(10), stageFromMembers(11)]).toEqual([
      'new',
      'growing',
      'growing',
      'stable',
    ]);
    const byId = new Map(network.coops.map((c) => [c.id, c]));
    expect(byId.get('autonomic')).toMatchObject({ stage: 'stable', need: 'low', headcount: 12 });
    expect(byId.get('outlandish')).toMatchObject({ stage: 'growing', need: 'medium' });
    expect(byId.get('cooperative-it')).toMatchObject({ stage: 'new', need: 'high' });
    expect(byId.get('mediablaze-hosts')).toMatchObject({ headcount: 3, stage: 'new' });
    expect(byId.get('cetis-llp')?.technologies).toEqual(['consultancy', 'user-research']);
    expect(byId.get('principle_six')).toMatchObject({ name: 'Principle Six', technologies: [] });
  });

  it('does not depend on the order the records were read in', () => {
    expect(networkFromDirectory(sample.slice().reverse())).toEqual(network);
    expect(coopFromDirectoryRecord({ slug: 'x' }).name).toBe('x');
  });

  it('compares the five policies over 36 months, every lead accounted for', () => {
    const report = simulate(network, { seed: 'cotech-demo', months: 36, policies: defaultPolicies() });
    expect(report.policies.map((p) => p.kind)).toEqual([
      'first-come',
      'best-fit',
      'weighted-score',
      'need-lottery',
      'weighted-picking',
    ]);
    expect(report.leads).toBeGreaterThan(0);
    for (const p of report.policies) {
      expect(p.filled + p.unfilled).toBe(report.leads);
      expect(p.gini).toBeGreaterThanOrEqual(0);
      expect(p.gini).toBeLessThanOrEqual(1 - 1 / network.coops.length);
      expect(p.meanFit).toBeGreaterThan(0);
      expect(p.meanFit).toBeLessThanOrEqual(1);
      // A co-op with no listed skills can never be staffed.
      expect(p.received.principle_six).toBe(0);
    }
    const judged = verdicts(report);
    expect(judged?.map((v) => v.label)).toHaveLength(4);
    for (const v of judged ?? []) expect(v.passes).toBe(v.keepsFit && v.halvesGini);
  });
});
