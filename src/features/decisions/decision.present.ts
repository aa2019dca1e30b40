/** Decision rows → responses. Never a raw row: options get their co-ops, actors their names. */
import type { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { recommendations } from '../../db/schema/allocation.ts';
import { leads } from '../../db/schema/leads.ts';
import type { RankedCoopOut } from '../allocation/recommendation.schemas.ts';
import {
  coopRefs,
  countEligible,
  currentVotesOf,
  type DecisionRow,
  type OutcomeRow,
  outcomeOf,
  userRefs,
} from './decision.queries.ts';
import type { DecisionOut, OutcomeOut } from './decision.schemas.ts';

export async function presentOutcome(db: DbOrTx, o: OutcomeRow): Promise<z.infer<typeof OutcomeOut>> {
  const [coops, users] = await Promise.all([coopRefs(db, o.chosenCoopIds), userRefs(db, [o.createdBy])]);
  return {
    id: o.id,
    decisionId: o.decisionId,
    leadId: o.leadId,
    kind: o.kind,
    chosenOptions: o.chosenOptions,
    chosenCoops: o.chosenCoopIds.flatMap((id) => (coops.has(id) ? [coops.get(id)!] : [])),
    shares: o.shares ?? null,
    rationale: o.rationale,
    reviewDate: o.reviewDate,
    createdBy: o.createdBy ? (users.get(o.createdBy) ?? null) : null,
    createdAt: o.createdAt.toISOString(),
  };
}

export async function presentDecision(
  db: DbOrTx,
  d: DecisionRow,
  votingCoopIds: string[] | null,
): Promise<z.infer<typeof DecisionOut>> {
  const coopIds = d.options.flatMap((o) => (o.coopId ? [o.coopId] : []));
  const [coops, users, lead, rec, votes, eligible, outcome] = await Promise.all([
    coopRefs(db, coopIds),
    userRefs(db, [d.createdBy]),
    d.leadId
      ? db.select({ id: leads.id, title: leads.title }).from(leads).where(eq(leads.id, d.leadId))
      : Promise.resolve([]),
    d.recommendationId
      ? db
          .select({
            id: recommendations.id,
            policyVersion: recommendations.policyVersion,
            output: recommendations.output,
          })
          .from(recommendations)
          .where(eq(recommendations.id, d.recommendationId))
      : Promise.resolve([]),
    currentVotesOf(db, d.id),
    countEligible(db, d.voters, votingCoopIds),
    outcomeOf(db, d.id),
  ]);
  const r = rec[0];
  return {
    id: d.id,
    lead: lead[0] ?? null,
    title: d.title,
    body: d.body,
    kind: d.kind,
    options: d.options.map((o) => ({
      key: o.key,
      label: o.label,
      coop: o.coopId ? (coops.get(o.coopId) ?? null) : null,
    })),
    voters: d.voters,
    quorum: { kind: d.quorumKind, value: d.quorumValue },
    closesAt: d.closesAt.toISOString(),
    anonymousUntilClose: d.anonymousUntilClose,
    allowChange: d.allowChange,
    status: d.status,
    recommendation: r
      ? {
          id: r.id,
          policyVersion: r.policyVersion,
          ranked: r.output.ranked as unknown as z.infer<typeof RankedCoopOut>[],
        }
      : null,
    voted: votes.length,
    eligible,
    createdBy: d.createdBy ? (users.get(d.createdBy) ?? null) : null,
    createdAt: d.createdAt.toISOString(),
    closedAt: d.closedAt ? d.closedAt.toISOString() : null,
    outcome: outcome ? await presentOutcome(db, outcome) : null,
  };
}
