/**
 * The words of team explanations and gaps, in English and Spanish. Both
 * tables answer the same questions with the same arguments, so gaps.ts and
 * explain.ts decide *what* to say once and each language decides *how*.
 * Dates go through Intl with fixed locales and UTC, never the server's.
 */
import type { Seniority } from '../vocabulary.ts';

export interface Profile {
  technology: string;
  minSeniority: Seniority;
}

export type GapReason =
  | { code: 'no_one'; profile: Profile }
  | { code: 'not_senior_enough'; profile: Profile; mostSenior: Seniority }
  | { code: 'not_free_before'; profile: Profile; date: string; start: string }
  | { code: 'all_busy'; profile: Profile }
  | { code: 'not_enough_hours'; profile: Profile; hours: number }
  | { code: 'only_some_free'; profile: Profile; free: number; needed: number; start: string }
  | { code: 'only_some_in_team'; profile: Profile; free: number; needed: number }
  | { code: 'filling_other_profiles'; profile: Profile }
  | { code: 'no_coordinator_in_network' }
  | { code: 'no_coordinator_in_team' };

export type MethodNote =
  | { kind: 'proven'; rank: number }
  | { kind: 'bounded'; rank: number; gap: number; bound: 'lp_relaxation' | 'counting' | 'proven_optimum' }
  | { kind: 'unbounded'; rank: number }
  | { kind: 'hand_picked' };

export interface TeamWords {
  gap(reason: GapReason): string;
  coopCount(k: number): string;
  covers(filled: number, required: number): string;
  missing: string;
  coordinatesWith(name: string, people: number): string;
  bringsPeople(name: string, people: number): string;
  fit(percent: number): string;
  singleCoop: string;
  trust(backed: number, needed: number): string;
  owed(count: number, newCount: number): string;
  score(score: number): string;
  method(note: MethodNote): string;
}

