/**
 * Small builders for the allocation tests: each returns a plain, valid input
 * with dull defaults, so a test only spells out what it is about.
 */
import type { Seniority } from '../vocabulary.ts';
import type {
  InterestForRecommendation,
  LeadForRecommendation,
  NetworkTotals,
  ProposedPerson,
} from './allocation.types.ts';

export function person(
  id: string,
  skills: [string, Seniority][],
  languages: string[] = ['en'],
): ProposedPerson {
  return {
    id,
    expertise: skills.map(([technology, seniority]) => ({ technology, seniority, years: 3 })),
    languages,
  };
}

export function lead(overrides: Partial<LeadForRecommendation> = {}): LeadForRecommendation {
  return {
    id: 'lead-1',
    requiredProfiles: [],
    languages: [],
    startDate: null,
    effortPersonDays: null,
    ...overrides,
  };
}

export function interest(
  coopId: string,
  overrides: Partial<InterestForRecommendation> = {},
): InterestForRecommendation {
  return {
    coopId,
    coopName: `Co-op ${coopId}`,
    stage: 'stable',
    headcount: 10,
    declaredNeed: 'medium',
    occupancy: 0.5,
    availableFrom: null,
    capacityPersonDays: 100,
    proposedPeople: [],
    receivedPersonDaysInWindow: 0,
    receivedValueInWindow: 0,
    ...overrides,
  };
}

export function totals(overrides: Partial<NetworkTotals> = {}): NetworkTotals {
  return {
    coopCount: 10,
    headcount: 100,
    receivedPersonDaysInWindow: 1000,
    receivedValueInWindow: 100_000,
    ...overrides,
  };
}
