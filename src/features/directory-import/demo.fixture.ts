/**
 * The demo network's document, made from the CoTech directory: its facts
 * only (names, sizes, places, technologies, services, clients, who delivered
 * which project), a short description written from those facts in English
 * and Spanish, and invented people so the demo has availability to show.
 * Deterministic: the same directory always gives the same document.
 */
import { createRandom, type Random } from '../../engine/random.ts';
import { SENIORITIES, type Seniority } from '../../engine/vocabulary.ts';
import type { CoopRecord, DirectoryDocument, PersonRecord, TermRecord } from './directory.document.ts';

/** People per co-op at most, whatever its headcount. */
export const MAX_DEMO_PEOPLE = 25;
/** People for a co-op whose size the directory leaves blank. */
const UNKNOWN_HEADCOUNT = 3;

// biome-ignore format: a name list reads better packed
const FIRST = [
  'Ana', 'Ben', 'Chidi', 'Dana', 'Elif', 'Femi', 'Gala', 'Hugo', 'Ines', 'Jonas', 'Kai', 'Lena', 'Malik',
  'Nora', 'Omar', 'Pilar', 'Quinn', 'Rosa', 'Sami', 'Tariq', 'Uma', 'Vera', 'Wen', 'Yara', 'Zeno',
  'Alex', 'Bea', 'Caio', 'Dev', 'Eva', 'Finn', 'Gita', 'Hana', 'Ivo', 'Jude', 'Kim', 'Luz', 'Milo',
];
// biome-ignore format: a name list reads better packed
const LAST = [
  'Abara', 'Berg', 'Costa', 'Diallo', 'Evans', 'Fischer', 'García', 'Haddad', 'Ito', 'Jensen', 'Kaur',
  'López', 'Mensah', 'Novak', 'Okafor', 'Park', 'Quiroga', 'Rossi', 'Silva', 'Tanaka', 'Úbeda', 'Varga',
  'Walsh', 'Xu', 'Yilmaz', 'Zamora',
];

const SENIORITY_MIX = [0.2, 0.3, 0.35, 0.15];
const YEARS: Record<Seniority, [number, number]> = {
  junior: [0, 2],
  semi_senior: [2, 5],
  senior: [5, 10],
  expert: [10, 20],
};
/** First of the month the "could be free" dates count from. */
const FREE_FROM_BASE = Date.UTC(2026, 8, 1);

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** "Worker co-operative in Oxford with 12 members. Works with Drupal, WordPress and PHP." */
export function factualDescription(coop: CoopRecord, technologies: string[]): { en: string; es: string } {
  const n = coop.headcount;
  const en = [
    `Worker co-operative${coop.city ? ` in ${coop.city}` : ''}${n !== null ? ` with ${n} member${n === 1 ? '' : 's'}` : ''}.`,
  ];
  const es = [
    `Cooperativa de trabajo${coop.city ? ` en ${coop.city}` : ''}${n !== null ? ` con ${n} miembro${n === 1 ? '' : 's'}` : ''}.`,
  ];
  if (technologies.length) {
    en.push(`Works with ${joinList(technologies, 'and')}.`);
    es.push(`Trabaja con ${joinList(technologies, 'y')}.`);
  }
  if (coop.services.length) {
    const s = coop.services.length;
    en.push(`Offers ${s} service${s === 1 ? '' : 's'}.`);
    es.push(`Ofrece ${s} servicio${s === 1 ? '' : 's'}.`);
  }
  return { en: en.join(' '), es: es.join(' ') };
}

function person(random: Random, index: number, technologies: string[], taken: Set<string>): PersonRecord {
  let name = '';
  do name = `${random.pick(FIRST)} ${random.pick(LAST)}`;
  while (taken.has(name));
  taken.add(name);
  const base = random.weightedPick(SENIORITIES, SENIORITY_MIX);
  const own = random.shuffle(technologies).slice(0, Math.min(technologies.length, random.intBetween(2, 4)));
  const skills = own.map((technology) => {
    // People are rarely as senior in their side skills as in their main one.
    const seniority = SENIORITIES[Math.max(0, SENIORITIES.indexOf(base) - (random.chance(0.35) ? 1 : 0))]!;
    const [lo, hi] = YEARS[seniority];
    return { technology, seniority, years: random.intBetween(lo, hi) };
  });
  const roll = random.next();
  const availability = roll < 0.3 ? 'free' : roll < 0.5 ? 'could_be_free' : 'busy';
  const hoursPerWeek =
    availability === 'free'
      ? random.pick([16, 24, 32, 40])
      : availability === 'could_be_free'
        ? random.pick([8, 16, 24])
        : random.pick([0, 0, 4, 8]);
  const freeFrom =
    availability === 'could_be_free'
      ? new Date(FREE_FROM_BASE + random.intBetween(1, 12) * 7 * 86_400_000).toISOString().slice(0, 10)
      : null;
  return {
    key: `p${String(index + 1).padStart(2, '0')}`,
    name,
    languages: random.chance(0.2) ? ['en', 'es'] : ['en'],
    availability,
    hoursPerWeek,
    freeFrom,
    skills,
  };
}

export function demoDocument(directory: DirectoryDocument): DirectoryDocument {
  const techName = new Map(directory.technologies.map((t) => [t.slug, t.name]));
  // A co-op is described by its technologies best known across the network, leaving out
  // those nearly every co-op lists (HTML/CSS), which tell a reader nothing.
  const shared = new Map<string, number>();
  for (const c of directory.coops) for (const t of c.technologies) shared.set(t, (shared.get(t) ?? 0) + 1);
  const listing = directory.coops.filter((c) => c.technologies.length).length;
  const telling = (t: string) => (shared.get(t) ?? 0) <= 0.7 * listing;
  const coops = directory.coops.map((c): CoopRecord => {
    const top = c.technologies
      .filter(telling)
      .sort((a, b) => (shared.get(b) ?? 0) - (shared.get(a) ?? 0) || (a < b ? -1 : 1))
      .slice(0, 3)
      .map((t) => techName.get(t) ?? t);
    const random = createRandom(`minga-demo:${c.slug}`);
    const count = Math.min(c.headcount ?? UNKNOWN_HEADCOUNT, MAX_DEMO_PEOPLE);
    const taken = new Set<string>();
    return {
      ...c,
      description: factualDescription(c, top),
      // Public, but a demo has no business handing out real inboxes and phone numbers.
      contact: { email: null, phone: null, address: c.contact.address },
      people: Array.from({ length: count }, (_, i) => person(random, i, c.technologies, taken)),
    };
  });
  const terms = (list: TermRecord[]) => list.map((t) => ({ slug: t.slug, name: t.name, aliases: t.aliases }));
  return {
    format: directory.format,
    version: directory.version,
    source:
      'CoTech public directory (coops/technologies/services/clients 2025-06-30, case studies 2026): facts only',
    technologies: terms(directory.technologies),
    services: terms(directory.services),
    clients: directory.clients,
    coops,
    caseStudies: directory.caseStudies,
  };
}
