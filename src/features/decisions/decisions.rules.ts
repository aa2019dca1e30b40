/**
 * Group decisions as pure functions: whether a ballot is valid for its kind,
 * the quorum, and the tally of each kind. No clock, no I/O: the service feeds
 * in the current votes and gets back who (if anyone) was chosen, and why.
 *
 * - consent: passes with quorum and no block; objections are listed.
 * - vote: one option each; the most votes wins; a tie is reported, not broken.
 * - ranked: instant-runoff; each round counts every ballot for its highest
 *   option still standing; an option with more than half wins; otherwise the
 *   option(s) with fewest votes are out (all of them when tied, so no coin is
 *   tossed); if every option left is tied, that tie is the result.
 * - score: every option 0–5 by every voter; the highest total (equally, the
 *   highest mean) wins; a tie is reported.
 */
import type { Ballot, DecisionOption } from '../../db/schema/decisions.ts';

export type DecisionKind = Ballot['kind'];
export const CONSENT_POSITIONS = ['agree', 'abstain', 'object', 'block'] as const;
export type ConsentPosition = (typeof CONSENT_POSITIONS)[number];

export interface Quorum {
  kind: 'count' | 'share';
  value: number;
}

export interface BallotInput {
  position?: string | undefined;
  reason?: string | undefined;
  option?: string | undefined;
  ranking?: string[] | undefined;
  scores?: Record<string, number> | undefined;
}

export type BallotCheck =
  | { ok: true; ballot: Ballot }
  | { ok: false; errors: Array<{ field: string; detail: string }> };

const fail = (field: string, detail: string): BallotCheck => ({ ok: false, errors: [{ field, detail }] });

export function checkBallot(
  kind: DecisionKind,
  options: readonly DecisionOption[],
  input: BallotInput,
): BallotCheck {
  const keys = new Set(options.map((o) => o.key));
  switch (kind) {
    case 'consent': {
      const position = input.position as ConsentPosition | undefined;
      if (!position || !CONSENT_POSITIONS.includes(position))
        return fail('position', 'Say agree, abstain, object or block.');
      const reason = (input.reason ?? '').trim();
      if (position === 'block' && reason === '') return fail('reason', 'A block needs a reason.');
      return { ok: true, ballot: { kind, position, reason } };
    }
    case 'vote':
      if (!input.option || !keys.has(input.option)) return fail('option', 'Choose one of the options.');
      return { ok: true, ballot: { kind, option: input.option } };
    case 'ranked': {
      const ranking = input.ranking ?? [];
      if (ranking.length === 0) return fail('ranking', 'Rank at least one option.');
      const errors = ranking.flatMap((k, i) =>
        keys.has(k)
          ? ranking.indexOf(k) === i
            ? []
            : [{ field: `ranking.${i}`, detail: 'This option is ranked twice.' }]
          : [{ field: `ranking.${i}`, detail: 'Not one of the options.' }],
      );
      return errors.length ? { ok: false, errors } : { ok: true, ballot: { kind, ranking: [...ranking] } };
    }
    case 'score': {
      const scores = input.scores ?? {};
      const errors: Array<{ field: string; detail: string }> = [];
      for (const k of Object.keys(scores))
        if (!keys.has(k)) errors.push({ field: `scores.${k}`, detail: 'Not one of the options.' });
      for (const o of options) {
        const s = scores[o.key];
        if (s === undefined) errors.push({ field: `scores.${o.key}`, detail: 'Score every option.' });
        else if (!Number.isInteger(s) || s < 0 || s > 5)
          errors.push({ field: `scores.${o.key}`, detail: 'A score is a whole number from 0 to 5.' });
      }
      if (errors.length) return { ok: false, errors };
      return {
        ok: true,
        ballot: { kind, scores: Object.fromEntries(options.map((o) => [o.key, scores[o.key]!])) },
      };
    }
  }
}

/** How many voters must take part: a count, or a share of those who may vote (rounded up, at least one). */
export function quorumNeeded(q: Quorum, eligible: number): number {
  if (q.kind === 'count') return Math.max(1, Math.ceil(q.value));
  return Math.max(1, Math.ceil(q.value * eligible - 1e-9));
}

export interface CastVote {
  voterKey: string;
  ballot: Ballot;
}

export type TallyResult = 'passed' | 'blocked' | 'not_passed' | 'chosen' | 'tie' | 'no_quorum';

export interface RankedRound {
  counts: Record<string, number>;
  exhausted: number;
  eliminated: string[];
}

export interface Tally {
  kind: DecisionKind;
  voted: number;
  eligible: number;
  quorumNeeded: number;
  quorumMet: boolean;
  result: TallyResult;
  /** Option keys chosen; empty unless the result is `passed` or `chosen`. */
  chosen: string[];
  /** With `tie`: the options tied for first. */
  tied: string[];
  consent?: {
    agree: number;
    abstain: number;
    object: number;
    block: number;
    objections: Array<{ voterKey: string; reason: string }>;
    blocks: Array<{ voterKey: string; reason: string }>;
  };
  counts?: Record<string, number>;
  rounds?: RankedRound[];
  totals?: Record<string, number>;
  means?: Record<string, number>;
}