const MONTH_EN = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const MONTH_YEAR_EN = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_EN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH_ES = new Intl.DateTimeFormat('es', { month: 'long', timeZone: 'UTC' });
const MONTH_YEAR_ES = new Intl.DateTimeFormat('es', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_ES = new Intl.DateTimeFormat('es', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
/** "March", or "March 2026" when the year is not the start's. */
const month = (iso: string, start: string, short: Intl.DateTimeFormat, long: Intl.DateTimeFormat) =>
  (iso.slice(0, 4) === start.slice(0, 4) ? short : long).format(utc(iso));
const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

const SENIORITY_EN: Record<Seniority, string> = {
  junior: 'junior',
  semi_senior: 'semi-senior',
  senior: 'senior',
  expert: 'expert',
};
const SENIORITY_ES: Record<Seniority, [string, string]> = {
  junior: ['junior', 'junior'],
  semi_senior: ['semi-senior', 'semi-senior'],
  senior: ['senior', 'senior'],
  expert: ['experto', 'expertos'],
};

/** "senior Elixir developer(s)"; a junior minimum asks for anyone, so it goes unsaid. */
function profileEn(p: Profile, n = 1): string {
  const level = p.minSeniority === 'junior' ? '' : `${SENIORITY_EN[p.minSeniority]} `;
  return `${level}${p.technology} developer${n === 1 ? '' : 's'}`;
}

function profileEs(p: Profile, n = 1): string {
  const plural = n === 1 ? 0 : 1;
  const level = p.minSeniority === 'junior' ? '' : ` ${SENIORITY_ES[p.minSeniority][plural]}`;
  return `${n === 1 ? 'desarrollador' : 'desarrolladores'} ${p.technology}${level}`;
}

export const EN: TeamWords = {
  gap(r) {
    switch (r.code) {
      case 'no_one':
        return `no ${profileEn(r.profile)} among the candidate co-ops`;
      case 'not_senior_enough':
        return `no ${profileEn(r.profile)} among the candidate co-ops (the most senior is ${SENIORITY_EN[r.mostSenior]})`;
      case 'not_free_before':
        return `no ${profileEn(r.profile)} free before ${month(r.date, r.start, MONTH_EN, MONTH_YEAR_EN)}`;
      case 'all_busy':
        return `no ${profileEn(r.profile)} free: all are busy`;
      case 'not_enough_hours':
        return `no ${profileEn(r.profile)} free for ${Math.round(r.hours)} hours a week`;
      case 'only_some_free':
        return `only ${r.free} ${profileEn(r.profile, r.free)} free by ${DAY_EN.format(utc(r.start))}, ${r.needed} needed`;
      case 'only_some_in_team':
        return `only ${r.free} ${profileEn(r.profile, r.free)} free in this team's co-ops, ${r.needed} needed`;
      case 'filling_other_profiles':
        return `the free ${profileEn(r.profile, 2)} of this team already fill other profiles`;
      case 'no_coordinator_in_network':
        return 'no candidate co-op offers to coordinate';
      case 'no_coordinator_in_team':
        return 'no co-op in this team offers to coordinate';
    }
  },
  coopCount: (k) => (k === 1 ? 'One co-op' : `${k} co-ops`),
  covers: (filled, required) =>
    filled === required ? `cover all ${required} roles` : `cover ${filled} of ${required} roles`,
  missing: 'Missing',
  coordinatesWith: (name, n) => `${name} coordinates and brings ${n === 1 ? '1 person' : `${n} people`}`,
  bringsPeople: (name, n) => `${name} brings ${n === 1 ? '1 person' : `${n} people`}`,
  fit: (p) => `Fit ${percent(p)}`,
  singleCoop: 'one co-op, so no links between co-ops to trust',
  trust: (backed, needed) =>
    `${Math.round(backed * 10) / 10} of the ${needed} links between co-ops backed by past work together`,
  owed: (count, fresh) =>
    `${count === 1 ? '1 co-op has' : `${count} co-ops have`} received less than ${count === 1 ? 'its' : 'their'} share of work` +
    (fresh > 0 ? ` (${fresh} new)` : ''),
  score: (s) => `Score ${s.toFixed(3)}`,
  method(note) {
    if (note.kind === 'hand_picked') return 'a hand-picked team.';
    const alt = note.rank > 1 ? `alternative ${note.rank}, ` : '';
    if (note.kind === 'proven') return `${alt}proven best by the exact (MIP) solver.`;
    if (note.kind === 'unbounded') return `${alt}found by the search, with no bound to compare.`;
    const bound = {
      lp_relaxation: 'the LP bound',
      counting: 'a counting bound',
      proven_optimum: 'the optimum',
    }[note.bound];
    return `${alt}found by the search, at most ${percent(note.gap)} below ${bound}.`;
  },
};

export const ES: TeamWords = {
  gap(r) {
    switch (r.code) {
      case 'no_one':
        return `ningún ${profileEs(r.profile)} entre las cooperativas candidatas`;
      case 'not_senior_enough':
        return `ningún ${profileEs(r.profile)} entre las cooperativas candidatas (el de más experiencia es ${SENIORITY_ES[r.mostSenior][0]})`;
      case 'not_free_before':
        return `ningún ${profileEs(r.profile)} libre antes de ${month(r.date, r.start, MONTH_ES, MONTH_YEAR_ES)}`;
      case 'all_busy':
        return `ningún ${profileEs(r.profile)} libre: todos están ocupados`;
      case 'not_enough_hours':
        return `ningún ${profileEs(r.profile)} libre ${Math.round(r.hours)} horas por semana`;
      case 'only_some_free':
        return `solo ${r.free} ${profileEs(r.profile, r.free)} ${r.free === 1 ? 'libre' : 'libres'} para el ${DAY_ES.format(utc(r.start))}; se necesitan ${r.needed}`;
      case 'only_some_in_team':
        return `solo ${r.free} ${profileEs(r.profile, r.free)} ${r.free === 1 ? 'libre' : 'libres'} en las cooperativas de este equipo; se necesitan ${r.needed}`;
      case 'filling_other_profiles':
        return `los ${profileEs(r.profile, 2)} libres de este equipo ya cubren otros perfiles`;
      case 'no_coordinator_in_network':
        return 'ninguna cooperativa candidata se ofrece a coordinar';
      case 'no_coordinator_in_team':
        return 'ninguna cooperativa de este equipo se ofrece a coordinar';
    }
  },
  coopCount: (k) => (k === 1 ? 'Una cooperativa' : `${k} cooperativas`),
  covers: (filled, required) =>
    filled === required ? `cubren los ${required} roles` : `cubren ${filled} de ${required} roles`,
  missing: 'Falta',
  coordinatesWith: (name, n) => `${name} coordina y aporta ${n === 1 ? '1 persona' : `${n} personas`}`,
  bringsPeople: (name, n) => `${name} aporta ${n === 1 ? '1 persona' : `${n} personas`}`,
  fit: (p) => `Ajuste ${percent(p).replace('.', ',')}`,
  singleCoop: 'una sola cooperativa, sin vínculos entre cooperativas que requieran confianza',
  trust: (backed, needed) =>
    `${String(Math.round(backed * 10) / 10).replace('.', ',')} de los ${needed} vínculos entre cooperativas respaldados por trabajo conjunto previo`,
  owed: (count, fresh) =>
    `${count === 1 ? '1 cooperativa recibió' : `${count} cooperativas recibieron`} menos trabajo del que ${count === 1 ? 'le' : 'les'} corresponde` +
    (fresh > 0 ? ` (${fresh} ${fresh === 1 ? 'nueva' : 'nuevas'})` : ''),
  score: (s) => `Puntuación ${s.toFixed(3).replace('.', ',')}`,
  method(note) {
    if (note.kind === 'hand_picked') return 'un equipo elegido a mano.';
    const alt = note.rank > 1 ? `alternativa ${note.rank}, ` : '';
    if (note.kind === 'proven') return `${alt}el mejor equipo, demostrado por el solver exacto (MIP).`;
    if (note.kind === 'unbounded') return `${alt}hallado por la búsqueda, sin cota con la que comparar.`;
    const bound = {
      lp_relaxation: 'la cota LP',
      counting: 'una cota por conteo',
      proven_optimum: 'el óptimo',
    }[note.bound];
    return `${alt}hallado por la búsqueda, como mucho ${percent(note.gap).replace('.', ',')} por debajo de ${bound}.`;
  },
};
