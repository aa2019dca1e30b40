/**
 * The team builder as a mixed-integer program, solved by GLPK. Variables:
 * - x_i  binary: pair i (a person filling one slot of a requirement) is used;
 * - y_c  binary: co-op c is in the team (fills at least one slot);
 * - z_c  binary: co-op c coordinates (only co-ops that offer to);
 * - q_e  in [0,1]: both co-ops of collaboration link e are in the team;
 * - T    free: collaboration strength credited to the team, at most k - 1.
 * Constraints: at most `count` people per requirement; at most `capacity`
 * slots per person; x only in a co-op with y = 1 (per co-op and requirement,
 * which keeps the LP relaxation tight); y = 1 only when the co-op fills a
 * slot; one coordinator, inside the team; q ≤ y at both ends;
 * T ≤ Σ strength·q and T ≤ Σ y − 1; and one "no-good" row per team already
 * proposed, so the next solve finds a different set of co-ops.
 * Objective: COVER_VALUE per covered role plus the score of team-score.ts,
 * written linearly (its constant part is added back after solving).
 */
import type { GLPK } from './glpk.ts';
import { type ScoredTeam, scoreTeam } from './team-score.ts';
import { COVER_VALUE, type TeamModel } from './teams.model.ts';

type LP = Parameters<GLPK['solve']>[0];
type Term = { name: string; coef: number };

// GLPK's bound kinds and objective direction; fixed by the library, needed before it loads.
const LOWER = 2;
const UPPER = 3;
const BOTH = 4;
const MAXIMISE = 2;

export interface ExactSolution {
  team: ScoredTeam | null;
  /** True when GLPK proved no team (outside `excluded`) scores higher. */
  optimal: boolean;
}

/** The objective's constant part, so that LP value + constant = COVER_VALUE·roles + score. */
function objectiveConstant(model: TeamModel): number {
  const { coops, trust } = model.weights;
  const L = model.linkDenominator;
  const coopsPart = model.request.preference === 'spread_work' ? -coops / L : coops * (1 + 1 / L);
  return coopsPart + trust * (1 + 1 / L);
}