const byKey = (a: CastVote, b: CastVote) => (a.voterKey < b.voterKey ? -1 : a.voterKey > b.voterKey ? 1 : 0);

function leaders(values: Record<string, number>, keys: readonly string[]): string[] {
  const best = Math.max(...keys.map((k) => values[k] ?? 0));
  return keys.filter((k) => (values[k] ?? 0) === best);
}

function instantRunoff(keys: readonly string[], ballots: ReadonlyArray<string[]>) {
  const rounds: RankedRound[] = [];
  let standing = [...keys];
  while (standing.length > 0) {
    const counts = Object.fromEntries(standing.map((k) => [k, 0])) as Record<string, number>;
    let exhausted = 0;
    for (const ranking of ballots) {
      const top = ranking.find((k) => standing.includes(k));
      if (top === undefined) exhausted++;
      else counts[top]! += 1;
    }
    const active = ballots.length - exhausted;
    const round: RankedRound = { counts, exhausted, eliminated: [] };
    rounds.push(round);
    if (active === 0) return { rounds, winner: null, tied: standing };
    const top = leaders(counts, standing);
    if (top.length === 1 && counts[top[0]!]! * 2 > active) return { rounds, winner: top[0]!, tied: [] };
    const fewest = Math.min(...standing.map((k) => counts[k]!));
    const out = standing.filter((k) => counts[k] === fewest);
    if (out.length === standing.length) return { rounds, winner: null, tied: standing };
    round.eliminated = out;
    standing = standing.filter((k) => !out.includes(k));
  }
  return { rounds, winner: null, tied: [] as string[] };
}

export function tally(
  kind: DecisionKind,
  options: readonly DecisionOption[],
  votes: readonly CastVote[],
  quorum: Quorum,
  eligible: number,
): Tally {
  const sorted = [...votes].sort(byKey);
  const keys = options.map((o) => o.key);
  const needed = quorumNeeded(quorum, eligible);
  const base = {
    kind,
    voted: sorted.length,
    eligible,
    quorumNeeded: needed,
    quorumMet: sorted.length >= needed,
  };
  const decide = (chosen: string[], tied: string[], extra: Partial<Tally>): Tally => {
    if (!base.quorumMet) return { ...base, ...extra, result: 'no_quorum', chosen: [], tied };
    if (tied.length > 1) return { ...base, ...extra, result: 'tie', chosen: [], tied };
    return { ...base, ...extra, result: chosen.length ? 'chosen' : 'not_passed', chosen, tied: [] };
  };

  if (kind === 'consent') {
    const c = {
      agree: 0,
      abstain: 0,
      object: 0,
      block: 0,
      objections: [] as Array<{ voterKey: string; reason: string }>,
      blocks: [] as Array<{ voterKey: string; reason: string }>,
    };
    for (const v of sorted) {
      if (v.ballot.kind !== 'consent') continue;
      c[v.ballot.position] += 1;
      if (v.ballot.position === 'object')
        c.objections.push({ voterKey: v.voterKey, reason: v.ballot.reason });
      if (v.ballot.position === 'block') c.blocks.push({ voterKey: v.voterKey, reason: v.ballot.reason });
    }
    if (!base.quorumMet) return { ...base, consent: c, result: 'no_quorum', chosen: [], tied: [] };
    if (c.block > 0) return { ...base, consent: c, result: 'blocked', chosen: [], tied: [] };
    return { ...base, consent: c, result: 'passed', chosen: keys, tied: [] };
  }

  if (kind === 'vote') {
    const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
    for (const v of sorted)
      if (v.ballot.kind === 'vote' && v.ballot.option in counts) counts[v.ballot.option]! += 1;
    const top = sorted.length ? leaders(counts, keys) : [];
    return decide(top.length === 1 ? top : [], top.length > 1 ? top : [], { counts });
  }

  if (kind === 'ranked') {
    const ballots = sorted.flatMap((v) => (v.ballot.kind === 'ranked' ? [v.ballot.ranking] : []));
    const { rounds, winner, tied } = instantRunoff(keys, ballots);
    return decide(winner ? [winner] : [], sorted.length ? tied : [], { rounds });
  }

  const totals = Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
  for (const v of sorted)
    if (v.ballot.kind === 'score') for (const k of keys) totals[k]! += v.ballot.scores[k] ?? 0;
  const means = Object.fromEntries(keys.map((k) => [k, sorted.length ? totals[k]! / sorted.length : 0]));
  const top = sorted.length ? leaders(totals, keys) : [];
  return decide(top.length === 1 ? top : [], top.length > 1 ? top : [], { totals, means });
}
