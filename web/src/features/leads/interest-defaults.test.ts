import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client.ts';
import { interestDefaults } from './interest-defaults.ts';

type Person = Schemas['Person'];
const person = (
  name: string,
  over: Partial<Person>,
  skills: Array<[string, Person['skills'][number]['seniority']]>,
): Person => ({
  id: `id-${name}`,
  coop: { slug: 'mc3', name: 'MC3' },
  name,
  languages: ['en'],
  availability: 'free',
  hoursPerWeek: 40,
  freeFrom: null,
  skills: skills.map(([slug, seniority]) => ({
    technology: { slug, name: slug.toUpperCase() },
    seniority,
    years: 3,
  })),
  isMe: false,
  can: { edit: false, editAvailability: false },
  ...over,
});

const lead = {
  profiles: [
    { count: 1, technology: { slug: 'drupal', name: 'Drupal' }, minSeniority: 'semi_senior' as const },
  ],
  effortPersonDays: 60,
  durationWeeks: 10,
  scope: 'single_coop' as const,
};
const TODAY = '2031-03-01';

describe('interestDefaults', () => {
  const people = [
    person('Ana', { hoursPerWeek: 32 }, [['drupal', 'senior']]),
    person('Bea', { availability: 'could_be_free', freeFrom: '2031-04-01', hoursPerWeek: 16 }, [
      ['drupal', 'expert'],
    ]),
    person('Cai', { availability: 'busy' }, [['drupal', 'expert']]),
    person('Dan', {}, [['drupal', 'junior']]),
    person('Eva', {}, [['react', 'expert']]),
  ];

  it('proposes the people who know the technology well enough and can work, from when the last of them is free', () => {
    const d = interestDefaults(lead, { need: 'high', needNote: 'Quiet month' }, people, TODAY);
    expect(d.proposedPeople).toEqual(['id-Ana', 'id-Bea']);
    expect(d.availableFrom).toBe('2031-04-01');
    expect(d.hoursPerWeek).toBe('48');
    // 48 h/week is 6 days a week for 10 weeks = 60, capped by the lead's 60 person-days.
    expect(d.capacityPersonDays).toBe('60');
    expect(d).toMatchObject({ need: 'high', needNote: 'Quiet month', role: 'lead', fit: '' });
    expect(d.fitFacts).toEqual({ people: ['Ana', 'Bea', 'Cai'], technologies: ['Drupal'] });
  });

  it('falls back to everyone free, and to the medium need, when nobody matches', () => {
    const d = interestDefaults(
      { ...lead, scope: 'team', effortPersonDays: null },
      { need: null, needNote: null },
      [people[4]!],
      TODAY,
    );
    expect(d.proposedPeople).toEqual([]);
    expect(d.availableFrom).toBe(TODAY);
    expect(d.hoursPerWeek).toBe('40');
    expect(d.capacityPersonDays).toBe('50');
    expect(d).toMatchObject({ need: 'medium', role: 'partner' });
  });

  it('never offers more free hours than the lead’s people working full time', () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      person(`P${i}`, { hoursPerWeek: 40 }, [['php', 'senior']]),
    );
    expect(interestDefaults(lead, { need: null, needNote: null }, many, TODAY).hoursPerWeek).toBe('40');
  });

  it('starts from the co-op’s current answer when it has one', () => {
    const existing: Schemas['Interest'] = {
      id: 'i1',
      coop: { id: 'c', slug: 'mc3', name: 'MC3' },
      availableFrom: '2031-05-02',
      hoursPerWeek: 10,
      capacityPersonDays: 12,
      need: 'low',
      needNote: '',
      fit: 'We built the last one',
      role: 'subcontractor',
      proposedPeople: [{ id: 'id-Eva', name: 'Eva' }],
      status: 'active',
      createdAt: '',
      updatedAt: '',
    };
    const d = interestDefaults(lead, { need: 'high', needNote: '' }, people, TODAY, existing);
    expect(d).toMatchObject({
      availableFrom: '2031-05-02',
      hoursPerWeek: '10',
      capacityPersonDays: '12',
      need: 'low',
      fit: 'We built the last one',
      role: 'subcontractor',
      proposedPeople: ['id-Eva'],
    });
  });
});
