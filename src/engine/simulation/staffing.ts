/**
 * Whether a co-op can staff a lead with the people it has free right now, who
 * they would be, and how well they fit. Each required person is a slot; a
 * co-op that cannot fill every slot cannot take the lead on its own.
 */
import { type ProfileRequirement, seniorityRank } from '../vocabulary.ts';
import type { SimPerson } from './simulation.types.ts';

/** Fit of someone one level below the asked seniority: possible, with support. */
const STRETCH_QUALITY = 0.5;
/** Fit of someone at or above the asked seniority, before years of practice. */
const MATCH_QUALITY = 0.8;
/** Years of practice at which a matching person reaches fit 1. */
const FULL_PRACTICE_YEARS = 10;

/** 0 (cannot do it) … 1 (seasoned practitioner of that technology at the asked level). */
export function slotQuality(person: SimPerson, requirement: ProfileRequirement): number {
  let best = 0;
  for (const skill of person.expertise) {
    if (skill.technology !== requirement.technology) continue;
    const gap = seniorityRank(skill.seniority) - seniorityRank(requirement.minSeniority);
    let quality = 0;
    if (gap >= 0) {
      quality = MATCH_QUALITY + (1 - MATCH_QUALITY) * Math.min(1, skill.years / FULL_PRACTICE_YEARS);
    } else if (gap === -1) {
      quality = STRETCH_QUALITY;
    }
    best = Math.max(best, quality);
  }
  return best;
}

export interface Staffing {
  /** Mean slot quality, 0..1. */
  fit: number;
  personIds: string[];
}

/**
 * A greedy staffing: the slots with fewest candidates are filled first, each
 * by its best free candidate. Not always optimal, but it is what a co-op does
 * by hand and it never takes the same person twice.
 */
export function staffLead(
  people: readonly SimPerson[],
  isFree: (person: SimPerson) => boolean,
  profiles: readonly ProfileRequirement[],
): Staffing | null {
  const free = people.filter(isFree);
  const slots: Array<{ requirement: ProfileRequirement; candidates: Array<[SimPerson, number]> }> = [];
  for (const requirement of profiles) {
    const candidates: Array<[SimPerson, number]> = [];
    for (const person of free) {
      const q = slotQuality(person, requirement);
      if (q > 0) candidates.push([person, q]);
    }
    if (candidates.length < requirement.count) return null;
    candidates.sort((a, b) => b[1] - a[1]);
    for (let i = 0; i < requirement.count; i++) slots.push({ requirement, candidates });
  }
  if (slots.length === 0) return null;
  slots.sort((a, b) => a.candidates.length - b.candidates.length);
  const taken = new Set<string>();
  let total = 0;
  for (const slot of slots) {
    const choice = slot.candidates.find(([person]) => !taken.has(person.id));
    if (!choice) return null;
    taken.add(choice[0].id);
    total += choice[1];
  }
  return { fit: total / slots.length, personIds: [...taken] };
}
