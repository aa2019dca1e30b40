/**
 * Turns a team request and its candidates into the arrays every solver reads:
 * who may fill which requirement (a "pair"), what each pair is worth, how
 * many slots each person can hold, and which co-ops have worked together.
 * Exact solver, heuristic, brute force and `evaluateTeam` all score through
 * this one model, so their numbers agree to the last digit.
 */
import { type Availability, seniorityRank } from '../vocabulary.ts';
import {
  type CandidateCoop,
  type CandidatePerson,
  DEFAULT_TEAM_WEIGHTS,
  type TeamCandidates,
  type TeamRequest,
  type TeamWeights,
} from './teams.types.ts';

/**
 * What one covered role is worth next to the whole score (which lies in 0..1):
 * large enough that no gain in score ever pays for leaving a role uncovered.
 */
export const COVER_VALUE = 10;

export interface ModelPerson {
  coop: number;
  person: CandidatePerson;
  /** Slots this person can hold at once. */
  capacity: number;
}

/** Person `person` may fill one slot of requirement `req`. */
export interface ModelPair {
  person: number;
  req: number;
  coop: number;
  fit: number;
  /** Contribution to the score (fit and fairness parts, already weighted). */
  value: number;
}

export interface TeamModel {
  request: TeamRequest;
  weights: TeamWeights;
  coops: CandidateCoop[];
  people: ModelPerson[];
  pairs: ModelPair[];
  pairsOfCoop: number[][];
  counts: number[];
  slots: number;
  /** Slots plus the coordinating role when one is required. */
  roles: number;
  /** 0..1 per co-op: how much the ledger and its stage say it is owed work. */
  fairness: number[];
  /** 0..1 per co-op, or -1 when the co-op does not offer to coordinate. */
  coordinatorFit: number[];
  /** Past collaboration between co-ops that have at least one pair. */
  links: { a: number; b: number; strength: number }[];
  linksOfCoop: { other: number; strength: number }[][];
  /** Denominator of the co-op count and trust parts: the most links a team can need. */
  linkDenominator: number;
  /** Denominator of the fit part: every slot, plus the coordinator. */
  fitDenominator: number;
}

export function collaborationKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Hours a week one slot needs when `effortPersonDays` of work (8-hour days)
 * spread evenly over the weeks between the dates and over `slots` people.
 */
export function hoursPerSlotFor(
  effortPersonDays: number,
  startDate: string,
  endDate: string,
  slots: number,
): number {
  const days = (Date.parse(endDate.slice(0, 10)) - Date.parse(startDate.slice(0, 10))) / 86_400_000;
  const weeks = Math.max(1, days / 7);
  return (effortPersonDays * 8) / weeks / Math.max(1, slots);
}

