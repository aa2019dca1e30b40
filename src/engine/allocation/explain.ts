/**
 * Plain-language explanation of one co-op's place in a recommendation, in
 * English and Spanish. This file decides what is worth saying — the strongest
 * reasons for the place, then the most costly weaknesses — and
 * explain.phrases.ts says it in each language.
 */
import type { AllocationMethod, Factor, FactorDetails, FactorScore, Gap } from './allocation.types.ts';
import { dayNumber } from './calendar.ts';
import { EN, ES, type Phrases, type ProfileGapWords } from './explain.phrases.ts';

/** Enough to say why without turning a sentence into a table. */
const MAX_STRENGTHS = 3;
const MAX_WEAKNESSES = 2;

export interface ExplanationFacts {
  rank: number;
  method: AllocationMethod;
  seed: string | null;
  eligible: boolean;
  mandatoryProfiles: boolean;
  /** Whether any interested co-op covers every required profile. */
  anyCoversAll: boolean;
  fitThreshold: number;
  fairnessWindowDays: number;
  today: string;
  /** Whether, among two or more interested co-ops, none received less work against its entitlement. */
  receivedLeast: boolean;
  /** Whether the co-op gave a start date (otherwise it can start right away). */
  gaveStartDate: boolean;
  coversAll: boolean;
  factors: Record<Factor, FactorScore>;
  details: FactorDetails;
  gaps: Gap[];
}

interface Reason {
  strong: boolean;
  /** How much the reason moved the score: contribution for strengths, weight lost for weaknesses. */
  impact: number;
  say: (p: Phrases) => string;
}

function idleShare(occupancy: number): number {
  return 1 - Math.min(1, Math.max(0, occupancy));
}

/** Which factors are worth mentioning: those the policy weighs, plus the one the method orders by. */
function counts(f: Factor, facts: ExplanationFacts): boolean {
  if (facts.factors[f].weight > 0) return true;
  if (f === 'fit') return facts.mandatoryProfiles || facts.method !== 'weighted_score';
  if (f === 'need') return facts.method === 'need_lottery';
  if (f === 'fairness') return facts.method === 'weighted_picking';
  return false;
}

function reasons(facts: ExplanationFacts): Reason[] {
  const d = facts.details;
  const today = dayNumber(facts.today);
  const out: Reason[] = [];
  const add = (f: Factor, strong: boolean, say: (p: Phrases) => string): void => {
    const { value, weight } = facts.factors[f];
    out.push({ strong, impact: strong ? value * weight : (1 - value) * weight, say });
  };

  if (counts('fit', facts)) {
    if (d.profilesRequired > 0) {
      const gaps = facts.gaps.filter((g): g is Extract<Gap, { kind: 'profile' }> => g.kind === 'profile');
      const words: ProfileGapWords[] = gaps.map(({ technology, minSeniority, missing }) => ({
        technology,
        minSeniority,
        missing,
      }));
      if (facts.coversAll) add('fit', true, (p) => p.coversAll(d.profilesRequired));
      else add('fit', false, (p) => p.coversSome(d.profilesCovered, d.profilesRequired, words));
    }
    const missingLanguages = facts.gaps.flatMap((g) => (g.kind === 'language' ? [g.language] : []));
    if (missingLanguages.length > 0) add('fit', false, (p) => p.missesLanguages(missingLanguages));
    else if (d.languagesRequired > 0 && d.profilesRequired === 0) add('fit', true, (p) => p.coversLanguages);
  }

  if (counts('availability', facts)) {
    const day = dayNumber(d.canStartOn);
    if (d.startDelayDays === 0)
      add('availability', true, (p) => p.startsOnTime(facts.gaveStartDate ? day : null, today));
    else add('availability', false, (p) => p.startsLate(day, today, d.startDelayDays));
  }

  if (counts('capacity', facts) && d.effortPersonDays !== null && d.effortPersonDays > 0) {
    const needed = d.effortPersonDays;
    if (d.capacityPersonDays >= needed)
      add('capacity', true, (p) => p.capacityEnough(d.capacityPersonDays, needed));
    else add('capacity', false, (p) => p.capacityShort(d.capacityPersonDays, needed));
  }

  if (counts('need', facts)) {
    const strong = facts.factors.need.value >= 0.5;
    add('need', strong, (p) => p.need(d.declaredNeed, idleShare(d.occupancy), d.isNewCoop));
  }

  if (counts('fairness', facts)) {
    const w = facts.fairnessWindowDays;
    if (d.receivedInWindow === 0) add('fairness', true, (p) => p.noWork(w));
    else if (facts.receivedLeast) add('fairness', true, (p) => p.leastWork(w));
    else
      add('fairness', d.receivedVsEntitlement <= 1, (p) => p.shareOfEntitlement(d.receivedVsEntitlement, w));
  }
  return out;
}

function strongest(list: Reason[], max: number): Reason[] {
  // Stable sort: equal impacts keep the factor order fit → fairness.
  return [...list].sort((a, b) => b.impact - a.impact).slice(0, max);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sentence(p: Phrases, facts: ExplanationFacts, all: Reason[]): string {
  const strengths = strongest(
    all.filter((r) => r.strong),
    MAX_STRENGTHS,
  ).map((r) => r.say(p));
  const weaknesses = strongest(
    all.filter((r) => !r.strong),
    MAX_WEAKNESSES,
  ).map((r) => r.say(p));
  const head = p.rank(facts.rank);

  let body: string;
  if (strengths.length === 0) body = p.and(weaknesses);
  else if (weaknesses.length === 0) body = p.and(strengths);
  else body = `${p.and(strengths)}${p.but}${p.and(weaknesses)}`;

  // Under the weighted score the reasons explain the place, unless the
  // mandatory-profile rule put the co-op there; then, as under the other
  // methods, the place is stated first and the reasons follow as facts.
  const demoted = facts.mandatoryProfiles && !facts.coversAll && facts.anyCoversAll;
  if (facts.method === 'weighted_score' && !demoted) {
    if (body === '') return `${head}.`;
    return strengths.length > 0 ? `${head}${p.because}${body}.` : `${head}: ${p.itIs.toLowerCase()}${body}.`;
  }

  let placed: string;
  if (facts.method === 'weighted_score') placed = p.afterCovering;
  else if (facts.eligible) placed = p.methodClause(facts.method, facts.seed);
  else {
    const why = facts.mandatoryProfiles && !facts.coversAll ? 'profiles' : 'fit';
    placed = p.outside(facts.method, why, facts.factors.fit.value, facts.fitThreshold);
  }
  return body === '' ? `${head}${placed}.` : `${head}${placed}. ${capitalise(`${p.itIs}${body}`)}.`;
}

export function explain(facts: ExplanationFacts): { en: string; es: string } {
  const all = reasons(facts);
  return { en: sentence(EN, facts, all), es: sentence(ES, facts, all) };
}
