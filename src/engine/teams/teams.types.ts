/**
 * Inputs and outputs of the team builder: which co-ops and which of their
 * people should deliver a lead together. Plain, JSON-serialisable data, so a
 * proposal can be kept with its inputs and recomputed later.
 *
 * The hours model: every slot of a requirement (one of its `count` people)
 * asks `hoursPerSlot` hours a week for the length of the lead. A person can
 * hold floor(hoursPerWeek / hoursPerSlot) slots at once, and at most one slot
 * of any one requirement, because "two senior Elixir developers" means two
 * people, not one person working double.
 */
import type { Availability, Expertise, ProfileRequirement, Seniority, Stage } from '../vocabulary.ts';

/** How much each part of the score counts; non-negative, normalised by their sum. */
export interface TeamWeights {
  /** Seniority, years and availability of the people in each slot, and the coordinator's suitability. */
  fit: number;
  /** Fewer co-ops to coordinate, or more co-ops sharing the work, per `preference`. */
  coops: number;
  /** Share of the team's links between co-ops backed by past collaboration. */
  trust: number;
  /** Work going to co-ops the ledger says are owed work, and to new co-ops. */
  fairness: number;
}

export const DEFAULT_TEAM_WEIGHTS: TeamWeights = { fit: 0.4, coops: 0.25, trust: 0.15, fairness: 0.2 };

export interface TeamRequest {
  requirements: ProfileRequirement[];
  /** ISO date the work starts; a person must be free by then. */
  startDate: string;
  endDate?: string | null;
  /** Hours a week one slot needs; see `hoursPerSlotFor` to derive it from effort and dates. */
  hoursPerSlot: number;
  /** When true, one co-op of the team takes the coordinating role. */
  coordinatorRequired: boolean;
  /** The network's choice: keep coordination small, or spread the work across co-ops. */
  preference: 'fewest_coops' | 'spread_work';
  weights?: TeamWeights;
}

export interface CandidatePerson {
  id: string;
  name: string;
  expertise: Expertise[];
  availability: Availability;
  hoursPerWeek: number;
  /** ISO date from which the person is free; null means "as declared in `availability`, now". */
  freeFrom: string | null;
}

export interface CandidateCoop {
  coopId: string;
  name: string;
  stage: Stage;
  /** Work received over entitlement in the ledger's window: 0 = nothing yet, 1 = a full share. */
  ledgerShare: number;
  /** Whether the co-op offers to coordinate an inter-co-op team; true when absent. */
  canCoordinate?: boolean;
  people: CandidatePerson[];
}

export interface TeamCandidates {
  coops: CandidateCoop[];
  /** Strength 0..1 of past collaboration, keyed by `collaborationKey(a, b)`. */
  collaboration: Record<string, number>;
}

export type TeamMethod = 'exact' | 'heuristic';

export interface TeamOptions {
  /** How many distinct teams (distinct sets of co-ops) to propose. */
  maxTeams?: number;
  /** `auto` solves exactly up to `exactLimit` assignment variables, heuristically above. */
  mode?: 'auto' | TeamMethod;
  exactLimit?: number;
  /** Seconds the exact solver may spend on each team before it reports what it has. */
  timeLimitSeconds?: number;
  /** Above this many assignment variables the bound comes from counting, not from the LP. */
  lpLimit?: number;
}

export interface TeamPersonAssignment {
  personId: string;
  name: string;
  /** Indices into `request.requirements`. */
  covers: number[];
}

export interface TeamCoop {
  coopId: string;
  name: string;
  role: 'coordinator' | 'partner';
  people: TeamPersonAssignment[];
}

export interface Bilingual {
  en: string;
  es: string;
}

export type TeamGap =
  | {
      kind: 'profile';
      requirementIndex: number;
      technology: string;
      minSeniority: Seniority;
      missing: number;
      reason: Bilingual;
    }
  | { kind: 'coordinator'; reason: Bilingual };

/** Each part on 0..1; `score` is their weighted mean. */
export interface TeamComponents {
  fit: number;
  coops: number;
  trust: number;
  fairness: number;
}

export interface TeamProposal {
  coops: TeamCoop[];
  score: number;
  components: TeamComponents;
  /** Slots filled, plus the coordinating role when one is required. */
  coverage: { filled: number; required: number };
  gaps: TeamGap[];
  explanation: Bilingual;
}

export interface TeamBound {
  /** Upper bound on the score of any team with the best possible coverage. */
  value: number;
  kind: 'proven_optimum' | 'lp_relaxation' | 'counting';
}

export interface TeamBuildResult {
  method: TeamMethod;
  /** True when the first team is proven to have the best score. */
  optimal: boolean;
  bound: TeamBound | null;
  /** (bound - score of the first team) / bound; 0 when proven optimal, null without a bound. */
  gap: number | null;
  teams: TeamProposal[];
  stats: { coops: number; people: number; variables: number; millis: number };
}

/** A hand-picked composition, as the interactive builder holds it. */
export interface TeamChoice {
  coops: { coopId: string; personIds?: string[] }[];
  coordinatorId?: string;
}
