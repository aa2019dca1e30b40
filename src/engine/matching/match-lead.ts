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
const levelsFromTop = [...SENIORITIES].reverse();

/** Coverage per requirement, exact per technology on counts (see the module comment). */
export function coverageByRequirement(
  profiles: readonly MatchRequirement[],
  skills: ReadonlyMap<string, SkillCounts>,
): number[] {
  const filled = profiles.map(() => 0);
  const byTech = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    const list = byTech.get(key(p.technology)) ?? [];
    list.push(i);
    byTech.set(key(p.technology), list);
  });
  const normalised = new Map([...skills].map(([t, c]) => [key(t), c]));
  for (const [tech, indices] of byTech) {
    const counts = normalised.get(tech);
    if (!counts) continue;
    let pool = 0;
    for (const level of levelsFromTop) {
      pool += Math.max(0, counts[level] ?? 0);
      for (const i of indices) {
        const req = profiles[i]!;
        if (req.minSeniority !== level) continue;
        const take = Math.min(Math.max(0, req.count), pool);
        filled[i] = take;
        pool -= take;
      }
    }
  }
  return filled;
}

function availableBy(coop: CandidateCoop, startDay: number): number {
  let n = Math.max(0, coop.free);
  for (const from of coop.couldBeFree) {
    if (from === null) n += 0.5;
    else if (dayNumber(from) <= startDay) n += 1;
  }
  return n;
}

export function scoreCoop(lead: LeadToMatch, coop: CandidateCoop, today: string): CoopMatch {
  const filled = coverageByRequirement(lead.profiles, coop.skills);
  const required = lead.profiles.reduce((s, p) => s + Math.max(0, p.count), 0);
  const largestTeam = Math.max(
    0,
    ...[...coop.skills.values()].map((c) => SENIORITIES.reduce((s, l) => s + Math.max(0, c[l] ?? 0), 0)),
  );
  // A person counts once: never more than the people the co-op has (at least those one technology shows).
  const heads = Math.max(coop.headcount, largestTeam);
  const covered = Math.min(
    filled.reduce((s, n) => s + n, 0),
    heads,
  );
  const gaps = lead.profiles.flatMap((p, i) =>
    filled[i]! < p.count
      ? [{ technology: p.technology, minSeniority: p.minSeniority, missing: p.count - filled[i]! }]
      : [],
  );

  const todayDay = dayNumber(today);
  const startDay = lead.startDate ? Math.max(dayNumber(lead.startDate), todayDay) : todayDay;
  const availableAtStart = availableBy(coop, startDay);

  const spoken = new Set(coop.languages.map(primaryLanguage));
  const wanted = [...new Set(lead.languages.map(primaryLanguage))];
  const languagesMatched = wanted.filter((l) => spoken.has(l)).length;

  const coverage = required === 0 ? 1 : covered / required;
  const availability =
    required === 0 ? (availableAtStart > 0 ? 1 : 0) : Math.min(1, availableAtStart / required);
  const language = wanted.length === 0 ? 1 : languagesMatched / wanted.length;
  const rest = AVAILABILITY_WEIGHT * availability + LANGUAGE_WEIGHT * language;
  const coversAll = covered >= required;
  // Covering everyone dominates: [0.5, 1] for full cover, [0, 0.5) for partial, ordered within by the rest.
  const raw = coversAll ? 0.5 + 0.5 * rest : 0.5 * coverage * (0.5 + 0.5 * rest);
  const score = Math.round(raw * 10_000) / 10_000;

  const parts = [`can field ${covered} of ${required} ${required === 1 ? 'person' : 'people'}`];
  parts.push(`${formatCount(availableAtStart)} available by ${lead.startDate ?? 'now'}`);
  if (wanted.length) parts.push(`speaks ${languagesMatched} of ${wanted.length} languages`);
  const reason = `${parts.join('; ')}.`;
  return {
    coopId: coop.id,
    score,
    required,
    covered,
    coversAll,
    availableAtStart,
    languagesRequired: wanted.length,
    languagesMatched,
    gaps,
    reason: reason.charAt(0).toUpperCase() + reason.slice(1),
  };
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
  const fitting = coops
    .map((c) => scoreCoop(lead, c, opts.today))
    .filter((m) => m.score >= threshold && (m.required === 0 || m.covered > 0));
  fitting.sort(
    (a, b) =>
      b.score - a.score || b.covered - a.covered || (a.coopId < b.coopId ? -1 : a.coopId > b.coopId ? 1 : 0),
  );
  return opts.limit === undefined ? fitting : fitting.slice(0, opts.limit);
}
