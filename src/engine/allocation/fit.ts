/**
 * Fit: how well the people a co-op proposes cover the lead's required
 * profiles and languages.
 *
 * A requirement of `count` people becomes `count` slots, and a person can
 * fill at most one slot. Which person goes where matters: a senior who knows
 * both React and Go must not be spent on the React slot when only they can
 * fill the Go one. So coverage is a maximum bipartite matching (augmenting
 * paths), never a greedy pass — greedy would sometimes report a gap that a
 * better assignment closes, and the promise that a co-op covering every
 * mandatory profile outranks one that does not depends on "covers" being exact.
 */
import { type ProfileRequirement, seniorityRank } from '../vocabulary.ts';
import type { Gap, ProposedPerson } from './allocation.types.ts';

/** Share of fit that comes from profiles when the lead also asks for languages. */
export const PROFILE_SHARE_OF_FIT = 0.8;

export interface FitResult {
  /** 0..1 */
  value: number;
  profilesRequired: number;
  profilesCovered: number;
  coversAll: boolean;
  languagesRequired: number;
  languagesCovered: number;
  gaps: Gap[];
}

export function normaliseTechnology(t: string): string {
  return t.trim().toLowerCase();
}

/** "es-AR" and "es" are the same working language for a team. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function qualifies(person: ProposedPerson, req: ProfileRequirement): boolean {
  const tech = normaliseTechnology(req.technology);
  const min = seniorityRank(req.minSeniority);
  return person.expertise.some(
    (e) => normaliseTechnology(e.technology) === tech && seniorityRank(e.seniority) >= min,
  );
}

/**
 * Maximum matching of slots to people (Kuhn's algorithm). Returns, for each
 * requirement, how many of its slots were filled. Sizes are a handful of
 * slots and people per interest, so O(slots × edges) is nothing.
 */
export function matchProfiles(requirements: ProfileRequirement[], people: ProposedPerson[]): number[] {
  const slotReq: number[] = [];
  requirements.forEach((req, i) => {
    for (let k = 0; k < req.count; k++) slotReq.push(i);
  });
  const canFill: boolean[][] = requirements.map((req) => people.map((p) => qualifies(p, req)));
  const personSlot: number[] = people.map(() => -1);

  const tryAssign = (slot: number, seen: boolean[]): boolean => {
    const row = canFill[slotReq[slot]!]!;
    for (let p = 0; p < people.length; p++) {
      if (!row[p] || seen[p]) continue;
      seen[p] = true;
      const holder = personSlot[p]!;
      if (holder === -1 || tryAssign(holder, seen)) {
        personSlot[p] = slot;
        return true;
      }
    }
    return false;
  };

  const filled = requirements.map(() => 0);
  for (let slot = 0; slot < slotReq.length; slot++) {
    tryAssign(
      slot,
      people.map(() => false),
    );
  }
  for (const slot of personSlot) {
    if (slot !== -1) filled[slotReq[slot]!]!++;
  }
  return filled;
}

export function scoreFit(
  requirements: ProfileRequirement[],
  leadLanguages: string[],
  people: ProposedPerson[],
): FitResult {
  const filled = matchProfiles(requirements, people);
  const gaps: Gap[] = [];
  let required = 0;
  let covered = 0;
  requirements.forEach((req, i) => {
    const got = filled[i] ?? 0;
    required += req.count;
    covered += got;
    if (got < req.count) {
      gaps.push({
        kind: 'profile',
        technology: req.technology,
        minSeniority: req.minSeniority,
        missing: req.count - got,
      });
    }
  });

  const spoken = new Set(people.flatMap((p) => p.languages.map(primaryLanguage)));
  const wanted = [...new Set(leadLanguages.map(primaryLanguage))];
  const missingLanguages = wanted.filter((l) => !spoken.has(l));
  for (const language of missingLanguages) gaps.push({ kind: 'language', language });

  const profileCoverage = required === 0 ? 1 : covered / required;
  const languageCoverage =
    wanted.length === 0 ? 1 : (wanted.length - missingLanguages.length) / wanted.length;
  let value: number;
  if (wanted.length === 0) value = profileCoverage;
  else if (required === 0) value = languageCoverage;
  else value = PROFILE_SHARE_OF_FIT * profileCoverage + (1 - PROFILE_SHARE_OF_FIT) * languageCoverage;

  return {
    value,
    profilesRequired: required,
    profilesCovered: covered,
    coversAll: covered === required,
    languagesRequired: wanted.length,
    languagesCovered: wanted.length - missingLanguages.length,
    gaps,
  };
}
