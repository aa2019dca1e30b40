/**
 * Casting votes and reading the tally. Every cast is a new row in `votes`;
 * `current_votes` (primary key: decision and voter) points at each voter's
 * latest, so there is exactly one current vote per voter whatever the
 * concurrency. Where changing is not allowed, the first vote stands and the
 * second is refused — by the same key.
 */
import type { z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { currentVotes, type DecisionOption, votes } from '../../db/schema/decisions.ts';
import { coops } from '../../db/schema/directory.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict, invalid } from '../../http/problem.ts';
import { visibleDecision } from './decision.access.ts';
import { votingCoops } from './decision.policy.ts';
import {
  countEligible,
  currentVotesOf,
  type DecisionRow,
  lockDecision,
  outcomeOf,
  voterNames,
} from './decision.queries.ts';
import type { TallyOut, VoteOut, VoteRequest } from './decision.schemas.ts';
import { checkBallot, quorumNeeded, type Tally, tally } from './decisions.rules.ts';

async function voterFor(db: Db, actor: Actor, d: DecisionRow, scope: string[] | null, coopSlug?: string) {
  if (actor.kind !== 'user') throw new Error('unreachable: visibleDecision requires a user');
  const eligible = (coopId: string) => scope === null || scope.includes(coopId);
  if (d.voters === 'per_member') {
    authorize(
      actor,
      [...actor.coops.keys()].some(eligible),
      'Members of the network’s co-ops vote on this decision.',
    );
    return { voterKey: actor.userId, coopId: null, name: actor.name };
  }
  let coopId: string | undefined;
  if (coopSlug) {
    const [c] = await db.select({ id: coops.id }).from(coops).where(eq(coops.slug, coopSlug));
    authorize(actor, c !== undefined && actor.coops.has(c.id), 'You vote only for a co-op you belong to.');
    coopId = c!.id;
  } else {
    const mine = [...actor.coops.keys()].filter(eligible);
    authorize(actor, mine.length > 0, 'Only members of the network’s co-ops vote; each co-op has one vote.');
    if (mine.length > 1)
      throw invalid([
        {
          pointer: '#/json/coop',
          field: 'coop',
          detail: 'You belong to several co-ops: say which one you vote for.',
        },
      ]);
    coopId = mine[0]!;
  }
  authorize(actor, eligible(coopId), 'This co-op does not take part in this decision.');
  const [c] = await db.select({ name: coops.name }).from(coops).where(eq(coops.id, coopId));
  return { voterKey: coopId, coopId, name: c?.name ?? '' };
}

export async function castVote(db: Db, actor: Actor, id: string, req: VoteRequest, now = new Date()) {
  const { d, lead } = await visibleDecision(db, actor, id);
  if (d.status !== 'open' || d.closesAt <= now) throw conflict('This decision is closed to votes.');
  const voter = await voterFor(db, actor, d, votingCoops(lead), req.coop);
  const checked = checkBallot(d.kind, d.options, req);
  if (!checked.ok)
    throw invalid(checked.errors.map((e) => ({ pointer: `#/json/${e.field.replaceAll('.', '/')}`, ...e })));
  const castBy = actor.kind === 'user' ? actor.userId : '';
  const result = await db.transaction(async (tx) => {
    const locked = await lockDecision(tx, id, 'share');
    if (locked?.status !== 'open') throw conflict('This decision closed meanwhile.');
    const where = and(eq(currentVotes.decisionId, id), eq(currentVotes.voterKey, voter.voterKey));
    const [before] = await tx.select({ voteId: currentVotes.voteId }).from(currentVotes).where(where);
    if (before && !d.allowChange) throw conflict('Votes on this decision cannot be changed.');
    const [row] = await tx
      .insert(votes)
      .values({
        decisionId: id,
        voterKey: voter.voterKey,
        coopId: voter.coopId,
        castBy,
        ballot: checked.ballot,
        castAt: now,
      })
      .returning();
    const pointer = tx
      .insert(currentVotes)
      .values({ decisionId: id, voterKey: voter.voterKey, voteId: row!.id, updatedAt: now });
    const stored = d.allowChange
      ? await pointer
          .onConflictDoUpdate({
            target: [currentVotes.decisionId, currentVotes.voterKey],
            set: { voteId: sql`excluded.vote_id`, updatedAt: now },
          })
          .returning({ voteId: currentVotes.voteId })
      : await pointer.onConflictDoNothing().returning({ voteId: currentVotes.voteId });
    // Another copy of this vote won the race: with no changes allowed, this one is not kept.
    if (stored.length === 0) throw conflict('Votes on this decision cannot be changed.');
    return { row: row!, replaced: before !== undefined };
  });
  return {
    decisionId: id,
    voter: {
      kind: voter.coopId ? ('coop' as const) : ('member' as const),
      id: voter.voterKey,
      name: voter.name,
    },
    ballot: result.row.ballot as Record<string, unknown>,
    castBy: { id: castBy, name: actor.kind === 'user' ? actor.name : '' },
    castAt: result.row.castAt.toISOString(),
    replacedEarlierVote: result.replaced,
  } satisfies z.infer<typeof VoteOut>;
}

/** The live tally of an open decision, or the one frozen in its outcome. */
export async function computeTally(db: Db, d: DecisionRow, scope: string[] | null): Promise<Tally> {
  const [current, eligible] = await Promise.all([
    currentVotesOf(db, d.id),
    countEligible(db, d.voters, scope),
  ]);
  return tally(
    d.kind,
    d.options as DecisionOption[],
    current.map((v) => ({ voterKey: v.voterKey, ballot: v.ballot })),
    { kind: d.quorumKind, value: d.quorumValue },
    eligible,
  );
}

export async function getTally(db: Db, actor: Actor, id: string): Promise<z.infer<typeof TallyOut>> {
  const { d, lead } = await visibleDecision(db, actor, id);
  const scope = votingCoops(lead);
  const hidden = d.anonymousUntilClose && d.status === 'open';
  const [current, eligible, outcome] = await Promise.all([
    currentVotesOf(db, id),
    countEligible(db, d.voters, scope),
    outcomeOf(db, id),
  ]);
  const frozen = outcome?.tally as Tally | undefined;
  const live = frozen ?? (await computeTally(db, d, scope));
  const names = hidden
    ? new Map<string, string>()
    : await voterNames(
        db,
        d.voters,
        current.map((v) => v.voterKey),
      );
  const voter = (key: string) => ({
    kind: d.voters === 'per_coop' ? ('coop' as const) : ('member' as const),
    id: key,
    name: names.get(key) ?? '',
  });
  return {
    decisionId: id,
    status: d.status,
    hidden,
    voted: current.length,
    eligible: frozen?.eligible ?? eligible,
    quorumNeeded:
      frozen?.quorumNeeded ?? quorumNeeded({ kind: d.quorumKind, value: d.quorumValue }, eligible),
    votedBy: hidden ? [] : current.map((v) => voter(v.voterKey)),
    tally: hidden ? null : (live as unknown as Record<string, unknown>),
    votes: hidden
      ? null
      : current.map((v) => ({ voter: voter(v.voterKey), ballot: v.ballot as Record<string, unknown> })),
  };
}
