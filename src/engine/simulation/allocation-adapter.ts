/**
 * Lets the simulator replay the production recommendation engine
 * (src/engine/allocation) under a network's real AllocationPolicy, next to the
 * simulator's own policies. The synthetic stream has no languages, dates or
 * declared capacity, so those are filled in neutrally: no languages asked,
 * every co-op can start today, and capacity is what its free people could
 * give in the coming month.
 */
import type {
  AllocationPolicy,
  InterestForRecommendation,
  LeadForRecommendation,
} from '../allocation/allocation.types.ts';
import { dayNumber, isoFromDayNumber } from '../allocation/calendar.ts';
import { recommend } from '../allocation/recommend.ts';
import type { Candidate } from './policies.ts';
import type { SimLead, SimPerson } from './simulation.types.ts';

/** Simulation day 0, as a calendar date: any fixed date keeps runs reproducible. */
const START_DAY = dayNumber('2026-01-01');
/** Working days a free person can give in the month after a lead arrives. */
const WORKING_DAYS_PER_MONTH = 20;

export interface EngineChoice {
  lead: SimLead;
  candidates: readonly Candidate[];
  /** The people each candidate proposes, by co-op id. */
  peopleOf: (coopId: string) => readonly SimPerson[];
  totalReceived: number;
  coopCount: number;
  headcount: number;
  seed: string;
}

export function chooseWithEngine(policy: AllocationPolicy, choice: EngineChoice): Candidate | null {
  if (choice.candidates.length === 0) return null;
  const lead: LeadForRecommendation = {
    id: choice.lead.id,
    requiredProfiles: choice.lead.profiles,
    languages: [],
    startDate: null,
    effortPersonDays: choice.lead.effortPersonDays,
  };
  const interests: InterestForRecommendation[] = choice.candidates.map((c) => {
    const proposed = new Set(c.staffing.personIds);
    const freePeople = Math.round(c.availability * c.coop.headcount);
    return {
      coopId: c.coop.id,
      coopName: c.coop.name,
      stage: c.coop.stage,
      headcount: c.coop.headcount,
      declaredNeed: c.coop.need,
      occupancy: 1 - c.availability,
      availableFrom: null,
      capacityPersonDays: Math.max(proposed.size, freePeople) * WORKING_DAYS_PER_MONTH,
      proposedPeople: choice
        .peopleOf(c.coop.id)
        .filter((p) => proposed.has(p.id))
        .map((p) => ({ id: p.id, expertise: p.expertise, languages: [] })),
      // The simulation's whole run is the fairness window.
      receivedPersonDaysInWindow: c.received,
      receivedValueInWindow: 0,
    };
  });
  const recommendation = recommend(lead, interests, policy, {
    today: isoFromDayNumber(START_DAY + choice.lead.day),
    seed: choice.seed,
    networkTotals: {
      coopCount: choice.coopCount,
      headcount: choice.headcount,
      receivedPersonDaysInWindow: choice.totalReceived,
      receivedValueInWindow: 0,
    },
  });
  const top = recommendation.ranked.find((r) => r.eligible);
  return top ? (choice.candidates.find((c) => c.coop.id === top.coopId) ?? null) : null;
}
