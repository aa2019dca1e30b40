/**
 * Audit trails: everything that led to an outcome, in time order — the
 * recommendation shown, the proposal, every vote cast (who and what only once
 * anonymity has ended), the closing, the outcome, the ledger entries it wrote
 * and, for a lead, its lifecycle events. All of it is read from append-only
 * tables, so the trail cannot be rewritten after the fact.
 */
import type { z } from '@hono/zod-openapi';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { recommendations } from '../../db/schema/allocation.ts';
import { decisions, votes } from '../../db/schema/decisions.ts';
import type { Actor } from '../../http/context.ts';
import { entriesPage } from '../allocation/ledger.queries.ts';
import { presentEntry } from '../allocation/ledger.service.ts';
import { listEvents, visibleLeadsSql } from '../leads/lead.queries.ts';
import { visibleLead } from '../leads/lead.service.ts';
import { visibleDecision } from './decision.access.ts';
import { presentOutcome } from './decision.present.ts';
import { type DecisionRow, outcomeOf, outcomesOfLead, userRefs, voterNames } from './decision.queries.ts';
import type { AuditItem } from './decision.schemas.ts';

type Item = z.infer<typeof AuditItem>;
type People = Map<string, { id: string; name: string }>;

const who = (people: People, id: string | null) => (id ? (people.get(id) ?? { id, name: '' }) : null);

async function recommendationItems(
  db: Db,
  where: { leadId?: string; id?: string },
  people: People,
): Promise<Item[]> {
  const rows = await db
    .select()
    .from(recommendations)
    .where(where.id ? eq(recommendations.id, where.id) : eq(recommendations.leadId, where.leadId!))
    .orderBy(asc(recommendations.createdAt));
  const more = await userRefs(
    db,
    rows.map((r) => r.createdBy),
  );
  return rows.map((r) => ({
    at: r.createdAt.toISOString(),
    type: 'recommendation',
    actor: who(more.size ? more : people, r.createdBy),
    data: {
      id: r.id,
      policyVersion: r.policyVersion,
      method: r.output.method,
      seed: r.seed,
      order: r.output.ranked.map((c) => ({ coopId: c.coopId, coopName: c.coopName, rank: c.rank })),
    },
  }));
}

async function decisionItems(db: Db, d: DecisionRow): Promise<Item[]> {
  const hidden = d.anonymousUntilClose && d.status === 'open';
  const cast = await db.select().from(votes).where(eq(votes.decisionId, d.id)).orderBy(asc(votes.id));
  const people = await userRefs(db, [d.createdBy, d.closedBy, ...cast.map((v) => v.castBy)]);
  const names = hidden
    ? new Map<string, string>()
    : await voterNames(db, d.voters, [...new Set(cast.map((v) => v.voterKey))]);
  const seen = new Set<string>();
  const items: Item[] = [
    {
      at: d.createdAt.toISOString(),
      type: 'decision.proposed',
      actor: who(people, d.createdBy),
      data: {
        decisionId: d.id,
        title: d.title,
        kind: d.kind,
        options: d.options,
        voters: d.voters,
        quorum: { kind: d.quorumKind, value: d.quorumValue },
        closesAt: d.closesAt.toISOString(),
        anonymousUntilClose: d.anonymousUntilClose,
        allowChange: d.allowChange,
        recommendationId: d.recommendationId,
      },
    },
  ];
  for (const v of cast) {
    const replaced = seen.has(v.voterKey);
    seen.add(v.voterKey);
    items.push({
      at: v.castAt.toISOString(),
      type: 'vote.cast',
      actor: hidden ? null : who(people, v.castBy),
      data: hidden
        ? { decisionId: d.id }
        : {
            decisionId: d.id,
            voter: {
              kind: d.voters === 'per_coop' ? 'coop' : 'member',
              id: v.voterKey,
              name: names.get(v.voterKey) ?? '',
            },
            ballot: v.ballot,
            replacedEarlierVote: replaced,
          },
    });
  }
  if (d.closedAt)
    items.push({
      at: d.closedAt.toISOString(),
      type: `decision.${d.status}`,
      actor: who(people, d.closedBy),
      data: { decisionId: d.id },
    });
  return items;
}

async function ledgerItems(db: Db, actor: Actor, leadId: string, outcomeId?: string): Promise<Item[]> {
  const { rows } = await entriesPage(db, actor, {
    leadId,
    limit: 1000,
    offset: 0,
    order: 'asc',
    leadVisibleSql: visibleLeadsSql(actor),
  });
  return rows
    .filter((r) => outcomeId === undefined || r.outcome_id === outcomeId)
    .map((r) => ({ at: r.at.toISOString(), type: 'ledger.entry', actor: null, data: presentEntry(r) }));
}

/** Stable: items at the same instant keep the order they were gathered in (cause before effect). */
const inTimeOrder = (items: Item[]) =>
  items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.at < b.item.at ? -1 : a.item.at > b.item.at ? 1 : a.i - b.i))
    .map((x) => x.item);

export async function decisionAudit(db: Db, actor: Actor, id: string) {
  const { d } = await visibleDecision(db, actor, id);
  const items = await decisionItems(db, d);
  if (d.recommendationId)
    items.unshift(...(await recommendationItems(db, { id: d.recommendationId }, new Map())));
  const outcome = await outcomeOf(db, d.id);
  if (outcome) {
    items.push({
      at: outcome.createdAt.toISOString(),
      type: 'outcome',
      actor: null,
      data: await presentOutcome(db, outcome),
    });
    if (outcome.leadId) items.push(...(await ledgerItems(db, actor, outcome.leadId, outcome.id)));
  }
  return { items: inTimeOrder(items) };
}

export async function leadAudit(db: Db, actor: Actor, leadId: string) {
  await visibleLead(db, actor, leadId);
  const [events, recs, ds, outs, ledger] = await Promise.all([
    listEvents(db, leadId),
    recommendationItems(db, { leadId }, new Map()),
    db.select().from(decisions).where(eq(decisions.leadId, leadId)).orderBy(asc(decisions.createdAt)),
    outcomesOfLead(db, leadId),
    ledgerItems(db, actor, leadId),
  ]);
  const items: Item[] = events.map((e) => ({
    at: e.at.toISOString(),
    type: `lead.${e.kind}`,
    actor: e.actorId ? { id: e.actorId, name: e.actorName ?? '' } : null,
    data: { from: e.from, to: e.to, note: e.note, fields: e.fields },
  }));
  items.push(...recs);
  for (const d of ds) items.push(...(await decisionItems(db, d)));
  for (const o of outs)
    items.push({
      at: o.createdAt.toISOString(),
      type: 'outcome',
      actor: null,
      data: await presentOutcome(db, o),
    });
  items.push(...ledger);
  return { items: inTimeOrder(items) };
}
