/**
 * Seeded random networks and leads for the team builder's property tests and
 * benchmark. Technologies follow a skewed popularity (a few everywhere, many
 * rare), co-ops range from a handful of people to a few dozen, and about a
 * third of people are busy, some with a date they become free — the shapes
 * that make team building hard in real networks.
 */
import { createRandom, type Random } from '../random.ts';
import { type Availability, SENIORITIES, type Seniority, type Stage } from '../vocabulary.ts';
import { collaborationKey } from './teams.model.ts';
import type { CandidateCoop, CandidatePerson, TeamCandidates, TeamRequest } from './teams.types.ts';

const TECHNOLOGIES = [
  'JavaScript',
  'Python',
  'React',
  'PHP',
  'Drupal',
  'WordPress',
  'Django',
  'Ruby',
  'Rails',
  'Java',
  'Elixir',
  'Go',
  'Rust',
  'Kotlin',
  'Swift',
  'Flutter',
  'Vue',
  'Angular',
  'Laravel',
  'PostgreSQL',
  'DevOps',
  'Kubernetes',
  'UX',
  'Data science',
  'C#',
  '.NET',
  'Scala',
  'Haskell',
  'Odoo',
  'GIS',
];
/** Zipf-like: the n-th technology is about 1/n as common as the first. */
const POPULARITY = TECHNOLOGIES.map((_, n) => 1 / (n + 1));

export interface InstanceShape {
  coops: number;
  /** Total people the lead asks for (sum of the requirement counts). */
  slots: number;
  /** How many technologies exist; fewer makes every co-op a candidate for more slots. */
  technologies?: number;
  /** Mean people per co-op. */
  meanPeople?: number;
  coordinatorRequired?: boolean;
  preference?: TeamRequest['preference'];
}

export interface TeamInstance {
  request: TeamRequest;
  candidates: TeamCandidates;
}

const START = '2025-03-03';

function isoPlusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function randomPerson(rng: Random, id: string, techs: readonly string[]): CandidatePerson {
  const skills = rng.intBetween(1, 3);
  const chosen = new Set<string>();
  while (chosen.size < skills) chosen.add(rng.weightedPick(techs, POPULARITY.slice(0, techs.length)));
  const expertise = [...chosen].map((technology) => {
    const seniority = rng.weightedPick<Seniority>(SENIORITIES, [0.3, 0.3, 0.3, 0.1]);
    const years = Math.round((1 + SENIORITIES.indexOf(seniority) * 3 + rng.next() * 4) * 10) / 10;
    return { technology, seniority, years };
  });
  const availability = rng.weightedPick<Availability>(['free', 'could_be_free', 'busy'], [0.45, 0.2, 0.35]);
  const freeFrom =
    availability === 'busy' && rng.chance(0.6) ? isoPlusDays(START, rng.intBetween(-60, 90)) : null;
  return {
    id,
    name: `Person ${id}`,
    expertise,
    availability,
    hoursPerWeek: rng.pick([10, 20, 30, 40]),
    freeFrom,
  };
}

export function randomInstance(seed: string, shape: InstanceShape): TeamInstance {
  const rng = createRandom(seed);
  const techs = TECHNOLOGIES.slice(0, Math.max(2, Math.min(TECHNOLOGIES.length, shape.technologies ?? 30)));
  const meanPeople = shape.meanPeople ?? 8;
  const coops: CandidateCoop[] = [];
  for (let c = 0; c < shape.coops; c++) {
    const coopId = `c${c}`;
    const size = Math.max(1, Math.min(60, Math.round(rng.lognormal(Math.log(meanPeople) - 0.18, 0.6))));
    const people = Array.from({ length: size }, (_, k) => randomPerson(rng, `${coopId}p${k}`, techs));
    coops.push({
      coopId,
      name: `Co-op ${c}`,
      stage: rng.weightedPick<Stage>(['new', 'growing', 'stable'], [0.2, 0.4, 0.4]),
      ledgerShare: Math.round(rng.next() * 150) / 100,
      canCoordinate: rng.chance(0.7),
      people,
    });
  }
  const collaboration: Record<string, number> = {};
  if (shape.coops > 1) {
    for (let c = 0; c < shape.coops; c++) {
      for (let k = rng.poisson(1.5); k > 0; k--) {
        const other = rng.int(shape.coops);
        if (other !== c)
          collaboration[collaborationKey(`c${c}`, `c${other}`)] = Math.round(rng.next() * 100) / 100;
      }
    }
  }
  return { request: randomRequest(rng, techs, shape), candidates: { coops, collaboration } };
}

function randomRequest(rng: Random, techs: readonly string[], shape: InstanceShape): TeamRequest {
  const requirements: TeamRequest['requirements'] = [];
  const used = new Set<string>();
  let left = shape.slots;
  while (left > 0 && used.size < techs.length * 3) {
    const technology = rng.weightedPick(techs, POPULARITY.slice(0, techs.length));
    const minSeniority = rng.weightedPick<Seniority>(SENIORITIES, [0.3, 0.35, 0.3, 0.05]);
    if (used.has(`${technology}/${minSeniority}`)) continue;
    used.add(`${technology}/${minSeniority}`);
    const count = Math.min(left, rng.intBetween(1, 3));
    requirements.push({ technology, minSeniority, count });
    left -= count;
  }
  return {
    requirements,
    startDate: START,
    endDate: isoPlusDays(START, 120),
    hoursPerSlot: 20,
    coordinatorRequired: shape.coordinatorRequired ?? rng.chance(0.5),
    preference: shape.preference ?? (rng.chance(0.75) ? 'fewest_coops' : 'spread_work'),
  };
}
