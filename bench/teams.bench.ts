/**
 * Team builder: the fast heuristic against the exact MIP solver, side by side
 * on random networks of 30, 300, 3,000 and 10,000 co-ops asking for 5–20
 * people. For each instance the heuristic's score is divided by the proven
 * optimum, or, when the exact solver runs out of time, by the LP relaxation
 * bound — or by the counting bound when even the LP does not finish in its
 * own time limit — so the ratio printed is then a lower bound on the true
 * one. It is also divided by the best team the time-limited exact solver
 * found. Its time is compared with the exact solver's. Prints ratios, not
 * pass/fail.
 *
 * Run: node bench/teams.bench.ts
 */
import { maxRoles } from '../src/engine/teams/assignment.ts';
import { countingBound } from '../src/engine/teams/bound.ts';
import { DEFAULT_EXACT_LIMIT } from '../src/engine/teams/build-teams.ts';
import { relaxationBound, solveExact } from '../src/engine/teams/exact.ts';
import { loadGlpk } from '../src/engine/teams/glpk.ts';
import { solveHeuristic } from '../src/engine/teams/heuristic.ts';
import { randomInstance } from '../src/engine/teams/random-instance.ts';
import { buildTeamModel, COVER_VALUE } from '../src/engine/teams/teams.model.ts';

interface Size {
  coops: number;
  instances: number;
  /** Seconds the exact solver gets per instance, and the LP relaxation too. */
  timeLimit: number;
}

const SIZES: Size[] = [
  { coops: 30, instances: 10, timeLimit: 30 },
  { coops: 300, instances: 6, timeLimit: 30 },
  { coops: 3000, instances: 3, timeLimit: 15 },
  { coops: 10_000, instances: 1, timeLimit: 30 },
];

interface Row {
  coops: number;
  instances: number;
  variables: number;
  proven: number;
  autoExact: number;
  ratioMean: number;
  ratioMin: number;
  /** Heuristic score / best score of the time-limited exact solver, worst instance. */
  vsExactMin: number;
  /** Which references were used: o = optimum, l = LP bound, c = counting bound. */
  references: string;
  exactMs: number;
  heuristicMs: number;
  boundMs: number;
  speedup: number;
}

async function measure(size: Size): Promise<Row> {
  const glpk = await loadGlpk();
  const ratios: number[] = [];
  const vsExact: number[] = [];
  let references = '';
  let [variables, proven, autoExact, exactMs, heuristicMs, boundMs] = [0, 0, 0, 0, 0, 0];
  for (let k = 0; k < size.instances; k++) {
    const slots = 5 + ((k * 7 + Math.floor(size.coops / 10)) % 16);
    const { request, candidates } = randomInstance(`bench-teams-${size.coops}-${k}`, {
      coops: size.coops,
      slots,
    });
    const model = buildTeamModel(request, candidates);
    const roles = maxRoles(
      model,
      model.pairs.map((_, i) => i),
    );
    variables += model.pairs.length;
    if (model.pairs.length <= DEFAULT_EXACT_LIMIT) autoExact++;

    let t = performance.now();
    const [heuristic] = solveHeuristic(model, 1, roles, glpk);
    heuristicMs += performance.now() - t;

    t = performance.now();
    const exact = solveExact(glpk, model, [], size.timeLimit);
    exactMs += performance.now() - t;

    // What the heuristic achieves on the score scale; a role left uncovered costs COVER_VALUE.
    const achieved = (heuristic?.objective ?? 0) - COVER_VALUE * roles;
    const exactScore = exact.team ? exact.team.objective - COVER_VALUE * roles : Number.NaN;
    let reference = exactScore;
    let kind = 'optimum';
    if (exact.optimal) proven++;
    else {
      t = performance.now();
      const lp = relaxationBound(glpk, model, size.timeLimit);
      boundMs += performance.now() - t;
      kind = lp === null ? 'counting bound' : 'LP bound';
      reference = lp === null ? countingBound(model, roles) : lp - COVER_VALUE * roles;
    }
    references += { optimum: 'o', 'LP bound': 'L', 'counting bound': 'c' }[kind];
    ratios.push(achieved / reference);
    // The exact solver may find no team at all before its time limit; then there is nothing to compare.
    if (exact.team) vsExact.push(achieved / exactScore);
    process.stdout.write(
      `  ${size.coops} co-ops #${k + 1}: ${slots} people, ${model.pairs.length} variables, ` +
        `ratio ${(achieved / reference).toFixed(4)} vs ${kind}, ${exact.team ? (achieved / exactScore).toFixed(4) : 'no team'} vs exact's best\n`,
    );
  }
  const n = size.instances;
  return {
    coops: size.coops,
    instances: n,
    variables: variables / n,
    proven,
    autoExact,
    ratioMean: ratios.reduce((a, b) => a + b, 0) / n,
    ratioMin: Math.min(...ratios),
    vsExactMin: vsExact.length > 0 ? Math.min(...vsExact) : Number.NaN,
    references,
    exactMs: exactMs / n,
    heuristicMs: heuristicMs / n,
    boundMs: boundMs / n,
    speedup: exactMs / heuristicMs,
  };
}

function table(rows: Row[]): string {
  const header = [
    'co-ops',
    'runs',
    'vars',
    'proven',
    'auto exact',
    'ref',
    'ratio mean',
    'ratio min',
    'vs exact min',
    'exact ms',
    'heur ms',
    'LP bound ms',
    'speed ×',
  ];
  const lines = rows.map((r) => [
    String(r.coops),
    String(r.instances),
    r.variables.toFixed(0),
    `${r.proven}/${r.instances}`,
    `${r.autoExact}/${r.instances}`,
    r.references,
    r.ratioMean.toFixed(4),
    r.ratioMin.toFixed(4),
    Number.isNaN(r.vsExactMin) ? 'no team' : r.vsExactMin.toFixed(4),
    r.exactMs.toFixed(0),
    r.heuristicMs.toFixed(0),
    r.boundMs.toFixed(0),
    r.speedup.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [row(header), ...lines.map(row)].join('\n');
}

export async function run(): Promise<Record<string, number>> {
  const started = performance.now();
  const rows: Row[] = [];
  for (const size of SIZES) {
    process.stdout.write(
      `teams: ${size.instances} networks of ${size.coops} co-ops (exact limit ${size.timeLimit} s)\n`,
    );
    rows.push(await measure(size));
  }
  process.stdout.write(
    '\nTeam builder: heuristic vs exact. ratio = heuristic score / reference (ref: o optimum, L LP bound, ' +
      'c counting bound); vs exact = heuristic score / best team of the time-limited exact solver\n',
  );
  process.stdout.write(`${table(rows)}\n`);
  process.stdout.write(`total ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const figures: Record<string, number> = {};
  for (const r of rows) {
    const key = `teams.${r.coops}`;
    figures[`${key}.ratio_mean`] = r.ratioMean;
    figures[`${key}.ratio_min`] = r.ratioMin;
    if (!Number.isNaN(r.vsExactMin)) figures[`${key}.vs_exact_min`] = r.vsExactMin;
    figures[`${key}.proven_share`] = r.proven / r.instances;
    figures[`${key}.auto_exact_share`] = r.autoExact / r.instances;
    figures[`${key}.exact_ms`] = r.exactMs;
    figures[`${key}.heuristic_ms`] = r.heuristicMs;
    figures[`${key}.lp_bound_ms`] = r.boundMs;
    figures[`${key}.speedup`] = r.speedup;
  }
  return figures;
}

if (import.meta.main) await run();
