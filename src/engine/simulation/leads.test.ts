import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.ts';
import { DAYS_PER_MONTH, defaultLeadStream, generateLeads, leadStreamFromHistory } from './leads.ts';
import type { SimNetwork } from './simulation.types.ts';

const network: SimNetwork = {
  coops: Array.from({ length: 25 }, (_, i) => ({
    id: `c${i}`,
    name: `C${i}`,
    stage: 'growing' as const,
    need: 'medium' as const,
    headcount: 5,
    technologies: i % 2 === 0 ? ['drupal', 'php', 'mysql'] : ['python', 'django', 'postgresql', 'react'],
  })),
};

describe('generateLeads', () => {
  const params = defaultLeadStream(network);
  const leads = generateLeads(params, 120, createRandom('stream'));

  it('arrives at about six leads a month for 25 co-ops, in order', () => {
    expect(params.leadsPerMonth).toBe(6);
    expect(leads.length / 120).toBeGreaterThan(5.4);
    expect(leads.length / 120).toBeLessThan(6.6);
    for (let i = 1; i < leads.length; i++) expect(leads[i]!.day).toBeGreaterThanOrEqual(leads[i - 1]!.day);
    expect(leads.at(-1)!.day).toBeLessThan(120 * DAYS_PER_MONTH);
  });

  it('asks for 1–4 distinct technologies that go together, 10–120 person-days', () => {
    for (const lead of leads) {
      const techs = lead.profiles.map((p) => p.technology);
      expect(techs.length).toBeGreaterThanOrEqual(1);
      expect(techs.length).toBeLessThanOrEqual(4);
      expect(new Set(techs).size).toBe(techs.length);
      const drupalish = techs.every((t) => ['drupal', 'php', 'mysql'].includes(t));
      const pythonish = techs.every((t) => ['python', 'django', 'postgresql', 'react'].includes(t));
      expect(drupalish || pythonish).toBe(true);
      expect(lead.effortPersonDays).toBeGreaterThanOrEqual(10);
      expect(lead.effortPersonDays).toBeLessThanOrEqual(120);
    }
  });

  it('replays a history: its rate, and its leads as templates', () => {
    const history = [
      {
        profiles: [{ technology: 'wordpress', minSeniority: 'senior' as const, count: 2 }],
        effortPersonDays: 40,
      },
      {
        profiles: [{ technology: 'rails', minSeniority: 'junior' as const, count: 1 }],
        effortPersonDays: 15,
      },
    ];
    const replay = leadStreamFromHistory(history, 1, params);
    expect(replay.leadsPerMonth).toBe(2);
    expect(replay.technologyWeights).toEqual({ wordpress: 2, rails: 1 });
    const drawn = generateLeads(replay, 24, createRandom('history'));
    for (const lead of drawn) {
      expect(['wordpress', 'rails']).toContain(lead.profiles[0]!.technology);
    }
    expect(leadStreamFromHistory([], 12, params)).toBe(params);
  });
});
