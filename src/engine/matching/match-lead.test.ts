import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SENIORITIES, type Seniority } from '../vocabulary.ts';
import {
  type CandidateCoop,
  coverageByRequirement,
  type LeadToMatch,
  type MatchRequirement,
  matchLead,
  type SkillCounts,
  scoreCoop,
} from './match-lead.ts';

const TODAY = '2030-01-10';
const zero: SkillCounts = { junior: 0, semi_senior: 0, senior: 0, expert: 0 };
const counts = (c: Partial<Record<Seniority, number>>): SkillCounts => ({ ...zero, ...c });

function coop(
  id: string,
  o: Partial<CandidateCoop> & { skills?: Map<string, SkillCounts> } = {},
): CandidateCoop {
  return {
    id,
    skills: o.skills ?? new Map(),
    headcount: o.headcount ?? 10,
    free: o.free ?? 0,
    couldBeFree: o.couldBeFree ?? [],
    languages: o.languages ?? ['en'],
  };
}

const lead = (profiles: MatchRequirement[], over: Partial<LeadToMatch> = {}): LeadToMatch => ({
  profiles,
  languages: ['en'],
  startDate: '2030-03-01',
  ...over,
});

describe('coverage on counts', () => {
  it('spends the scarce seniors on the requirement only they can fill', () => {
    // 1 expert and 1 junior React: "1 at least senior" + "1 at least junior" are both covered,
    // whatever order the requirements come in.
    const skills = new Map([['React', counts({ junior: 1, expert: 1 })]]);
    const loose = { technology: 'react', minSeniority: 'junior' as const, count: 1 };
    const strict = { technology: 'React', minSeniority: 'senior' as const, count: 1 };
    expect(coverageByRequirement([loose, strict], skills)).toEqual([1, 1]);
    expect(coverageByRequirement([strict, loose], skills)).toEqual([1, 1]);
  });

  it('counts a person once within a technology', () => {
    const skills = new Map([['Go', counts({ senior: 2 })]]);
    const reqs: MatchRequirement[] = [
      { technology: 'Go', minSeniority: 'senior', count: 2 },
      { technology: 'Go', minSeniority: 'junior', count: 2 },
    ];
    expect(coverageByRequirement(reqs, skills)).toEqual([2, 0]);
  });

  it('caps coverage across technologies by the head count', () => {
    const skills = new Map([
      ['React', counts({ senior: 2 })],
      ['Elixir', counts({ senior: 2 })],
    ]);
    const l = lead([
      { technology: 'React', minSeniority: 'senior', count: 2 },
      { technology: 'Elixir', minSeniority: 'senior', count: 2 },
    ]);
    // The same two people know both: two people, not four.
    expect(scoreCoop(l, coop('c', { skills, headcount: 2 }), TODAY)).toMatchObject({
      covered: 2,
      required: 4,
      coversAll: false,
    });
    expect(scoreCoop(l, coop('c', { skills, headcount: 4 }), TODAY).coversAll).toBe(true);
  });
});

describe('availability and languages', () => {
  it('counts people free by the start date, and a dateless "could be free" as half', () => {
    const l = lead([{ technology: 'React', minSeniority: 'junior', count: 4 }]);
    const m = scoreCoop(l, coop('c', { free: 1, couldBeFree: ['2030-02-01', '2030-06-01', null] }), TODAY);
    expect(m.availableAtStart).toBe(2.5);
  });

  it('reads a start date in the past as today', () => {
    const l = lead([{ technology: 'React', minSeniority: 'junior', count: 1 }], { startDate: '2020-01-01' });
    expect(
      scoreCoop(l, coop('c', { couldBeFree: ['2030-01-10', '2030-01-11'] }), TODAY).availableAtStart,
    ).toBe(1);
  });

  it('matches languages by their primary tag', () => {
    const l = lead([], { languages: ['es-AR', 'pt'] });
    expect(scoreCoop(l, coop('c', { languages: ['es'] }), TODAY)).toMatchObject({
      languagesRequired: 2,
      languagesMatched: 1,
    });
  });
});

describe('matchLead', () => {
  const react = new Map([['React', counts({ senior: 3 })]]);
  const l = lead([{ technology: 'React', minSeniority: 'senior', count: 3 }]);

  it('returns fitting co-ops best first with a reason, and leaves out those that field no one', () => {
    const all = [
      coop('partial', { skills: new Map([['React', counts({ senior: 1 })]]), free: 3 }),
      coop('full', { skills: react, free: 3 }),
      coop('none', { skills: new Map([['React', counts({ junior: 5 })]]), free: 5 }),
    ];
    const out = matchLead(l, all, { today: TODAY });
    expect(out.map((m) => m.coopId)).toEqual(['full', 'partial']);
    expect(out[0]!.reason).toBe(
      'Can field 3 of 3 people; 3 available by 2030-03-01; speaks 1 of 1 languages.',
    );
    expect(out[0]!.score).toBe(1);
  });

  it('applies the threshold and the limit', () => {
    const all = [
      coop('a', { skills: react }),
      coop('b', { skills: react, free: 3 }),
      coop('c', { skills: react }),
    ];
    expect(matchLead(l, all, { today: TODAY, threshold: 0.9 }).map((m) => m.coopId)).toEqual(['b']);
    expect(matchLead(l, all, { today: TODAY, limit: 2 }).map((m) => m.coopId)).toEqual(['b', 'a']);
  });
});

