/**
 * Proposing, listing, reading and cancelling group decisions. A decision on a
 * lead moves it to "deciding" in the same transaction; one decision is open
 * per lead at a time.
 */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { recommendations } from '../../db/schema/allocation.ts';
import { type DecisionOption, decisions } from '../../db/schema/decisions.ts';
import { coops } from '../../db/schema/directory.ts';
import { leadInterests, leads } from '../../db/schema/leads.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor, Deps } from '../../http/context.ts';
import { offsetOf } from '../../http/paging.ts';
import { conflict, type FieldError, invalid } from '../../http/problem.ts';
import { leadRoles } from '../leads/lead.policy.ts';
import { type LeadRecord, lockLead, visibleLeadsSql } from '../leads/lead.queries.ts';
import { visibleLead } from '../leads/lead.service.ts';
import { moveLeadInTx } from '../leads/lead.transition.service.ts';
import { visibleDecision } from './decision.access.ts';
import { scheduleDecisionJobs } from './decision.jobs.ts';
import { canClose, canPropose, votingCoops } from './decision.policy.ts';
import { presentDecision } from './decision.present.ts';
import { type DecisionRow, openDecisionOfLead } from './decision.queries.ts';
import type { DecisionCreateInput } from './decision.schemas.ts';

const field = (name: string, detail: string): FieldError => ({
  pointer: `#/json/${name.replaceAll('.', '/')}`,
  field: name,
  detail,
});

async function coopOptions(db: Db, lead: LeadRecord, slugs: string[] | undefined): Promise<DecisionOption[]> {
  if (slugs) {
    const rows = slugs.length
      ? await db
          .select({ id: coops.id, slug: coops.slug, name: coops.name })
          .from(coops)
          .where(inArray(coops.slug, slugs))
      : [];
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    const errors = slugs.flatMap((s, i) =>
      bySlug.has(s)
        ? slugs.indexOf(s) === i
          ? []
          : [field(`coops.${i}`, 'This co-op is named twice.')]
        : [field(`coops.${i}`, `Unknown co-op "${s}".`)],
    );
    if (errors.length) throw invalid(errors);
    return slugs.map((s, i) => ({ key: `o${i + 1}`, label: bySlug.get(s)!.name, coopId: bySlug.get(s)!.id }));
  }
  const interested = await db
    .select({ id: coops.id, name: coops.name })
    .from(leadInterests)
    .innerJoin(coops, eq(coops.id, leadInterests.coopId))
    .where(and(eq(leadInterests.leadId, lead.id), isNull(leadInterests.withdrawnAt)))
    .orderBy(leadInterests.createdAt);
  return interested.map((c, i) => ({ key: `o${i + 1}`, label: c.name, coopId: c.id }));
}

function freeOptions(labels: string[]): DecisionOption[] {
  const seen = new Set<string>();
  const errors = labels.flatMap((l, i) => {
    const k = l.toLowerCase();
    if (seen.has(k)) return [field(`options.${i}`, 'This option is listed twice.')];
    seen.add(k);
    return [];
  });
  if (errors.length) throw invalid(errors);
  return labels.map((label, i) => ({ key: `o${i + 1}`, label, coopId: null }));
}

async function recommendationFor(db: Db, leadId: string | null, given: string | undefined) {
  if (!leadId) {
    if (given) throw invalid([field('recommendationId', 'Only a lead decision shows a recommendation.')]);
    return null;
  }
  const [row] = await db
    .select({ id: recommendations.id, leadId: recommendations.leadId })
    .from(recommendations)
    .where(given ? eq(recommendations.id, given) : eq(recommendations.leadId, leadId))
    .orderBy(desc(recommendations.createdAt))
    .limit(1);
  if (given && row?.leadId !== leadId)
    throw invalid([field('recommendationId', 'Not a recommendation for this lead.')]);
  return row?.id ?? null;
}

