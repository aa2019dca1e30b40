/**
 * recommend(): who should take a lead, ranked and explained, under the
 * network's policy. A pure function of its arguments — no clock, no I/O, no
 * global randomness — so a kept recommendation can be recomputed from its
 * inputs and must come out identical; that is what makes it auditable.
 */
import {
  type AllocationPolicy,
  FACTORS,
  type Factor,
  type FactorScore,
  type InterestForRecommendation,
  type LeadForRecommendation,
  type RankedCoop,
  type Recommendation,
  type RecommendationContext,
} from './allocation.types.ts';
import { dayNumber, isoFromDayNumber } from './calendar.ts';
import { explain } from './explain.ts';
import { scoreAvailability, scoreCapacity, scoreFairness, scoreNeed } from './factors.ts';
import { scoreFit } from './fit.ts';
import { type Candidate, orderCandidates } from './methods.ts';

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

const finiteAtLeast = (x: number, min: number): boolean => Number.isFinite(x) && x >= min;

function validate(
  lead: LeadForRecommendation,
  interests: InterestForRecommendation[],
  policy: AllocationPolicy,
  context: RecommendationContext,
): void {
  check(Number.isInteger(policy.version) && policy.version >= 1, 'policy.version must be a positive integer');
  const weights = FACTORS.map((f) => policy.weights[f]);
  check(
    weights.every((w) => finiteAtLeast(w, 0)),
    'policy weights must be finite and non-negative',
  );
  check(
    weights.some((w) => w > 0),
    'at least one policy weight must be positive',
  );
  check(
    finiteAtLeast(policy.fitThreshold, 0) && policy.fitThreshold <= 1,
    'policy.fitThreshold must be in 0..1',
  );
  check(
    finiteAtLeast(policy.newCoopBoost, 0) && policy.newCoopBoost <= 1,
    'policy.newCoopBoost must be in 0..1',
  );
  check(finiteAtLeast(policy.fairnessWindowDays, 1), 'policy.fairnessWindowDays must be at least 1');
  const totals = context.networkTotals;
  check(
    Number.isInteger(totals.coopCount) && totals.coopCount >= 1,
    'networkTotals.coopCount must be at least 1',
  );
  check(
    finiteAtLeast(totals.headcount, 0) &&
      finiteAtLeast(totals.receivedPersonDaysInWindow, 0) &&
      finiteAtLeast(totals.receivedValueInWindow, 0),
    'networkTotals must be finite and non-negative',
  );
  for (const r of lead.requiredProfiles) {
    check(
      Number.isInteger(r.count) && r.count >= 1,
      `required profile ${r.technology} needs a count of at least 1`,
    );
  }
  check(
    lead.effortPersonDays === null || finiteAtLeast(lead.effortPersonDays, 0),
    'lead.effortPersonDays must be non-negative',
  );
  const seen = new Set<string>();
  for (const i of interests) {
    check(!seen.has(i.coopId), `co-op ${i.coopId} is interested twice`);
    seen.add(i.coopId);
    check(finiteAtLeast(i.occupancy, 0) && i.occupancy <= 1, `co-op ${i.coopId}: occupancy must be in 0..1`);
    check(
      finiteAtLeast(i.headcount, 0) &&
        finiteAtLeast(i.capacityPersonDays, 0) &&
        finiteAtLeast(i.receivedPersonDaysInWindow, 0) &&
        finiteAtLeast(i.receivedValueInWindow, 0),
      `co-op ${i.coopId}: headcount, capacity and received work must be non-negative`,
    );
  }
}

interface Scored extends Candidate {
  interest: InterestForRecommendation;
  factors: Record<Factor, FactorScore>;
  details: RankedCoop['details'];
  gaps: RankedCoop['gaps'];
  ratio: number;
}

