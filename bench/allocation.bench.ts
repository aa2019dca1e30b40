/**
 * How fast recommend() ranks the interests in a lead at the size the product
 * brief asks to stay fast at: a network of 10,000 co-ops, a lead that 1,000 of
 * them answered. Synthetic and seeded, so two runs see the same network.
 *
 *   node bench/allocation.bench.ts
 *
 * Prints ms per call (mean, p50, p99) for each method, and a ratio: the time
 * for 1,000 interests over the time for 100. About 10 means the cost grows
 * linearly with the interests; the ratio, not the milliseconds, is what to
 * compare between machines.
 */
import { fileURLToPath } from 'node:url';
import {
  ALLOCATION_METHODS,
  DEFAULT_POLICY,
  type InterestForRecommendation,
  type LeadForRecommendation,
  type NetworkTotals,
  type ProposedPerson,
} from '../src/engine/allocation/allocation.types.ts';
import { recommend } from '../src/engine/allocation/recommend.ts';
import { createRandom, type Random } from '../src/engine/random.ts';
import { NEEDS, SENIORITIES, STAGES } from '../src/engine/vocabulary.ts';

const NETWORK_COOPS = 10_000;
const INTERESTED = 1_000;
const SMALL = 100;
const WARMUP = 5;
const REPETITIONS = 40;
const TODAY = '2026-03-01';
const TECHNOLOGIES = [
  'React',
  'Vue',
  'Drupal',
  'WordPress',
  'Django',
  'Rails',
  'Go',
  'Elixir',
  'Flutter',
  'PostgreSQL',
];
const LANGUAGES = ['es', 'en', 'pt', 'ca', 'fr'];

function proposedPeople(random: Random, coopId: string): ProposedPerson[] {
  return Array.from({ length: random.intBetween(1, 6) }, (_, i) => ({
    id: `${coopId}-p${i}`,
    expertise: Array.from({ length: random.intBetween(1, 4) }, () => ({
      technology: random.pick(TECHNOLOGIES),
      seniority: random.pick(SENIORITIES),
      years: random.intBetween(0, 20),
    })),
    languages: random.chance(0.8) ? [random.pick(LANGUAGES), 'en'] : [random.pick(LANGUAGES)],
  }));
}

function isoDaysFrom(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function syntheticNetwork(seed: string): {
  lead: LeadForRecommendation;
  interests: InterestForRecommendation[];
  totals: NetworkTotals;
} {
  const random = createRandom(seed);
  const coops: InterestForRecommendation[] = Array.from({ length: NETWORK_COOPS }, (_, i) => {
    const coopId = `coop-${String(i).padStart(5, '0')}`;
    const headcount = Math.max(2, Math.round(random.lognormal(2.2, 0.8)));
    return {
      coopId,
      coopName: `Co-op ${i}`,
      stage: random.pick(STAGES),
      headcount,
      declaredNeed: random.pick(NEEDS),
      occupancy: random.next(),
      availableFrom: random.chance(0.3) ? null : isoDaysFrom(TODAY, random.intBetween(0, 60)),
      capacityPersonDays: random.intBetween(10, 10 * headcount),
      proposedPeople: [],
      receivedPersonDaysInWindow: random.chance(0.2) ? 0 : Math.round(random.lognormal(4, 1.2)),
      receivedValueInWindow: random.chance(0.2) ? 0 : Math.round(random.lognormal(10, 1.2)),
    };
  });
  const totals: NetworkTotals = {
    coopCount: coops.length,
    headcount: coops.reduce((s, c) => s + c.headcount, 0),
    receivedPersonDaysInWindow: coops.reduce((s, c) => s + c.receivedPersonDaysInWindow, 0),
    receivedValueInWindow: coops.reduce((s, c) => s + c.receivedValueInWindow, 0),
  };
  const interests = random
    .shuffle(coops)
    .slice(0, INTERESTED)
    .map((c) => ({ ...c, proposedPeople: proposedPeople(random.fork(c.coopId), c.coopId) }));
  const lead: LeadForRecommendation = {
    id: 'lead-bench',
    requiredProfiles: [
      { technology: 'React', minSeniority: 'senior', count: 2 },
      { technology: 'Django', minSeniority: 'semi_senior', count: 2 },
      { technology: 'PostgreSQL', minSeniority: 'junior', count: 1 },
    ],
    languages: ['es', 'en'],
    startDate: isoDaysFrom(TODAY, 14),
    effortPersonDays: 120,
  };
  return { lead, interests, totals };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function time(call: () => unknown): { mean: number; p50: number; p99: number } {
  for (let i = 0; i < WARMUP; i++) call();
  const ms: number[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const start = performance.now();
    call();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return {
    mean: ms.reduce((s, x) => s + x, 0) / ms.length,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
  };
}

const fmt = (ms: number) => ms.toFixed(2).padStart(8);

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  console.log(`allocation: building a network of ${NETWORK_COOPS} co-ops, ${INTERESTED} interested…`);
  const built = performance.now();
  const { lead, interests, totals } = syntheticNetwork('minga-allocation-bench');
  console.log(`allocation: built in ${(performance.now() - built).toFixed(0)} ms`);
  const context = { today: TODAY, seed: 'bench', networkTotals: totals };

  for (const method of ALLOCATION_METHODS) {
    const policy = { ...DEFAULT_POLICY, method };
    console.log(`allocation: timing ${method} (${REPETITIONS} calls)…`);
    const t = time(() => recommend(lead, interests, policy, context));
    figures[`${method}_mean_ms`] = t.mean;
    figures[`${method}_p50_ms`] = t.p50;
    figures[`${method}_p99_ms`] = t.p99;
  }

  const small = interests.slice(0, SMALL);
  const tSmall = time(() => recommend(lead, small, DEFAULT_POLICY, context));
  figures.weighted_score_100_p50_ms = tSmall.p50;
  figures.scaling_ratio_1000_vs_100 = (figures.weighted_score_p50_ms ?? Number.NaN) / tSmall.p50;
  figures.us_per_interest = ((figures.weighted_score_p50_ms ?? Number.NaN) * 1000) / INTERESTED;

  console.log(`\nrecommend() with ${INTERESTED} interests in a ${NETWORK_COOPS}-co-op network, ms per call:`);
  console.log(`  ${'method'.padEnd(18)}${'mean'.padStart(8)}${'p50'.padStart(8)}${'p99'.padStart(8)}`);
  for (const method of ALLOCATION_METHODS) {
    const [mean, p50, p99] = ['mean', 'p50', 'p99'].map((k) => figures[`${method}_${k}_ms`] ?? Number.NaN);
    console.log(
      `  ${method.padEnd(18)}${fmt(mean ?? Number.NaN)}${fmt(p50 ?? Number.NaN)}${fmt(p99 ?? Number.NaN)}`,
    );
  }
  console.log(
    `ratio: ${INTERESTED} vs ${SMALL} interests = ${figures.scaling_ratio_1000_vs_100.toFixed(1)}× ` +
      `(10× is linear); ${figures.us_per_interest.toFixed(1)} µs per interest`,
  );
  return figures;
}

const invokedDirectly = import.meta.main ?? process.argv[1] === fileURLToPath(import.meta.url);
if (invokedDirectly) await run();
