/**
 * Inputs and outputs of the policy simulator: a network of co-ops, the
 * synthetic leads replayed against it, the policies compared, and the
 * side-by-side report. Plain data throughout, so a report can be kept, diffed
 * and rendered without the simulator.
 */
import type { AllocationPolicy } from '../allocation/allocation.types.ts';
import type { LorenzPoint } from '../fairness/inequality.ts';
import type { Expertise, Need, ProfileRequirement, Stage } from '../vocabulary.ts';

export interface SimPerson {
  id: string;
  expertise: Expertise[];
}

export interface SimCoop {
  id: string;
  name: string;
  stage: Stage;
  need: Need;
  headcount: number;
  technologies: string[];
  /** When absent, `headcount` people are synthesised from `technologies`, deterministically. */
  people?: SimPerson[];
}

export interface SimNetwork {
  coops: SimCoop[];
}

/** One lead of the synthetic stream. Days count from the start of the simulation. */
export interface SimLead {
  id: string;
  day: number;
  profiles: ProfileRequirement[];
  effortPersonDays: number;
}

/** A past lead of the network, used as a template for the synthetic stream. */
export interface HistoricalLead {
  profiles: ProfileRequirement[];
  effortPersonDays: number;
}

export interface LeadStreamParams {
  /** Mean of the Poisson number of leads per month. */
  leadsPerMonth: number;
  /** Relative frequency of each technology in leads (only positive weights are drawn). */
  technologyWeights: Record<string, number>;
  /**
   * Technologies that go together in one piece of work (by default each
   * co-op's own list): a lead's later profiles are drawn from a bundle that
   * holds its first, so a Drupal site asks for PHP rather than Kubernetes.
   * Without bundles, profiles are drawn independently.
   */
  bundles?: string[][];
  /** Relative frequency of 1, 2, 3 … required profiles per lead. */
  profilesPerLeadWeights: number[];
  /** Relative frequency of 1, 2 … people per profile. */
  peoplePerProfileWeights: number[];
  /** Relative frequency of junior, semi_senior, senior, expert as the minimum seniority. */
  seniorityWeights: [number, number, number, number];
  /** Effort is lognormal with this median, clipped to [min, max] person-days. */
  effortPersonDays: { median: number; sigma: number; min: number; max: number };
  /** When given, each lead resamples one of these (profiles and effort) instead. */
  templates?: HistoricalLead[];
}

/**
 * Work that reaches co-ops outside the network keeps their people busy too; it
 * is what makes availability change over time. Each person alternates busy and
 * free spells of lognormal length.
 */
export interface OwnWorkParams {
  /** Long-run share of time a person spends on the co-op's own clients. */
  busyShare: number;
  /** Median length of a busy spell, in days. */
  medianBusyDays: number;
}

export interface ScoreWeights {
  fit: number;
  availability: number;
  need: number;
  fairness: number;
}

export type Entitlement = 'equal' | 'headcount';

/** The policies the simulator decides itself, with its own scorer. */
export type SimulatorPolicySpec =
  | { kind: 'first-come'; label: string }
  | { kind: 'best-fit'; label: string }
  | { kind: 'weighted-score'; label: string; weights: ScoreWeights; entitlement: Entitlement }
  | {
      kind: 'need-lottery';
      label: string;
      fitThreshold: number;
      /** Tickets for low, medium and high need. */
      tickets: [number, number, number];
    }
  | { kind: 'weighted-picking'; label: string; entitlement: Entitlement };

/** The production recommendation engine under a network's policy; its top eligible co-op takes the lead. */
export interface EnginePolicySpec {
  kind: 'allocation-engine';
  label: string;
  policy: AllocationPolicy;
}

export type PolicySpec = SimulatorPolicySpec | EnginePolicySpec;

export type PolicyKind = PolicySpec['kind'];

export interface SimulationOptions {
  seed: string;
  months: number;
  policies: readonly PolicySpec[];
  leadStream?: Partial<LeadStreamParams>;
  ownWork?: Partial<OwnWorkParams>;
  /** Called after each simulated month of each policy; month is 1-based. */
  onProgress?: (policyIndex: number, month: number, months: number) => void;
}

export interface Assignment {
  leadId: string;
  coopId: string;
  day: number;
  personDays: number;
  fit: number;
}

export interface PolicyResult {
  label: string;
  kind: PolicyKind;
  /** Gini of person-days across all co-ops, zero-work co-ops included. */
  gini: number;
  /** Gini of person-days per member: what equal work per worker would bring to 0. */
  giniPerMember: number;
  shareToNew: number;
  shareToHighNeed: number;
  /** Mean fit (0..1) of the assignments made. */
  meanFit: number;
  filled: number;
  unfilled: number;
  unfilledShare: number;
  personDays: number;
  /** Co-ops that received any work. */
  coopsWithWork: number;
  /** Person-days received, by co-op id, in the network's order. */
  received: Record<string, number>;
  lorenz: LorenzPoint[];
  assignments: Assignment[];
}

export interface SimulationReport {
  seed: string;
  months: number;
  leads: number;
  coops: Array<Pick<SimCoop, 'id' | 'name' | 'stage' | 'need' | 'headcount'>>;
  leadStream: LeadStreamParams;
  ownWork: OwnWorkParams;
  policies: PolicyResult[];
}