function scoreInterest(
  lead: LeadForRecommendation,
  interest: InterestForRecommendation,
  policy: AllocationPolicy,
  context: RecommendationContext,
  days: { today: number; leadStart: number | null },
): Scored {
  const fit = scoreFit(lead.requiredProfiles, lead.languages, interest.proposedPeople);
  const availableFrom = interest.availableFrom === null ? null : dayNumber(interest.availableFrom);
  const availability = scoreAvailability(days.leadStart, availableFrom, days.today);
  const capacity = scoreCapacity(interest.capacityPersonDays, lead.effortPersonDays);
  const need = scoreNeed(interest, policy.newCoopBoost);
  const fairness = scoreFairness(interest, context.networkTotals, policy);

  const values: Record<Factor, number> = {
    fit: fit.value,
    availability: availability.value,
    capacity,
    need,
    fairness: fairness.value,
  };
  const totalWeight = FACTORS.reduce((sum, f) => sum + policy.weights[f], 0);
  let score = 0;
  const factors = {} as Record<Factor, FactorScore>;
  for (const f of FACTORS) {
    const weight = policy.weights[f] / totalWeight;
    const contribution = values[f] * weight;
    factors[f] = { value: values[f], weight, contribution };
    score += contribution;
  }

  return {
    coopId: interest.coopId,
    score,
    coversAll: fit.coversAll,
    fit: fit.value,
    need,
    pickPriority: fairness.pickPriority,
    interest,
    factors,
    gaps: fit.gaps,
    ratio: fairness.ratio,
    details: {
      profilesRequired: fit.profilesRequired,
      profilesCovered: fit.profilesCovered,
      languagesRequired: fit.languagesRequired,
      languagesCovered: fit.languagesCovered,
      canStartOn: isoFromDayNumber(availability.canStartOn),
      startDelayDays: availability.delayDays,
      capacityPersonDays: interest.capacityPersonDays,
      effortPersonDays: lead.effortPersonDays,
      declaredNeed: interest.declaredNeed,
      occupancy: interest.occupancy,
      isNewCoop: interest.stage === 'new',
      receivedVsEntitlement: fairness.ratio,
      receivedInWindow: fairness.received,
    },
  };
}

/** The seed is derived, never drawn, when the caller gives none: the same lead on the same day draws the same. */
export function resolveSeed(leadId: string, today: string, seed: string | number | undefined): string {
  return seed === undefined ? `${leadId}:${today}` : String(seed);
}

export function recommend(
  lead: LeadForRecommendation,
  interests: InterestForRecommendation[],
  policy: AllocationPolicy,
  context: RecommendationContext,
): Recommendation {
  validate(lead, interests, policy, context);
  const days = {
    today: dayNumber(context.today),
    leadStart: lead.startDate === null ? null : dayNumber(lead.startDate),
  };
  const seed = resolveSeed(lead.id, context.today, context.seed);
  const scored = interests.map((i) => scoreInterest(lead, i, policy, context, days));
  const leastRatio = scored.reduce((min, s) => Math.min(min, s.ratio), Number.POSITIVE_INFINITY);
  const anyCoversAll = scored.some((s) => s.coversAll);
  const usedSeed = policy.method === 'need_lottery' ? seed : null;

  const ranked: RankedCoop[] = orderCandidates(scored, policy, seed).map(
    ({ candidate: s, eligible, methodValue }, i) => {
      const rank = i + 1;
      return {
        coopId: s.coopId,
        coopName: s.interest.coopName,
        rank,
        score: s.score,
        factors: s.factors,
        details: s.details,
        coversMandatory: s.coversAll,
        eligible,
        methodValue,
        gaps: s.gaps,
        explanation: explain({
          rank,
          method: policy.method,
          seed: usedSeed,
          eligible,
          mandatoryProfiles: policy.mandatoryProfiles,
          anyCoversAll,
          fitThreshold: policy.fitThreshold,
          fairnessWindowDays: policy.fairnessWindowDays,
          today: context.today,
          receivedLeast: scored.length > 1 && s.ratio === leastRatio,
          gaveStartDate: s.interest.availableFrom !== null,
          coversAll: s.coversAll,
          factors: s.factors,
          details: s.details,
          gaps: s.gaps,
        }),
      };
    },
  );

  return {
    leadId: lead.id,
    today: context.today,
    policyVersion: policy.version,
    method: policy.method,
    policy: structuredClone(policy),
    seed: usedSeed,
    ranked,
  };
}
