/**
 * Inputs and outputs of the allocation recommendation engine. Everything here
 * is plain, JSON-serialisable data: a recommendation is kept with its inputs
 * so that anyone can recompute it later and get the same answer.
 */
import type { Expertise, Need, ProfileRequirement, Stage } from '../vocabulary.ts';

export const FACTORS = ['fit', 'availability', 'capacity', 'need', 'fairness'] as const;
export type Factor = (typeof FACTORS)[number];

export type FactorWeights = Record<Factor, number>;

export const ALLOCATION_METHODS = ['weighted_score', 'need_lottery', 'weighted_picking'] as const;
/**
 * - `weighted_score`: highest weighted sum of the five factors first.
 * - `need_lottery`: a seeded draw among co-ops at or above the fit threshold,
 *   each holding tickets in proportion to its need.
 * - `weighted_picking`: a draft order: among co-ops at or above the fit
 *   threshold, the one that received least work against its entitlement picks first.
 */
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];

/** The network's allocation policy. Versioned, because past recommendations must name the rules they used. */
export interface AllocationPolicy {
  version: number;
  method: AllocationMethod;
  /** Non-negative; normalised by their sum, so only their proportions matter. */
  weights: FactorWeights;
  /** 0..1: the fit a co-op needs to enter the lottery or the picking order. */
  fitThreshold: number;
  /** 0..1: extra need credited to co-ops at stage `new` (0 turns the boost off). */
  newCoopBoost: number;
  /** What a fair share is: the same for every co-op, or in proportion to its people. */
  entitlement: 'equal' | 'headcount';
  /** Which ledger column "work received" is measured in. */
  fairnessMeasure: 'person_days' | 'value';
  /** Length of the trailing window the caller summed the fairness ledger over. */
  fairnessWindowDays: number;
  /** When true, co-ops covering every required profile always rank ahead of those that do not. */
  mandatoryProfiles: boolean;
}

export const DEFAULT_POLICY: AllocationPolicy = {
  version: 1,
  method: 'weighted_score',
  weights: { fit: 0.3, availability: 0.15, capacity: 0.15, need: 0.2, fairness: 0.2 },
  fitThreshold: 0.5,
  newCoopBoost: 0.25,
  entitlement: 'equal',
  fairnessMeasure: 'person_days',
  fairnessWindowDays: 365,
  mandatoryProfiles: true,
};

export interface LeadForRecommendation {
  id: string;
  requiredProfiles: ProfileRequirement[];
  /** Languages the work must be done in (BCP 47 tags; only the primary subtag is compared). */
  languages: string[];
  /** ISO date (YYYY-MM-DD); null means "as soon as possible", i.e. `today`. */
  startDate: string | null;
  /** Total effort the lead needs; null when nobody knows yet. */
  effortPersonDays: number | null;
}

export interface ProposedPerson {
  id: string;
  expertise: Expertise[];
  languages: string[];
}

/** One co-op's answer to the lead, plus what the ledger says it received recently. */
export interface InterestForRecommendation {
  coopId: string;
  coopName: string;
  stage: Stage;
  headcount: number;
  declaredNeed: Need;
  /** 0..1: share of the co-op's people currently busy. */
  occupancy: number;
  /** ISO date it can start; null means it can start right away. */
  availableFrom: string | null;
  capacityPersonDays: number;
  proposedPeople: ProposedPerson[];
  /** From the fairness ledger, summed over the policy's window. */
  receivedPersonDaysInWindow: number;
  receivedValueInWindow: number;
}

/** Whole-network figures the entitlement is measured against (all co-ops, not only the interested ones). */
export interface NetworkTotals {
  coopCount: number;
  headcount: number;
  receivedPersonDaysInWindow: number;
  receivedValueInWindow: number;
}

export interface RecommendationContext {
  /** ISO date the recommendation is made on. */
  today: string;
  /** Lottery seed; when absent it is derived from the lead id and `today`, so the result stays reproducible. */
  seed?: string | number;
  networkTotals: NetworkTotals;
}

export interface FactorScore {
  /** 0..1, higher is better for the co-op. */
  value: number;
  /** Policy weight after normalisation (weights sum to 1). */
  weight: number;
  /** value × weight; the contributions add up to the score. */
  contribution: number;
}

export type Gap =
  | { kind: 'profile'; technology: string; minSeniority: ProfileRequirement['minSeniority']; missing: number }
  | { kind: 'language'; language: string };

/** The raw figures behind each factor, so an explanation can be checked by hand. */
export interface FactorDetails {
  profilesRequired: number;
  profilesCovered: number;
  languagesRequired: number;
  languagesCovered: number;
  /** Day the co-op can start (ISO), after clamping to today. */
  canStartOn: string;
  /** Days between the lead's start and the co-op's; 0 when on time. */
  startDelayDays: number;
  capacityPersonDays: number;
  effortPersonDays: number | null;
  declaredNeed: Need;
  occupancy: number;
  isNewCoop: boolean;
  /** Work received in the window divided by the work it was entitled to; 1 is exactly its share. */
  receivedVsEntitlement: number;
  receivedInWindow: number;
}

export interface RankedCoop {
  coopId: string;
  coopName: string;
  /** 1-based. */
  rank: number;
  /** Weighted score 0..1, reported under every method. */
  score: number;
  factors: Record<Factor, FactorScore>;
  details: FactorDetails;
  coversMandatory: boolean;
  /** Whether the co-op passed the method's entry rules (fit threshold, mandatory profiles). */
  eligible: boolean;
  /** need_lottery: the co-op's tickets; weighted_picking: its pick priority (lower picks first); otherwise null. */
  methodValue: number | null;
  gaps: Gap[];
  explanation: { en: string; es: string };
}

export interface Recommendation {
  leadId: string;
  today: string;
  policyVersion: number;
  method: AllocationMethod;
  /** The full policy the ranking was made under, for audit. */
  policy: AllocationPolicy;
  /** The seed the lottery drew with; null when the method draws nothing. */
  seed: string | null;
  ranked: RankedCoop[];
}