function sameTechnology(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Free on the start date, for sure or probably; null when not free by then. */
export function availabilityFactor(person: CandidatePerson, startDate: string): number | null {
  if (person.freeFrom !== null) return person.freeFrom.slice(0, 10) <= startDate.slice(0, 10) ? 1 : null;
  const factors: Record<Availability, number | null> = { free: 1, could_be_free: 0.7, busy: null };
  return factors[person.availability];
}

export function slotCapacity(person: CandidatePerson, hoursPerSlot: number): number {
  if (!(hoursPerSlot > 0)) return Number.POSITIVE_INFINITY;
  return Math.floor(person.hoursPerWeek / hoursPerSlot + 1e-9);
}

/** Index of the person's best qualifying expertise, or -1. */
export function qualifyingExpertise(person: CandidatePerson, technology: string, minRank: number): number {
  let best = -1;
  person.expertise.forEach((e, i) => {
    if (!sameTechnology(e.technology, technology) || seniorityRank(e.seniority) < minRank) return;
    const current = best >= 0 ? person.expertise[best] : undefined;
    if (
      !current ||
      seniorityRank(e.seniority) * 100 + e.years > seniorityRank(current.seniority) * 100 + current.years
    ) {
      best = i;
    }
  });
  return best;
}

/**
 * Fit of a person for a requirement: mostly meeting it at all, then years of
 * practice and seniority above the minimum, all discounted when the person is
 * only "could be free".
 */
function pairFit(
  person: CandidatePerson,
  expertiseIndex: number,
  minRank: number,
  availability: number,
): number {
  const e = person.expertise[expertiseIndex]!;
  const surplus = Math.min(2, seniorityRank(e.seniority) - minRank) / 2;
  return availability * (0.7 + 0.2 * (Math.min(10, Math.max(0, e.years)) / 10) + 0.1 * surplus);
}

/** Owed work (1 - ledger share) counts most; being new or still growing adds to it. */
function coopFairness(coop: CandidateCoop): number {
  const owed = 1 - Math.min(1, Math.max(0, coop.ledgerShare));
  const stage = { new: 1, growing: 0.5, stable: 0 }[coop.stage];
  return 0.8 * owed + 0.2 * stage;
}

/** Coordinating a team asks for experience, which a stable co-op has had time to gather. */
function coopCoordinatorFit(coop: CandidateCoop): number {
  if (coop.canCoordinate === false) return -1;
  return { stable: 1, growing: 0.7, new: 0.4 }[coop.stage];
}

export function normaliseWeights(weights: TeamWeights | undefined): TeamWeights {
  const w = weights ?? DEFAULT_TEAM_WEIGHTS;
  const parts = [w.fit, w.coops, w.trust, w.fairness].map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return normaliseWeights(DEFAULT_TEAM_WEIGHTS);
  const [fit, coops, trust, fairness] = parts.map((v) => v / total) as [number, number, number, number];
  return { fit, coops, trust, fairness };
}

export function buildTeamModel(request: TeamRequest, candidates: TeamCandidates): TeamModel {
  const weights = normaliseWeights(request.weights);
  const counts = request.requirements.map((r) => Math.max(0, Math.floor(r.count)));
  const slots = counts.reduce((a, b) => a + b, 0);
  const roles = slots + (request.coordinatorRequired ? 1 : 0);
  const fitDenominator = Math.max(1, roles);
  const slotDenominator = Math.max(1, slots);
  const coops = candidates.coops;
  const fairness = coops.map(coopFairness);
  const coordinatorFit = coops.map(coopCoordinatorFit);
  const minRanks = request.requirements.map((r) => seniorityRank(r.minSeniority));

  const people: ModelPerson[] = [];
  const pairs: ModelPair[] = [];
  const pairsOfCoop: number[][] = coops.map(() => []);
  coops.forEach((coop, c) => {
    for (const person of coop.people) {
      const availability = availabilityFactor(person, request.startDate);
      const capacity = slotCapacity(person, request.hoursPerSlot);
      if (availability === null || capacity < 1) continue;
      const p = people.length;
      let added = 0;
      request.requirements.forEach((req, r) => {
        if ((counts[r] ?? 0) === 0) return;
        const minRank = minRanks[r]!;
        const e = qualifyingExpertise(person, req.technology, minRank);
        if (e < 0) return;
        const fit = pairFit(person, e, minRank, availability);
        const value =
          (weights.fit * fit) / fitDenominator + (weights.fairness * fairness[c]!) / slotDenominator;
        pairsOfCoop[c]!.push(pairs.length);
        pairs.push({ person: p, req: r, coop: c, fit, value });
        added++;
      });
      if (added > 0) people.push({ coop: c, person, capacity: Math.min(capacity, added) });
    }
  });

  const indexOf = new Map(coops.map((coop, c) => [coop.coopId, c]));
  const links: TeamModel['links'] = [];
  const linksOfCoop: TeamModel['linksOfCoop'] = coops.map(() => []);
  const seen = new Set<string>();
  for (const [key, raw] of Object.entries(candidates.collaboration)) {
    // Six decimals are more than any record of collaboration holds, and keep the solver's numbers sane.
    const strength = Math.round(Math.min(1, Math.max(0, raw)) * 1e6) / 1e6;
    const [idA, idB] = key.split('|');
    const a = indexOf.get(idA ?? '');
    const b = indexOf.get(idB ?? '');
    if (a === undefined || b === undefined || a === b || strength === 0) continue;
    // "a|b" and "b|a" name the same link: count it once.
    const canonical = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (seen.has(canonical)) continue;
    seen.add(canonical);
    if (pairsOfCoop[a]!.length === 0 || pairsOfCoop[b]!.length === 0) continue;
    links.push({ a, b, strength });
    linksOfCoop[a]!.push({ other: b, strength });
    linksOfCoop[b]!.push({ other: a, strength });
  }

  return {
    request,
    weights,
    coops,
    people,
    pairs,
    pairsOfCoop,
    counts,
    slots,
    roles,
    fairness,
    coordinatorFit,
    links,
    linksOfCoop,
    linkDenominator: Math.max(1, slots - 1),
    fitDenominator,
  };
}
