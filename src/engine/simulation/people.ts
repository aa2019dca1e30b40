/**
 * People for co-ops that only say how many they are and what they work with
 * (the CoTech directory lists members and technologies, not who knows what).
 * Synthesised from the co-op's id, so the same directory always yields the
 * same people whatever the simulation seed.
 */
import { createRandom } from '../random.ts';
import { type Expertise, SENIORITIES, type Seniority } from '../vocabulary.ts';
import type { SimCoop, SimPerson } from './simulation.types.ts';

/** Share of junior, semi-senior, senior and expert people in a typical tech co-op. */
const SENIORITY_MIX = [0.2, 0.3, 0.35, 0.15];
/** Typical years of practice at each seniority. */
const YEARS_BY_SENIORITY: Record<Seniority, [number, number]> = {
  junior: [0, 2],
  semi_senior: [2, 5],
  senior: [5, 10],
  expert: [10, 20],
};

export function synthesisePeople(coop: SimCoop): SimPerson[] {
  const random = createRandom(`people:${coop.id}`);
  const techs = coop.technologies;
  const headcount = Math.max(0, Math.round(coop.headcount));
  const skills: string[][] = Array.from({ length: headcount }, () => []);
  if (headcount > 0) {
    // Everything the co-op says it does is known by someone: deal the
    // technologies round the table first, then give people a few more each.
    random.shuffle(techs).forEach((tech, i) => {
      skills[i % headcount]?.push(tech);
    });
    for (const own of skills) {
      const extra = Math.min(techs.length, random.intBetween(2, 4));
      while (own.length < extra) {
        const tech = random.pick(techs);
        if (!own.includes(tech)) own.push(tech);
      }
    }
  }
  return skills.map((own, i) => {
    const base = random.weightedPick(SENIORITIES, SENIORITY_MIX);
    const expertise: Expertise[] = own.map((technology) => {
      // People are rarely as senior in their side skills as in their main one.
      const rank = Math.max(0, SENIORITIES.indexOf(base) - (random.chance(0.35) ? 1 : 0));
      const seniority = SENIORITIES[rank] as Seniority;
      const [lo, hi] = YEARS_BY_SENIORITY[seniority];
      return { technology, seniority, years: random.intBetween(lo, hi) };
    });
    return { id: `${coop.id}/p${i + 1}`, expertise };
  });
}

/** The co-op's own people when it lists them, otherwise synthesised ones. */
export function peopleOf(coop: SimCoop): SimPerson[] {
  return coop.people ?? synthesisePeople(coop);
}
