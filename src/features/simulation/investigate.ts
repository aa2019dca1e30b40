/**
 * Looking harder at "fit within 5% of best-fit-only while at least halving
 * its Gini": the same question asked of Gini per member (a co-op of twelve
 * getting more than a co-op of two is not unfair per worker), and of a sweep
 * of the weighted score's weights, all on the same world as the main run.
 */
import { DEFAULT_SCORE_WEIGHTS } from '../../engine/simulation/policies.ts';
import { simulate } from '../../engine/simulation/simulate.ts';
import type {
  Entitlement,
  PolicyResult,
  ScoreWeights,
  SimNetwork,
  SimulationOptions,
  SimulationReport,
} from '../../engine/simulation/simulation.types.ts';
import { DEFAULT_CRITERIA, type VerdictCriteria } from '../../engine/simulation/verdict.ts';

export interface Judged {
  label: string;
  fitRatio: number;
  giniRatio: number;
  giniPerMemberRatio: number;
  unfilled: number;
  passes: boolean;
  passesPerMember: boolean;
}

export function judgeAll(report: SimulationReport, criteria: VerdictCriteria = DEFAULT_CRITERIA): Judged[] {
  const base = report.policies.find((p) => p.kind === 'best-fit');
  if (!base) return [];
  const ratio = (x: number, b: number) => (b > 0 ? x / b : x > 0 ? Number.POSITIVE_INFINITY : 0);
  return report.policies
    .filter((p) => p !== base)
    .map((p: PolicyResult) => {
      const fitRatio = base.meanFit > 0 ? p.meanFit / base.meanFit : 1;
      const giniRatio = ratio(p.gini, base.gini);
      const giniPerMemberRatio = ratio(p.giniPerMember, base.giniPerMember);
      const keepsFit = fitRatio >= 1 - criteria.fitTolerance - 1e-12;
      return {
        label: p.label,
        fitRatio,
        giniRatio,
        giniPerMemberRatio,
        unfilled: p.unfilled,
        passes: keepsFit && giniRatio <= criteria.giniFactor + 1e-12,
        passesPerMember: keepsFit && giniPerMemberRatio <= criteria.giniFactor + 1e-12,
      };
    });
}

/** Weight grids for the weighted score: fit against fairness, with need and availability in between. */
export function sweepWeights(): Array<{ weights: ScoreWeights; entitlement: Entitlement }> {
  const grid: Array<{ weights: ScoreWeights; entitlement: Entitlement }> = [];
  for (const fairness of [0.3, 0.5, 0.7, 0.85]) {
    for (const fit of [0.1, 0.3, 0.5]) {
      const rest = Math.max(0, 1 - fairness - fit);
      if (fairness + fit > 1) continue;
      for (const entitlement of ['equal', 'headcount'] as const) {
        grid.push({ weights: { fit, fairness, need: rest * 0.7, availability: rest * 0.3 }, entitlement });
      }
    }
  }
  return grid;
}

const w = (x: number) => x.toFixed(2);
export const sweepLabel = (s: { weights: ScoreWeights; entitlement: Entitlement }) =>
  `fit ${w(s.weights.fit)} / fairness ${w(s.weights.fairness)} / need ${w(s.weights.need)} / availability ${w(s.weights.availability)}, ${s.entitlement}`;

/** Runs best-fit-only and every weight setting on the same seed (so on the same leads and weeks). */
export function weightSweep(
  network: SimNetwork,
  options: Pick<SimulationOptions, 'seed' | 'months' | 'leadStream' | 'ownWork'>,
): { report: SimulationReport; judged: Judged[] } {
  const report = simulate(network, {
    ...options,
    policies: [
      { kind: 'best-fit', label: 'Best fit only' },
      {
        kind: 'weighted-score',
        label: `default: ${sweepLabel({ weights: DEFAULT_SCORE_WEIGHTS, entitlement: 'equal' })}`,
        weights: DEFAULT_SCORE_WEIGHTS,
        entitlement: 'equal',
      },
      ...sweepWeights().map((s) => ({ kind: 'weighted-score' as const, label: sweepLabel(s), ...s })),
    ],
  });
  return { report, judged: judgeAll(report) };
}
