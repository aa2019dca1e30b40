/**
 * How unevenly work is spread across the co-ops of a network: the Lorenz curve
 * and the Gini coefficient of a distribution (person-days or value per co-op).
 *
 * Co-ops that received nothing are part of the distribution: leaving them out
 * would hide exactly the unfairness the ledger exists to show.
 *
 * Gini uses the population (n-normalised) formula
 *
 *   G = Σ_i Σ_j |x_i − x_j| / (2 n² μ)
 *
 * so one co-op holding everything among n scores 1 − 1/n (0.75 for four), not
 * 1. The sample formula (dividing by n(n−1) instead) would read 1 there, but it
 * lets the same split look more unequal in a small network than in a large one;
 * the population formula matches the area under the Lorenz curve below.
 */

export interface LorenzPoint {
  /** Cumulative share of co-ops, poorest first, 0..1. */
  population: number;
  /** Cumulative share of the work they received, 0..1. */
  share: number;
}

function checked(values: readonly number[]): number[] {
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`work amounts must be finite and >= 0, got ${v}`);
    }
  }
  return values.slice().sort((a, b) => a - b);
}

/**
 * Gini coefficient in [0, 1 − 1/n]. No work at all, or a single co-op, is
 * perfectly even (0): there is no one to be unfair to.
 */
export function gini(values: readonly number[]): number {
  const sorted = checked(values);
  const n = sorted.length;
  let total = 0;
  let ranked = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    total += x;
    ranked += (i + 1) * x;
  }
  if (n <= 1 || total === 0) return 0;
  // The double sum over pairs equals this rank-weighted sum over the sorted
  // values, which keeps a 10,000-co-op network at O(n log n).
  const g = (2 * ranked) / (n * total) - (n + 1) / n;
  return Math.min(Math.max(g, 0), 1 - 1 / n);
}

/**
 * Lorenz curve: n + 1 points from (0, 0) to (1, 1), co-ops sorted from least
 * to most work. With no work at all it is the line of equality, consistent
 * with a Gini of 0.
 */
export function lorenzCurve(values: readonly number[]): LorenzPoint[] {
  const sorted = checked(values);
  const n = sorted.length;
  const total = sorted.reduce((sum, x) => sum + x, 0);
  const points: LorenzPoint[] = [{ population: 0, share: 0 }];
  if (n === 0) {
    points.push({ population: 1, share: 1 });
    return points;
  }
  let cumulative = 0;
  for (let i = 0; i < n; i++) {
    cumulative += sorted[i] as number;
    const share = total === 0 ? (i + 1) / n : cumulative / total;
    points.push({ population: (i + 1) / n, share: i === n - 1 ? 1 : share });
  }
  return points;
}

/**
 * Share of all work that went to the co-ops in `subset` (new co-ops, high-need
 * co-ops…); 0 when there was no work. Ids not present in `work` count as 0.
 */
export function shareTo(work: ReadonlyMap<string, number>, subset: Iterable<string>): number {
  let total = 0;
  for (const v of work.values()) total += v;
  if (total === 0) return 0;
  let part = 0;
  for (const id of new Set(subset)) part += work.get(id) ?? 0;
  return part / total;
}
