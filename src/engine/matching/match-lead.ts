/**
 * Which co-ops fit a newly published lead, from what the directory knows in
 * aggregate: per co-op and technology, how many people it has at each
 * seniority (coop_skills), who is free or could be free by the start date,
 * and the languages it works in. Pure: the notification work gathers the
 * inputs in one query and tells the co-ops this returns.
 *
 * Coverage — how many of the required people a co-op could field, a person
 * counting once:
 *  - Within one technology it is exact on counts. "At least senior" accepts
 *    the senior and expert counts, "at least junior" every count: the sets a
 *    technology's requirements accept are nested. For nested sets a maximum
 *    assignment takes, scarcest requirement first (highest minimum level),
 *    as many as it needs from its own set; whichever levels it takes, every
 *    later (looser) requirement could have used them too, so no choice is
 *    ever regretted.
 *  - Across technologies counts cannot say whether the React seniors are
 *    also the Elixir seniors. Coverage there is optimistic — each
 *    technology's people are taken to be different — and is then capped by
 *    the co-op's head count, so a person still counts at most once overall.
 *    The cap keeps the figure an upper bound that never exceeds what the
 *    co-op could field with every person in a distinct role; the interest a
 *    co-op then declares names real people and is checked exactly
 *    (engine/allocation/fit.ts).
 */
import { dayNumber } from '../allocation/calendar.ts';
import { primaryLanguage } from '../allocation/fit.ts';
import { SENIORITIES, type Seniority } from '../vocabulary.ts';

export interface MatchRequirement {
  technology: string;
  minSeniority: Seniority;
  count: number;
}

export interface LeadToMatch {
  profiles: readonly MatchRequirement[];
  languages: readonly string[];
  /** ISO date; unknown start dates are read as "today". */
  startDate: string | null;
}

export type SkillCounts = Readonly<Record<Seniority, number>>;

export interface CandidateCoop {
  id: string;
  /** technology → people at each seniority */
  skills: ReadonlyMap<string, SkillCounts>;
  /** People in the co-op, whatever they know. */
  headcount: number;
  /** People free now. */
  free: number;
  /** For each person who could be free: from when (ISO date), or null when they did not say. */
  couldBeFree: ReadonlyArray<string | null>;
  languages: readonly string[];
}

export interface CoopMatch {
  coopId: string;
  /** 0..1; a co-op that covers every required person always scores at least 0.5, one that does not below. */
  score: number;
  required: number;
  covered: number;
  coversAll: boolean;
  /** People free (or expected free) by the start date; a "could be free" without a date counts half. */
  availableAtStart: number;
  languagesRequired: number;
  languagesMatched: number;
  /** Required profiles the co-op cannot fill in full (before the head-count cap). */
  gaps: Array<{ technology: string; minSeniority: Seniority; missing: number }>;
  /** One short English sentence; notifications localise from the figures above. */
  reason: string;
}

export interface MatchOptions {
  /** Minimum score to count as fitting (0..1). */
  threshold?: number;
  /** The day matching runs, ISO; start dates in the past or unknown are read as this day. */
  today: string;
  /** Keep only the best this many. */
  limit?: number;
}

/** How the non-coverage part of the score is split. */
export const AVAILABILITY_WEIGHT = 0.6;
export const LANGUAGE_WEIGHT = 0.4;

const key = (technology: string) => technology.trim().toLowerCase();
const TOP = SENIORITIES.length - 1;

/** The lead, read once for all co-ops: requirements grouped by technology, strictest first. */
interface PreparedLead {
  lead: LeadToMatch;
  groups: Array<{ technology: string; reqs: Array<{ index: number; rank: number; count: number }> }>;
  required: number;
  /** ISO date; ISO dates compare as strings. */
  start: string;
  wanted: string[];
}

function prepare(lead: LeadToMatch, today: string): PreparedLead {
  const byTech = new Map<string, PreparedLead['groups'][number]>();
  lead.profiles.forEach((p, index) => {
    const k = key(p.technology);
    const group = byTech.get(k) ?? { technology: p.technology, reqs: [] };
    group.reqs.push({ index, rank: SENIORITIES.indexOf(p.minSeniority), count: Math.max(0, p.count) });
    byTech.set(k, group);
  });
  for (const g of byTech.values()) g.reqs.sort((a, b) => b.rank - a.rank);
  // Validates both dates (a malformed one throws) before comparing them as strings.
  dayNumber(today);
  if (lead.startDate) dayNumber(lead.startDate);
  return {
    lead,
    groups: [...byTech.values()],
    required: lead.profiles.reduce((s, p) => s + Math.max(0, p.count), 0),
    start: lead.startDate && lead.startDate.slice(0, 10) > today ? lead.startDate.slice(0, 10) : today,
    wanted: [...new Set(lead.languages.map(primaryLanguage))],
  };
}

function countsFor(skills: ReadonlyMap<string, SkillCounts>, technology: string): SkillCounts | undefined {
  const direct = skills.get(technology) ?? skills.get(key(technology));
  if (direct) return direct;
  const k = key(technology);
  for (const [t, c] of skills) if (key(t) === k) return c;
  return undefined;
}

