/**
 * The words the whole of Minga shares: seniority levels, availability states,
 * co-op stages and declared need. Pure data, no I/O; the database enums, the
 * Zod schemas and the engines all derive from these lists.
 */

export const SENIORITIES = ['junior', 'semi_senior', 'senior', 'expert'] as const;
export type Seniority = (typeof SENIORITIES)[number];

/** 0 for junior … 3 for expert: "at least senior" means rank >= 2. */
export function seniorityRank(s: Seniority): number {
  return SENIORITIES.indexOf(s);
}

export const AVAILABILITIES = ['busy', 'free', 'could_be_free'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export const STAGES = ['new', 'growing', 'stable'] as const;
export type Stage = (typeof STAGES)[number];

export const NEEDS = ['low', 'medium', 'high'] as const;
export type Need = (typeof NEEDS)[number];

/** low 0, medium 0.5, high 1: how the engines read a declared need. */
export function needLevel(n: Need): number {
  return NEEDS.indexOf(n) / (NEEDS.length - 1);
}

/** One row of a lead's requirements: `count` people of `technology` at least `minSeniority`. */
export interface ProfileRequirement {
  technology: string;
  minSeniority: Seniority;
  count: number;
}

/** One skill of one person. */
export interface Expertise {
  technology: string;
  seniority: Seniority;
  years: number;
}