export function buildTeamProgram(
  model: TeamModel,
  excluded: readonly (readonly number[])[],
  relaxed: boolean,
): LP {
  const w = model.weights;
  const L = model.linkDenominator;
  const objective: Term[] = [];
  const rows: LP['subjectTo'] = [];
  const bounds: NonNullable<LP['bounds']> = [];
  const binaries: string[] = [];
  const upTo = (name: string, vars: Term[], ub: number) =>
    rows.push({ name, vars, bnds: { type: UPPER, ub, lb: 0 } });
  const binary = (name: string) =>
    relaxed ? bounds.push({ name, type: BOTH, lb: 0, ub: 1 }) : binaries.push(name);

  const byReq: Term[][] = model.counts.map(() => []);
  const byPerson = new Map<number, Term[]>();
  model.pairs.forEach((pair, i) => {
    const name = `x${i}`;
    objective.push({ name, coef: COVER_VALUE + pair.value });
    binary(name);
    byReq[pair.req]!.push({ name, coef: 1 });
    const list = byPerson.get(pair.person) ?? [];
    list.push({ name, coef: 1 });
    byPerson.set(pair.person, list);
  });
  byReq.forEach((vars, r) => {
    if (vars.length > model.counts[r]!) upTo(`req${r}`, vars, model.counts[r]!);
  });
  for (const [p, vars] of byPerson) {
    if (vars.length > model.people[p]!.capacity) upTo(`cap${p}`, vars, model.people[p]!.capacity);
  }

  const coopCoef = (model.request.preference === 'spread_work' ? w.coops : -w.coops) / L - w.trust / L;
  const inTeam: Term[] = [];
  const coordinators: Term[] = [];
  model.pairsOfCoop.forEach((pairIndices, c) => {
    if (pairIndices.length === 0) return;
    const y = `y${c}`;
    objective.push({ name: y, coef: coopCoef });
    binary(y);
    inTeam.push({ name: y, coef: 1 });
    const perReq = new Map<number, Term[]>();
    for (const i of pairIndices) {
      const r = model.pairs[i]!.req;
      const vars = perReq.get(r) ?? [];
      vars.push({ name: `x${i}`, coef: 1 });
      perReq.set(r, vars);
    }
    for (const [r, vars] of perReq) {
      upTo(`in${c}_${r}`, [...vars, { name: y, coef: -Math.min(model.counts[r]!, vars.length) }], 0);
    }
    upTo(`use${c}`, [{ name: y, coef: 1 }, ...pairIndices.map((i) => ({ name: `x${i}`, coef: -1 }))], 0);
    if (model.request.coordinatorRequired && model.coordinatorFit[c]! >= 0) {
      const z = `z${c}`;
      objective.push({
        name: z,
        coef: COVER_VALUE + (w.fit * model.coordinatorFit[c]!) / model.fitDenominator,
      });
      binary(z);
      coordinators.push({ name: z, coef: 1 });
      upTo(
        `zin${c}`,
        [
          { name: z, coef: 1 },
          { name: y, coef: -1 },
        ],
        0,
      );
    }
  });
  if (coordinators.length > 1) upTo('coordinator', coordinators, 1);

  const credited: Term[] = [{ name: 'T', coef: 1 }];
  model.links.forEach((link, e) => {
    const q = `q${e}`;
    bounds.push({ name: q, type: BOTH, lb: 0, ub: 1 });
    upTo(
      `qa${e}`,
      [
        { name: q, coef: 1 },
        { name: `y${link.a}`, coef: -1 },
      ],
      0,
    );
    upTo(
      `qb${e}`,
      [
        { name: q, coef: 1 },
        { name: `y${link.b}`, coef: -1 },
      ],
      0,
    );
    credited.push({ name: q, coef: -link.strength });
  });
  objective.push({ name: 'T', coef: w.trust / L });
  bounds.push({ name: 'T', type: LOWER, lb: -1, ub: 0 });
  upTo('trusted', credited, 0);
  upTo('links', [{ name: 'T', coef: 1 }, ...inTeam.map((t) => ({ name: t.name, coef: -1 }))], -1);

  excluded.forEach((set, n) => {
    const members = new Set(set);
    const vars = inTeam.map((t) => ({ name: t.name, coef: members.has(Number(t.name.slice(1))) ? 1 : -1 }));
    upTo(`nogood${n}`, vars, set.length - 1);
  });

  return {
    name: 'team',
    objective: { direction: MAXIMISE, name: 'objective', vars: objective },
    subjectTo: rows,
    bounds,
    binaries,
  };
}

/** Best team outside `excluded`, to proven optimality unless the time limit strikes first. */
export function solveExact(
  glpk: GLPK,
  model: TeamModel,
  excluded: readonly (readonly number[])[],
  timeLimitSeconds: number,
): ExactSolution {
  const lp = buildTeamProgram(model, excluded, false);
  const out = glpk.solve(lp, { msglev: glpk.GLP_MSG_OFF, presol: true, tmlim: timeLimitSeconds });
  const { status, vars } = out.result;
  if (status !== glpk.GLP_OPT && status !== glpk.GLP_FEAS) return { team: null, optimal: false };
  const pairs = model.pairs.flatMap((_, i) => ((vars[`x${i}`] ?? 0) > 0.5 ? [i] : []));
  const coordinator = model.coops.findIndex((_, c) => (vars[`z${c}`] ?? 0) > 0.5);
  return { team: scoreTeam(model, pairs, coordinator), optimal: status === glpk.GLP_OPT };
}

/**
 * Upper bound on COVER_VALUE·roles + score from the LP relaxation, or null
 * when the simplex does not finish in time: a half-solved primal bounds nothing.
 */
export function relaxationBound(glpk: GLPK, model: TeamModel, timeLimitSeconds?: number): number | null {
  const lp = buildTeamProgram(model, [], true);
  const limit = timeLimitSeconds === undefined ? {} : { tmlim: timeLimitSeconds };
  const out = glpk.solve(lp, { msglev: glpk.GLP_MSG_OFF, presol: true, ...limit });
  if (out.result.status !== glpk.GLP_OPT) return null;
  return out.result.z + objectiveConstant(model);
}
