/**
 * The words of an explanation, in English and Spanish. Both tables answer the
 * same questions with the same arguments, so explain.ts decides *what* to say
 * once and each language only decides *how*. Formatting goes through Intl with
 * fixed locales and the UTC calendar, so the text never depends on the server.
 */
import type { Seniority } from '../vocabulary.ts';
import type { AllocationMethod } from './allocation.types.ts';
import { dateOfDay, yearOfDay } from './calendar.ts';

export interface ProfileGapWords {
  technology: string;
  minSeniority: Seniority;
  missing: number;
}

export interface Phrases {
  /** Opening of the sentence for a 1-based rank: "Ranked first" / "Primera". */
  rank(rank: number): string;
  because: string;
  but: string;
  /** Starts a sentence of reasons when the rank did not come from them. */
  itIs: string;
  and(items: string[]): string;
  coversAll(count: number): string;
  coversSome(covered: number, required: number, gaps: ProfileGapWords[]): string;
  coversLanguages: string;
  missesLanguages(languages: string[]): string;
  startsOnTime(day: number | null, today: number): string;
  startsLate(day: number, today: number, delayDays: number): string;
  capacityEnough(offered: number, needed: number): string;
  capacityShort(offered: number, needed: number): string;
  need(level: 'low' | 'medium' | 'high', idleShare: number, isNew: boolean): string;
  noWork(windowDays: number): string;
  leastWork(windowDays: number): string;
  shareOfEntitlement(ratio: number, windowDays: number): string;
  methodClause(method: Exclude<AllocationMethod, 'weighted_score'>, seed: string | null): string;
  outside(
    method: Exclude<AllocationMethod, 'weighted_score'>,
    reason: 'profiles' | 'fit',
    fit: number,
    threshold: number,
  ): string;
  /** Follows the rank when the mandatory-profile rule, not the score, placed the co-op. */
  afterCovering: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatDay(locale: string, day: number, today: number): string {
  const withYear = yearOfDay(day) !== yearOfDay(today);
  const key = `${locale}:${withYear}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    dateFormats.set(key, f);
  }
  return f.format(dateOfDay(day));
}

/**
 * Joining reasons runs once per co-op per language, and Intl.ListFormat is the
 * slowest step of a recommendation. So the locale's pattern for n items is
 * asked of Intl once and filled in by hand. What the pattern cannot do is
 * Spanish euphony (y → e before an "i" sound): no reason phrase starts with
 * one, and language names, which can, still go through Intl.
 */
function joiner(format: Intl.ListFormat): (items: string[]) => string {
  const patterns = new Map<number, string[]>();
  return (items) => {
    let parts = patterns.get(items.length);
    if (!parts) {
      const marks = items.map((_, i) => String.fromCharCode(0xe000 + i));
      parts = format.format(marks).split(/[\ue000-\uefff]/);
      patterns.set(items.length, parts);
    }
    let out = parts[0] ?? '';
    items.forEach((item, i) => {
      out += item + (parts[i + 1] ?? '');
    });
    return out;
  };
}

function lists(locale: string) {
  const and = joiner(new Intl.ListFormat(locale, { type: 'conjunction' }));
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  const languageNames = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const names = new Map<string, string>();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    and,
    or: (items: string[]) => or.format(items),
    language: (code: string) => {
      let name = names.get(code);
      if (name === undefined) {
        name = languageNames.of(code) ?? code;
        names.set(code, name);
      }
      return name;
    },
    num: (n: number) => number.format(n),
    pct: (share: number) => `${Math.round(share * 100)}`,
  };
}

const en = lists('en-GB');
const es = lists('es');

const EN_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const ES_ORDINALS = [
  'Primera',
  'Segunda',
  'Tercera',
  'Cuarta',
  'Quinta',
  'Sexta',
  'Séptima',
  'Octava',
  'Novena',
  'Décima',
];

function englishOrdinal(n: number): string {
  const named = EN_ORDINALS[n - 1];
  if (named) return named;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const EN_SENIORITY: Record<Seniority, string> = {
  junior: 'junior',
  semi_senior: 'semi-senior',
  senior: 'senior',
  expert: 'expert',
};
const ES_SENIORITY: Record<Seniority, string> = {
  junior: 'junior',
  semi_senior: 'semi-senior',
  senior: 'senior',
  expert: 'experto',
};

const ES_NEED = { low: 'baja', medium: 'media', high: 'alta' } as const;

function enWindow(days: number): string {
  if (days === 365 || days === 366) return 'over the last year';
  if (days % 30 === 0) return days === 30 ? 'over the last month' : `over the last ${days / 30} months`;
  return `over the last ${days} days`;
}

function esWindow(days: number): string {
  if (days === 365 || days === 366) return 'en el último año';
  if (days % 30 === 0) return days === 30 ? 'en el último mes' : `en los últimos ${days / 30} meses`;
  return `en los últimos ${days} días`;
}

export const EN: Phrases = {
  rank: (r) => `Ranked ${englishOrdinal(r)}`,
  because: ' because it ',
  but: ', but it ',
  itIs: 'It ',
  and: en.and,
  coversAll: (n) => (n === 1 ? 'covers the one profile required' : `covers all ${n} profiles`),
  coversSome: (covered, required, gaps) =>
    `covers only ${covered} of ${required} profiles (missing ${en.and(
      gaps.map(
        (g) =>
          `${g.missing} ${g.technology}${g.minSeniority === 'junior' ? '' : ` at ${EN_SENIORITY[g.minSeniority]} level or above`}`,
      ),
    )})`,
  coversLanguages: 'works in the languages asked for',
  missesLanguages: (ls) => `proposes nobody who speaks ${en.or(ls.map(en.language))}`,
  startsOnTime: (day, today) =>
    day === null || day === today ? 'can start right away' : `can start on ${formatDay('en-GB', day, today)}`,
  startsLate: (day, today, delay) =>
    `can only start on ${formatDay('en-GB', day, today)}, ${delay} day${delay === 1 ? '' : 's'} late`,
  capacityEnough: (offered, needed) =>
    `offers ${en.num(offered)} person-days for the ${en.num(needed)} needed`,
  capacityShort: (offered, needed) =>
    `offers only ${en.num(offered)} of the ${en.num(needed)} person-days needed`,
  need: (level, idle, isNew) =>
    `${isNew ? `is a new co-op with ${level} need` : `declared ${level} need`} (${en.pct(idle)}% of its people free)`,
  noWork: (w) => `received no work from the network ${enWindow(w)}`,
  leastWork: (w) => `received the least work ${enWindow(w)}`,
  shareOfEntitlement: (ratio, w) =>
    ratio <= 1
      ? `received ${en.pct(ratio)}% of its fair share of work ${enWindow(w)}`
      : `already received ${en.pct(ratio)}% of its fair share of work ${enWindow(w)}`,
  methodClause: (m, seed) =>
    m === 'need_lottery' ? ` in the need-weighted lottery (seed "${seed}")` : ' in the picking order',
  outside: (m, reason, fit, threshold) =>
    `, outside the ${m === 'need_lottery' ? 'lottery' : 'picking order'} because ${
      reason === 'profiles'
        ? 'it does not cover every required profile'
        : `its fit (${en.pct(fit)}%) is below the threshold of ${en.pct(threshold)}%`
    }`,
  afterCovering: ', after every co-op that covers all required profiles',
};

export const ES: Phrases = {
  rank: (r) => ES_ORDINALS[r - 1] ?? `En el puesto ${r}`,
  because: ' porque ',
  but: ', pero ',
  itIs: '',
  and: es.and,
  coversAll: (n) => (n === 1 ? 'cubre el único perfil pedido' : `cubre los ${n} perfiles`),
  coversSome: (covered, required, gaps) => {
    const missing = gaps.reduce((sum, g) => sum + g.missing, 0);
    const items = gaps.map(
      (g) =>
        `${g.missing} ${g.technology}${g.minSeniority === 'junior' ? '' : ` de nivel ${ES_SENIORITY[g.minSeniority]} o más`}`,
    );
    return `cubre solo ${covered} de los ${required} perfiles (${missing === 1 ? 'falta' : 'faltan'} ${es.and(items)})`;
  },
  coversLanguages: 'trabaja en los idiomas pedidos',
  missesLanguages: (ls) => `no propone a nadie que hable ${es.or(ls.map(es.language))}`,
  startsOnTime: (day, today) =>
    day === null || day === today ? 'puede empezar ya' : `puede empezar el ${formatDay('es', day, today)}`,
  startsLate: (day, today, delay) =>
    `recién puede empezar el ${formatDay('es', day, today)}, ${delay} día${delay === 1 ? '' : 's'} tarde`,
  capacityEnough: (offered, needed) =>
    `ofrece ${es.num(offered)} jornadas para las ${es.num(needed)} necesarias`,
  capacityShort: (offered, needed) =>
    `ofrece solo ${es.num(offered)} de las ${es.num(needed)} jornadas necesarias`,
  need: (level, idle, isNew) => {
    const need = `necesidad ${ES_NEED[level]}`;
    return `${isNew ? `es una cooperativa nueva con ${need}` : `declaró ${need}`} (${es.pct(idle)} % de su gente libre)`;
  },
  noWork: (w) => `no recibió trabajo de la red ${esWindow(w)}`,
  leastWork: (w) => `es la que menos trabajo recibió ${esWindow(w)}`,
  shareOfEntitlement: (ratio, w) =>
    ratio <= 1
      ? `recibió el ${es.pct(ratio)} % del trabajo que le corresponde ${esWindow(w)}`
      : `ya recibió el ${es.pct(ratio)} % del trabajo que le corresponde ${esWindow(w)}`,
  methodClause: (m, seed) =>
    m === 'need_lottery'
      ? ` en el sorteo ponderado por necesidad (semilla «${seed}»)`
      : ' en el orden de elección',
  outside: (m, reason, fit, threshold) =>
    `, fuera ${m === 'need_lottery' ? 'del sorteo' : 'del orden de elección'} porque ${
      reason === 'profiles'
        ? 'no cubre todos los perfiles requeridos'
        : `su ajuste (${es.pct(fit)} %) no llega al umbral del ${es.pct(threshold)} %`
    }`,
  afterCovering: ', detrás de todas las que cubren todos los perfiles requeridos',
};
