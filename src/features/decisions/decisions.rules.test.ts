import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ballot, DecisionOption } from '../../db/schema/decisions.ts';
import { type CastVote, checkBallot, quorumNeeded, tally } from './decisions.rules.ts';

const opts = (...keys: string[]): DecisionOption[] =>
  keys.map((key) => ({ key, label: key.toUpperCase(), coopId: null }));
const ABC = opts('a', 'b', 'c');
const cast = (voterKey: string, ballot: Ballot): CastVote => ({ voterKey, ballot });
const all = { kind: 'count' as const, value: 1 };

describe('ballots', () => {
  it('needs a reason to block, and names the field', () => {
    expect(checkBallot('consent', [], { position: 'block', reason: '  ' })).toEqual({
      ok: false,
      errors: [{ field: 'reason', detail: 'A block needs a reason.' }],
    });
    expect(checkBallot('consent', [], { position: 'block', reason: 'Conflict of interest' }).ok).toBe(true);
    expect(checkBallot('consent', [], { position: 'maybe' }).ok).toBe(false);
  });

  it('checks options, rankings and scores against the decision', () => {
    expect(checkBallot('vote', ABC, { option: 'z' }).ok).toBe(false);
    const ranked = checkBallot('ranked', ABC, { ranking: ['a', 'z', 'a'] });
    expect(!ranked.ok && ranked.errors.map((e) => e.field)).toEqual(['ranking.1', 'ranking.2']);
    const score = checkBallot('score', ABC, { scores: { a: 6, b: 2 } });
    expect(!score.ok && score.errors.map((e) => e.field)).toEqual(['scores.a', 'scores.c']);
  });
});

describe('quorum', () => {
  it('is a count or a share rounded up', () => {
    expect(quorumNeeded({ kind: 'count', value: 3 }, 10)).toBe(3);
    expect(quorumNeeded({ kind: 'share', value: 0.5 }, 7)).toBe(4);
    expect(quorumNeeded({ kind: 'share', value: 0.3 }, 10)).toBe(3);
  });
});

describe('consent', () => {
  it('passes with quorum and no block, listing objections', () => {
    const t = tally(
      'consent',
      opts('x'),
      [
        cast('1', { kind: 'consent', position: 'agree', reason: '' }),
        cast('2', { kind: 'consent', position: 'object', reason: 'Tight dates' }),
        cast('3', { kind: 'consent', position: 'abstain', reason: '' }),
      ],
      { kind: 'count', value: 3 },
      5,
    );
    expect(t).toMatchObject({
      result: 'passed',
      chosen: ['x'],
      consent: { objections: [{ voterKey: '2', reason: 'Tight dates' }] },
    });
  });

  it('one block stops it; too few voters stop it', () => {
    const block = tally(
      'consent',
      opts('x'),
      [cast('1', { kind: 'consent', position: 'block', reason: 'No' })],
      all,
      1,
    );
    expect(block.result).toBe('blocked');
    const few = tally(
      'consent',
      opts('x'),
      [cast('1', { kind: 'consent', position: 'agree', reason: '' })],
      { kind: 'share', value: 0.5 },
      4,
    );
    expect(few).toMatchObject({ result: 'no_quorum', quorumNeeded: 2, chosen: [] });
  });
});

describe('vote', () => {
  it('plurality wins; a tie is reported, not broken', () => {
    const v = (k: string, o: string) => cast(k, { kind: 'vote', option: o });
    expect(tally('vote', ABC, [v('1', 'a'), v('2', 'b'), v('3', 'a')], all, 3)).toMatchObject({
      result: 'chosen',
      chosen: ['a'],
      counts: { a: 2, b: 1, c: 0 },
    });
    expect(tally('vote', ABC, [v('1', 'a'), v('2', 'b')], all, 3)).toMatchObject({
      result: 'tie',
      tied: ['a', 'b'],
      chosen: [],
    });
  });
});

describe('ranked choice', () => {
  it('runs rounds of instant-runoff', () => {
    const r = (k: string, ...ranking: string[]) => cast(k, { kind: 'ranked', ranking });
    // First round a 2, b 2, c 1: c is out, its ballot goes to b, b wins 3–2.
    const t = tally(
      'ranked',
      ABC,
      [r('1', 'a'), r('2', 'a'), r('3', 'b'), r('4', 'b'), r('5', 'c', 'b')],
      all,
      5,
    );
    expect(t.result).toBe('chosen');
    expect(t.chosen).toEqual(['b']);
    expect(t.rounds?.map((x) => x.eliminated)).toEqual([['c'], []]);
    expect(t.rounds?.[1]?.counts).toEqual({ a: 2, b: 3 });
  });

  it('reports a tie when every option left has as many votes', () => {
    const r = (k: string, ...ranking: string[]) => cast(k, { kind: 'ranked', ranking });
    expect(tally('ranked', opts('a', 'b'), [r('1', 'a'), r('2', 'b')], all, 2)).toMatchObject({
      result: 'tie',
      tied: ['a', 'b'],
    });
  });
});