// ── Properties ────────────────────────────────────────────────────────────────
const TECHS = ['React', 'Go', 'Drupal'];
const LANGS = ['en', 'es', 'pt'];
const level = fc.constantFrom(...SENIORITIES);
const date = fc.option(
  fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2030, 0, 1 + d)).toISOString().slice(0, 10)),
  { nil: null },
);

interface Person {
  skills: Array<[string, Seniority]>;
  availability: 'busy' | 'free' | 'could_be_free';
  freeFrom: string | null;
  languages: string[];
}
const personArb: fc.Arbitrary<Person> = fc.record({
  skills: fc.uniqueArray(fc.tuple(fc.constantFrom(...TECHS), level), { maxLength: 3, selector: (s) => s[0] }),
  availability: fc.constantFrom('busy', 'free', 'could_be_free'),
  freeFrom: date,
  languages: fc.subarray(LANGS),
});

/** The co-op the directory's summaries describe for these people. */
function summarise(id: string, people: Person[], coopLanguages: string[]): CandidateCoop {
  const skills = new Map<string, Record<Seniority, number>>();
  for (const p of people)
    for (const [t, s] of p.skills) {
      const c = skills.get(t) ?? { ...zero };
      c[s]++;
      skills.set(t, c);
    }
  return {
    id,
    skills,
    headcount: people.length,
    free: people.filter((p) => p.availability === 'free').length,
    couldBeFree: people.filter((p) => p.availability === 'could_be_free').map((p) => p.freeFrom),
    languages: [...new Set([...coopLanguages, ...people.flatMap((p) => p.languages)])],
  };
}

const leadArb: fc.Arbitrary<LeadToMatch> = fc.record({
  profiles: fc.array(
    fc.record({
      technology: fc.constantFrom(...TECHS),
      minSeniority: level,
      count: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 4 },
  ),
  languages: fc.subarray(LANGS, { maxLength: 2 }),
  startDate: date,
});
const coopArb = fc.record({ people: fc.array(personArb, { maxLength: 8 }), languages: fc.subarray(LANGS) });

describe('properties', () => {
  it('adding a skilled person never lowers coverage or score', () => {
    fc.assert(
      fc.property(leadArb, coopArb, personArb, (l, c, extra) => {
        const before = scoreCoop(l, summarise('c', c.people, c.languages), TODAY);
        const after = scoreCoop(l, summarise('c', [...c.people, extra], c.languages), TODAY);
        expect(after.covered).toBeGreaterThanOrEqual(before.covered);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
    );
  });

  it('a co-op covering every profile scores at least as much as one that does not', () => {
    fc.assert(
      fc.property(leadArb, coopArb, coopArb, (l, a, b) => {
        const ma = scoreCoop(l, summarise('a', a.people, a.languages), TODAY);
        const mb = scoreCoop(l, summarise('b', b.people, b.languages), TODAY);
        if (ma.coversAll && !mb.coversAll) expect(ma.score).toBeGreaterThanOrEqual(mb.score);
        if (mb.coversAll && !ma.coversAll) expect(mb.score).toBeGreaterThanOrEqual(ma.score);
      }),
    );
  });

  it('never covers more than required or than the co-op has people, and scores within 0..1', () => {
    fc.assert(
      fc.property(leadArb, coopArb, (l, c) => {
        const m = scoreCoop(l, summarise('c', c.people, c.languages), TODAY);
        expect(m.covered).toBeLessThanOrEqual(m.required);
        expect(m.covered).toBeLessThanOrEqual(c.people.length);
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is exact on a single technology: equals brute-force assignment of people to slots', () => {
    fc.assert(
      fc.property(
        fc.array(level, { maxLength: 6 }),
        fc.array(fc.record({ minSeniority: level, count: fc.integer({ min: 1, max: 3 }) }), { maxLength: 3 }),
        (levels, reqs) => {
          const c = counts({});
          const mutable = { ...c } as Record<Seniority, number>;
          for (const l of levels) mutable[l]++;
          const profiles = reqs.map((r) => ({ technology: 'Go', ...r }));
          const fast = coverageByRequirement(profiles, new Map([['Go', mutable]])).reduce((s, n) => s + n, 0);
          expect(fast).toBe(bruteForce(levels, profiles));
        },
      ),
    );
  });

  it('is deterministic and independent of the order co-ops come in', () => {
    fc.assert(
      fc.property(leadArb, fc.array(coopArb, { maxLength: 6 }), (l, cs) => {
        const coops = cs.map((c, i) => summarise(`coop-${i}`, c.people, c.languages));
        const once = matchLead(l, coops, { today: TODAY });
        expect(matchLead(l, [...coops].reverse(), { today: TODAY })).toEqual(once);
        expect(matchLead(l, coops, { today: TODAY })).toEqual(once);
      }),
    );
  });
});

/** Maximum number of slots filled, trying every assignment (tiny inputs only). */
function bruteForce(levels: Seniority[], reqs: MatchRequirement[]): number {
  const slots = reqs.flatMap((r) =>
    Array.from({ length: r.count }, () => SENIORITIES.indexOf(r.minSeniority)),
  );
  const ranks = levels.map((l) => SENIORITIES.indexOf(l));
  const used = ranks.map(() => false);
  const go = (i: number): number => {
    if (i === slots.length) return 0;
    let best = go(i + 1);
    for (let p = 0; p < ranks.length; p++) {
      if (used[p] || ranks[p]! < slots[i]!) continue;
      used[p] = true;
      best = Math.max(best, 1 + go(i + 1));
      used[p] = false;
    }
    return best;
  };
  return go(0);
}