export async function createDecision(deps: Deps, actor: Actor, input: DecisionCreateInput, now = new Date()) {
  const { db } = deps.database;
  authorize(actor, actor.kind === 'user', 'Sign in to propose a decision.');
  const lead = input.leadId ? await visibleLead(db, actor, input.leadId) : null;
  authorize(
    actor,
    canPropose(actor, lead),
    lead
      ? 'Members of the finder co-op, or network admins, put a lead to a decision.'
      : 'Members of the network’s co-ops propose decisions.',
  );
  const closesAt = new Date(input.closesAt);
  if (closesAt <= now) throw invalid([field('closesAt', 'Choose a closing time in the future.')]);
  if (lead && input.options)
    throw invalid([field('options', 'A lead decision puts co-ops on the ballot: use "coops".')]);
  if (!lead && input.coops)
    throw invalid([field('coops', 'Only a lead decision puts co-ops on the ballot.')]);
  const options = lead ? await coopOptions(db, lead, input.coops) : freeOptions(input.options ?? []);
  const where = lead ? 'coops' : 'options';
  if (input.kind !== 'consent' && options.length < 2)
    throw invalid([field(where, 'A vote, a ranking or a score needs at least two options.')]);
  if (input.kind === 'consent' && lead && options.length === 0)
    throw invalid([field('coops', 'Propose at least one co-op (no co-op is interested yet).')]);
  const recommendationId = await recommendationFor(db, lead?.id ?? null, input.recommendationId);
  const userId = actor.kind === 'user' ? actor.userId : null;

  const id = await db.transaction(async (tx) => {
    if (lead) {
      await lockLead(tx, lead.id);
      if (await openDecisionOfLead(tx, lead.id)) throw conflict('This lead already has an open decision.');
      const [now_] = await tx.select({ status: leads.status }).from(leads).where(eq(leads.id, lead.id));
      if (now_?.status === 'open')
        await moveLeadInTx(tx, {
          leadId: lead.id,
          to: 'deciding',
          roles: leadRoles(actor, lead),
          actorId: userId,
          note: `Put to a decision: ${input.title}`,
        });
      else if (now_?.status !== 'deciding')
        throw conflict(`A lead is put to a decision while open or deciding; this one is ${now_?.status}.`);
    }
    const [row] = await tx
      .insert(decisions)
      .values({
        leadId: lead?.id ?? null,
        title: input.title,
        body: input.body,
        kind: input.kind,
        options,
        voters: input.voters,
        quorumKind: input.quorum.kind,
        quorumValue: input.quorum.value,
        closesAt,
        anonymousUntilClose: input.anonymousUntilClose,
        allowChange: input.allowChange,
        recommendationId,
        createdBy: userId,
      })
      .returning({ id: decisions.id });
    await scheduleDecisionJobs(deps.jobs, tx, { id: row!.id, closesAt }, now);
    return row!.id;
  });
  return getDecision(db, actor, id);
}

export async function getDecision(db: Db, actor: Actor, id: string) {
  const { d, lead } = await visibleDecision(db, actor, id);
  return presentDecision(db, d, votingCoops(lead));
}

export async function listDecisions(
  db: Db,
  actor: Actor,
  q: {
    status?: DecisionRow['status'] | undefined;
    lead?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  authorize(actor, actor.kind === 'user', 'Decisions are the network members’ business.');
  const where = sql.join(
    [
      sql`(d.lead_id is null or exists (select 1 from leads l where l.id = d.lead_id and ${visibleLeadsSql(actor)}))`,
      ...(q.status ? [sql`d.status = ${q.status}`] : []),
      ...(q.lead ? [sql`d.lead_id = ${q.lead}`] : []),
    ],
    sql` and `,
  );
  const [rows, count] = await Promise.all([
    db.execute<{
      id: string;
      lead_id: string | null;
      lead_title: string | null;
      title: string;
      kind: DecisionRow['kind'];
      status: DecisionRow['status'];
      closes_at: string;
      created_at: string;
    }>(sql`
      select d.id, d.lead_id, (select title from leads where id = d.lead_id) as lead_title, d.title, d.kind, d.status,
        d.closes_at, d.created_at
      from decisions d where ${where}
      order by d.closes_at asc, d.id
      limit ${q.pageSize} offset ${offsetOf(q)}`),
    db.execute<{ n: number }>(sql`select count(*)::int as n from decisions d where ${where}`),
  ]);
  return {
    items: rows.rows.map((r) => ({
      id: r.id,
      lead: r.lead_id ? { id: r.lead_id, title: r.lead_title ?? '' } : null,
      title: r.title,
      kind: r.kind,
      status: r.status,
      closesAt: new Date(r.closes_at).toISOString(),
      createdAt: new Date(r.created_at).toISOString(),
    })),
    page: q.page,
    pageSize: q.pageSize,
    total: Number(count.rows[0]?.n ?? 0),
  };
}

/** Withdraws a proposal: no outcome, the lead stays deciding for another decision or an award. */
export async function cancelDecision(db: Db, actor: Actor, id: string, now = new Date()) {
  const { d } = await visibleDecision(db, actor, id);
  authorize(actor, canClose(actor, d), 'Only whoever proposed the decision, or a network admin, cancels it.');
  const [row] = await db
    .update(decisions)
    .set({ status: 'cancelled', closedAt: now, closedBy: actor.kind === 'user' ? actor.userId : null })
    .where(and(eq(decisions.id, id), eq(decisions.status, 'open')))
    .returning({ id: decisions.id });
  if (!row) throw conflict('Only an open decision can be cancelled.');
  return getDecision(db, actor, id);
}
