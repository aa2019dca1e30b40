import { describe, expect, it } from 'vitest';
import { person } from './allocation.fixtures.ts';
import { matchProfiles, scoreFit } from './fit.ts';

describe('matchProfiles', () => {
  it('lets a more senior person fill a slot asking for less, never the reverse', () => {
    const reqs = [{ technology: 'React', minSeniority: 'senior' as const, count: 2 }];
    const people = [person('a', [['React', 'expert']]), person('b', [['React', 'semi_senior']])];
    expect(matchProfiles(reqs, people)).toEqual([1]);
  });

  it('spends each person on one slot only', () => {
    const reqs = [
      { technology: 'React', minSeniority: 'junior' as const, count: 1 },
      { technology: 'Go', minSeniority: 'junior' as const, count: 1 },
    ];
    expect(
      matchProfiles(reqs, [
        person('a', [
          ['React', 'senior'],
          ['Go', 'senior'],
        ]),
      ]),
    ).toEqual([1, 0]);
  });

  it('reassigns a versatile person when that closes a gap (greedy by slot order would not)', () => {
    // Greedy gives the React slot to a (listed first), leaving Go empty; the
    // matching moves a to Go and gives React to b.
    const reqs = [
      { technology: 'React', minSeniority: 'junior' as const, count: 1 },
      { technology: 'Go', minSeniority: 'junior' as const, count: 1 },
    ];
    const people = [
      person('a', [
        ['React', 'senior'],
        ['Go', 'senior'],
      ]),
      person('b', [['React', 'junior']]),
    ];
    expect(matchProfiles(reqs, people)).toEqual([1, 1]);
  });

  it('compares technologies without regard to case or surrounding spaces', () => {
    const reqs = [{ technology: ' postgreSQL', minSeniority: 'junior' as const, count: 1 }];
    expect(matchProfiles(reqs, [person('a', [['PostgreSQL ', 'junior']])])).toEqual([1]);
  });
});

describe('scoreFit', () => {
  const reqs = [
    { technology: 'React', minSeniority: 'senior' as const, count: 2 },
    { technology: 'Drupal', minSeniority: 'junior' as const, count: 1 },
  ];

  it('is 1 and covers all when every slot and language is filled', () => {
    const people = [
      person('a', [['React', 'senior']], ['es-AR']),
      person('b', [['React', 'expert']]),
      person('c', [['Drupal', 'junior']]),
    ];
    const fit = scoreFit(reqs, ['es', 'en'], people);
    expect(fit).toMatchObject({
      value: 1,
      coversAll: true,
      profilesCovered: 3,
      languagesCovered: 2,
      gaps: [],
    });
  });

  it('weighs profiles 0.8 and languages 0.2, and names the gaps', () => {
    // 1 of 3 slots (1/3 × 0.8) and 1 of 2 languages (½ × 0.2) = 0.3667
    const fit = scoreFit(reqs, ['en', 'pt'], [person('a', [['React', 'senior']])]);
    expect(fit.value).toBeCloseTo(0.8 / 3 + 0.1, 10);
    expect(fit.coversAll).toBe(false);
    expect(fit.gaps).toEqual([
      { kind: 'profile', technology: 'React', minSeniority: 'senior', missing: 1 },
      { kind: 'profile', technology: 'Drupal', minSeniority: 'junior', missing: 1 },
      { kind: 'language', language: 'pt' },
    ]);
  });

  it('is whole when the lead asks for nothing, and covers all of nothing', () => {
    expect(scoreFit([], [], [])).toMatchObject({ value: 1, coversAll: true, profilesRequired: 0 });
  });

  it('counts only languages when no profile is required', () => {
    expect(scoreFit([], ['en', 'es', 'pt'], [person('a', [], ['en', 'es'])]).value).toBeCloseTo(2 / 3, 10);
  });
});
