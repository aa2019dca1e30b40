/**
 * The question the simulator exists to answer: which policies spread work
 * much more evenly than "best fit only" without giving up its fit? A policy
 * passes when its mean fit stays within a tolerance of best-fit-only's and its
 * Gini is at most a fraction of it (by default: fit within 5%, Gini halved).
 */
import type { PolicyResult, SimulationReport } from './simulation.types.ts';

export interface VerdictCriteria {
  /** Relative fit loss allowed against best-fit-only (0.05: within 5%). */
  fitTolerance: number;
  /** Largest Gini allowed, as a fraction of best-fit-only's (0.5: at least halved). */
  giniFactor: number;
}

export const DEFAULT_CRITERIA: VerdictCriteria = { fitTolerance: 0.05, giniFactor: 0.5 };

export interface PolicyVerdict {
  label: string;
  /** Mean fit as a fraction of best-fit-only's (1 = as good). */
  fitRatio: number;
  /** Gini as a fraction of best-fit-only's (0.5 = halved). */
  giniRatio: number;
  keepsFit: boolean;
  halvesGini: boolean;
  passes: boolean;
  /** Extra leads left unfilled compared with best-fit-only (negative: fewer). */
  extraUnfilled: number;
}

/** Verdicts for every policy but the baseline; null when no best-fit-only run is in the report. */
export function verdicts(
  report: SimulationReport,
  criteria: VerdictCriteria = DEFAULT_CRITERIA,
): PolicyVerdict[] | null {
  const baseline = report.policies.find((p) => p.kind === 'best-fit');
  if (!baseline) return null;
  return report.policies.filter((p) => p !== baseline).map((p) => judge(p, baseline, criteria));
}

function judge(policy: PolicyResult, baseline: PolicyResult, criteria: VerdictCriteria): PolicyVerdict {
  const fitRatio = baseline.meanFit > 0 ? policy.meanFit / baseline.meanFit : 1;
  // A baseline that is already perfectly even cannot be halved; only another perfect spread matches it.
  const giniRatio = baseline.gini > 0 ? policy.gini / baseline.gini : policy.gini > 0 ? Infinity : 0;
  const keepsFit = fitRatio >= 1 - criteria.fitTolerance - 1e-12;
  const halvesGini = giniRatio <= criteria.giniFactor + 1e-12;
  return {
    label: policy.label,
    fitRatio,
    giniRatio,
    keepsFit,
    halvesGini,
    passes: keepsFit && halvesGini,
    extraUnfilled: policy.unfilled - baseline.unfilled,
  };
}

/** One line per policy, for consoles and logs. */
export function describeVerdict(v: PolicyVerdict, criteria: VerdictCriteria = DEFAULT_CRITERIA): string {
  const fit = `fit ${(v.fitRatio * 100).toFixed(1)}% of best-fit (${v.keepsFit ? 'within' : 'outside'} ${criteria.fitTolerance * 100}%)`;
  const g = `Gini ${(v.giniRatio * 100).toFixed(0)}% of best-fit (${v.halvesGini ? 'at most' : 'more than'} ${criteria.giniFactor * 100}%)`;
  const unfilled =
    v.extraUnfilled === 0
      ? 'same unfilled leads'
      : `${Math.abs(v.extraUnfilled)} ${v.extraUnfilled > 0 ? 'more' : 'fewer'} unfilled leads`;
  return `${v.passes ? 'PASSES' : 'fails '} ${v.label}: ${fit}; ${g}; ${unfilled}`;
}