function cover(p: PreparedLead, skills: ReadonlyMap<string, SkillCounts>): number[] {
  const filled = p.lead.profiles.map(() => 0);
  for (const g of p.groups) {
    const counts = countsFor(skills, g.technology);
    if (!counts) continue;
    let pool = 0;
    let next = 0;
    for (let rank = TOP; rank >= 0; rank--) {
      pool += Math.max(0, counts[SENIORITIES[rank]!] ?? 0);
      for (; next < g.reqs.length && g.reqs[next]!.rank === rank; next++) {
        const req = g.reqs[next]!;
        const take = Math.min(req.count, pool);
        filled[req.index] = take;
        pool -= take;
      }
    }
  }
  return filled;
}

/** Coverage per requirement, exact per technology on counts (see the module comment). */
export function coverageByRequirement(
  profiles: readonly MatchRequirement[],
  skills: ReadonlyMap<string, SkillCounts>,
): number[] {
  return cover(prepare({ profiles, languages: [], startDate: null }, '2000-01-01'), skills);
}

function availableBy(coop: CandidateCoop, start: string): number {
  let n = Math.max(0, coop.free);
  for (const from of coop.couldBeFree) {
    if (from === null) n += 0.5;
    else if (from.slice(0, 10) <= start) n += 1;
  }
  return n;
}

function largestTeam(skills: ReadonlyMap<string, SkillCounts>): number {
  let max = 0;
  for (const c of skills.values()) {
    let sum = 0;
    for (const l of SENIORITIES) sum += Math.max(0, c[l] ?? 0);
    if (sum > max) max = sum;
  }
  return max;
}

export function scoreCoop(lead: LeadToMatch, coop: CandidateCoop, today: string): CoopMatch {
  const m = score(prepare(lead, today), coop);
  m.reason = reasonFor(m, lead.startDate);
  return m;
}

function score(p: PreparedLead, coop: CandidateCoop): CoopMatch {
  const { lead, required, wanted } = p;
  const filled = cover(p, coop.skills);
  // A person counts once: never more than the people the co-op has (at least those one technology shows).
  const heads = Math.max(coop.headcount, largestTeam(coop.skills));
  const covered = Math.min(
    filled.reduce((s, n) => s + n, 0),
    heads,
  );
  const gaps = lead.profiles.flatMap((r, i) =>
    filled[i]! < r.count
      ? [{ technology: r.technology, minSeniority: r.minSeniority, missing: r.count - filled[i]! }]
      : [],
  );
  const availableAtStart = availableBy(coop, p.start);
  const spoken = new Set(coop.languages.map(primaryLanguage));
  const languagesMatched = wanted.filter((l) => spoken.has(l)).length;

  const coverage = required === 0 ? 1 : covered / required;
  const availability =
    required === 0 ? (availableAtStart > 0 ? 1 : 0) : Math.min(1, availableAtStart / required);
  const language = wanted.length === 0 ? 1 : languagesMatched / wanted.length;
  const rest = AVAILABILITY_WEIGHT * availability + LANGUAGE_WEIGHT * language;
  const coversAll = covered >= required;
  // Covering everyone dominates: [0.5, 1] for full cover, [0, 0.5) for partial, ordered within by the rest.
  const raw = coversAll ? 0.5 + 0.5 * rest : 0.5 * coverage * (0.5 + 0.5 * rest);
  return {
    coopId: coop.id,
    score: Math.round(raw * 10_000) / 10_000,
    required,
    covered,
    coversAll,
    availableAtStart,
    languagesRequired: wanted.length,
    languagesMatched,
    gaps,
    reason: '',
  };
}

function reasonFor(m: CoopMatch, startDate: string | null): string {
  const parts = [`Can field ${m.covered} of ${m.required} ${m.required === 1 ? 'person' : 'people'}`];
  parts.push(`${formatCount(m.availableAtStart)} available by ${startDate ?? 'now'}`);
  if (m.languagesRequired) parts.push(`speaks ${m.languagesMatched} of ${m.languagesRequired} languages`);
  return `${parts.join('; ')}.`;
}

const formatCount = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * The co-ops that fit, best first: those that can field at least one of the
 * required people and score at least `threshold`. Ties fall to the one
 * covering more people, then to the co-op id, so the order is deterministic.
 */
export function matchLead(
  lead: LeadToMatch,
  coops: readonly CandidateCoop[],
  opts: MatchOptions,
): CoopMatch[] {
  const threshold = opts.threshold ?? 0;
  const prepared = prepare(lead, opts.today);
  const fitting: CoopMatch[] = [];
  for (const c of coops) {
    const m = score(prepared, c);
    if (m.score >= threshold && (m.required === 0 || m.covered > 0)) fitting.push(m);
  }
  fitting.sort(
    (a, b) =>
      b.score - a.score || b.covered - a.covered || (a.coopId < b.coopId ? -1 : a.coopId > b.coopId ? 1 : 0),
  );
  const kept = opts.limit === undefined ? fitting : fitting.slice(0, opts.limit);
  // Words only for the co-ops that are told.
  for (const m of kept) m.reason = reasonFor(m, lead.startDate);
  return kept;
}
