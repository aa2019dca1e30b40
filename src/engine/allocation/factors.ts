/**
 * The four factors besides fit, each a pure function onto 0..1 where higher
 * favours the co-op. The shapes are deliberately simple so that a member can
 * check a recommendation with a pencil: see the constants below.
 */
import { needLevel } from '../vocabulary.ts';
import type { AllocationPolicy, InterestForRecommendation, NetworkTotals } from './allocation.types.ts';

/** Every two weeks of delay after the lead's start halves the availability score. */
export const AVAILABILITY_HALF_LIFE_DAYS = 14;
/** Need is mostly what the co-op declares; idle people are the evidence behind it. */
export const DECLARED_SHARE_OF_NEED = 0.6;
/** Keeps ratios finite (and JSON-serialisable) when a co-op's entitlement is zero. */
export const RATIO_CAP = 1e6;

export interface AvailabilityResult {
  value: number;
  canStartOn: number;
  delayDays: number;
}

/** All arguments are day numbers; a start in the past means "now". */
export function scoreAvailability(
  leadStart: number | null,
  availableFrom: number | null,
  today: number,
): AvailabilityResult {
  const wanted = Math.max(leadStart ?? today, today);
  const canStartOn = Math.max(availableFrom ?? today, today);
  const delayDays = Math.max(0, canStartOn - wanted);
  return { value: 0.5 ** (delayDays / AVAILABILITY_HALF_LIFE_DAYS), canStartOn, delayDays };
}

/** Person-days offered against effort needed; more than enough is not rewarded further. */
export function scoreCapacity(capacityPersonDays: number, effortPersonDays: number | null): number {
  if (effortPersonDays === null || effortPersonDays <= 0) return 1;
  return Math.min(1, Math.max(0, capacityPersonDays) / effortPersonDays);
}

/**
 * Declared need blended with the share of idle people, plus the policy's boost
 * for new co-ops. Dividing by (1 + boost) keeps the value in 0..1 without
 * clamping, so more need always means a strictly higher value.
 */
export function scoreNeed(
  interest: Pick<InterestForRecommendation, 'declaredNeed' | 'occupancy' | 'stage'>,
  newCoopBoost: number,
): number {
  const idle = 1 - Math.min(1, Math.max(0, interest.occupancy));
  const base =
    DECLARED_SHARE_OF_NEED * needLevel(interest.declaredNeed) + (1 - DECLARED_SHARE_OF_NEED) * idle;
  const boost = interest.stage === 'new' ? newCoopBoost : 0;
  return (base + boost) / (1 + newCoopBoost);
}

export interface FairnessResult {
  value: number;
  received: number;
  /** received ÷ entitled work; 1 means exactly its fair share. */
  ratio: number;
  /** Draft order key for weighted picking; lower picks first. */
  pickPriority: number;
}

function cap(x: number): number {
  return Number.isFinite(x) ? Math.min(x, RATIO_CAP) : RATIO_CAP;
}

/**
 * Work received over the window against the co-op's entitlement. The value is
 * 1 / (1 + ratio): 1 for a co-op that received nothing, ½ for one that got
 * exactly its share, towards 0 for one that got far more.
 */
export function scoreFairness(
  interest: Pick<
    InterestForRecommendation,
    'headcount' | 'receivedPersonDaysInWindow' | 'receivedValueInWindow'
  >,
  totals: NetworkTotals,
  policy: Pick<AllocationPolicy, 'entitlement' | 'fairnessMeasure'>,
): FairnessResult {
  const byValue = policy.fairnessMeasure === 'value';
  const received = Math.max(
    0,
    byValue ? interest.receivedValueInWindow : interest.receivedPersonDaysInWindow,
  );
  const total = Math.max(0, byValue ? totals.receivedValueInWindow : totals.receivedPersonDaysInWindow);
  const share =
    policy.entitlement === 'equal'
      ? 1 / totals.coopCount
      : totals.headcount > 0
        ? interest.headcount / totals.headcount
        : 0;
  const entitled = share * total;
  const ratio = received === 0 ? 0 : cap(received / entitled);

  // Sainte-Laguë: the next pick goes to the lowest (received + ½ unit) ÷ entitlement.
  // The half unit means that among co-ops that received nothing, a larger
  // entitlement picks first; the unit is what an average co-op received.
  const unit = total > 0 ? total / totals.coopCount : 1;
  const pickPriority = cap((received / unit + 0.5) / (share * totals.coopCount));

  return { value: 1 / (1 + ratio), received, ratio, pickPriority };
}