describe('score', () => {
  it('reports totals and means; the highest wins', () => {
    const s = (k: string, a: number, b: number) => cast(k, { kind: 'score', scores: { a, b } });
    expect(tally('score', opts('a', 'b'), [s('1', 5, 3), s('2', 2, 3)], all, 2)).toMatchObject({
      result: 'chosen',
      chosen: ['a'],
      totals: { a: 7, b: 6 },
      means: { a: 3.5, b: 3 },
    });
  });
});

const KEYS = ['a', 'b', 'c', 'd'];
const OPTIONS = opts(...KEYS);
const ballotArb: Record<'vote' | 'ranked' | 'score', fc.Arbitrary<Ballot>> = {
  vote: fc.constantFrom(...KEYS).map((option) => ({ kind: 'vote', option })),
  ranked: fc.shuffledSubarray(KEYS, { minLength: 1 }).map((ranking) => ({ kind: 'ranked', ranking })),
  score: fc
    .tuple(...KEYS.map(() => fc.integer({ min: 0, max: 5 })))
    .map((xs) => ({ kind: 'score', scores: Object.fromEntries(KEYS.map((k, i) => [k, xs[i]!])) })),
};
const votesArb = (kind: keyof typeof ballotArb) =>
  fc.array(ballotArb[kind], { minLength: 1, maxLength: 30 }).map((bs) => bs.map((b, i) => cast(`v${i}`, b)));

describe('properties', () => {
  for (const kind of ['vote', 'ranked', 'score'] as const) {
    it(`${kind}: the order votes arrive in never changes the result, and a winner is an option`, () => {
      fc.assert(
        fc.property(votesArb(kind), fc.nat(), (votes, shift) => {
          const t = tally(kind, OPTIONS, votes, all, votes.length);
          const k = shift % votes.length;
          const rotated = [...votes.slice(k), ...votes.slice(0, k)];
          expect(tally(kind, OPTIONS, rotated, all, votes.length)).toEqual(t);
          for (const c of t.chosen) expect(KEYS).toContain(c);
          expect(t.chosen.length > 0 && t.tied.length > 0).toBe(false);
        }),
      );
    });
  }

  it('ranked: an option first on more than half the ballots wins in the first round', () => {
    fc.assert(
      fc.property(votesArb('ranked'), (votes) => {
        const t = tally('ranked', OPTIONS, votes, all, votes.length);
        const firsts = new Map<string, number>();
        for (const v of votes)
          if (v.ballot.kind === 'ranked')
            firsts.set(v.ballot.ranking[0]!, (firsts.get(v.ballot.ranking[0]!) ?? 0) + 1);
        for (const [k, count] of firsts)
          if (count * 2 > votes.length) {
            expect(t.chosen).toEqual([k]);
            expect(t.rounds).toHaveLength(1);
          }
      }),
    );
  });

  it('vote: the counts add up to the voters and the winner has the most', () => {
    fc.assert(
      fc.property(votesArb('vote'), (votes) => {
        const t = tally('vote', OPTIONS, votes, all, votes.length);
        const counts = t.counts!;
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(votes.length);
        for (const c of t.chosen) expect(counts[c]).toBe(Math.max(...Object.values(counts)));
      }),
    );
  });

  it('consent: any block, or missing quorum, means nothing is chosen', () => {
    const position = fc.constantFrom('agree', 'abstain', 'object', 'block') as fc.Arbitrary<
      'agree' | 'abstain' | 'object' | 'block'
    >;
    fc.assert(
      fc.property(fc.array(position, { maxLength: 20 }), fc.integer({ min: 1, max: 25 }), (positions, q) => {
        const votes = positions.map((p, i) => cast(`v${i}`, { kind: 'consent', position: p, reason: 'r' }));
        const t = tally('consent', opts('x'), votes, { kind: 'count', value: q }, 25);
        if (positions.includes('block') || positions.length < q) expect(t.chosen).toEqual([]);
        else expect(t.result).toBe('passed');
      }),
    );
  });
});
