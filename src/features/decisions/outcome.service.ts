/**
 * Outcomes: closing a decision (by its creator, a network admin, or the clock)
 * and awarding a lead directly. Each produces exactly one `outcomes` row; for
 * a lead that row assigns it (through the leads service), credits the ledger
 * (the ledger listens to the transition) and tells everyone concerned.
 *
 * Why exactly one, under concurrency: the lead's row is locked first, then the
 * decision's, in that order everywhere; the status is checked under the
 * locks; and the unique indexes on outcomes(decision_id) and
 * outcomes(lead_id) refuse a second row even if a path forgot to lock.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { decisions, outcomes, votes } from '../../db/schema/decisions.ts';
import { coops } from '../../db/schema/directory.ts';
import { leadInterests, leads } from '../../db/schema/leads.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor, Deps } from '../../http/context.ts';
import { conflict, invalid } from '../../http/problem.ts';
import { resolveShares } from '../allocation/ledger.rules.ts';
import { pgErrorCode, UNIQUE_VIOLATION } from '../allocation/pg-errors.ts';
import { loadLead, lockLead } from '../leads/lead.queries.ts';
import { visibleLead } from '../leads/lead.service.ts';
import { moveLeadInTx } from '../leads/lead.transition.service.ts';
import { visibleDecision } from './decision.access.ts';
import { outcomeMessage, tellMembers } from './decision.notify.ts';
import { canAward, canClose, votingCoops } from './decision.policy.ts';
import { presentOutcome } from './decision.present.ts';
import { type DecisionRow, loadDecision, lockDecision, type OutcomeRow } from './decision.queries.ts';
import type { AwardRequest, CloseRequest } from './decision.schemas.ts';
import type { Tally } from './decisions.rules.ts';
import { computeTally } from './vote.service.ts';

const DAY = 86_400_000;
const AS_THE_NETWORK = new Set(['network_admin'] as const);
const defaultReview = (now: Date) => new Date(now.getTime() + 90 * DAY).toISOString().slice(0, 10);

async function insertOutcome(tx: Tx, values: typeof outcomes.$inferInsert): Promise<OutcomeRow> {
  try {
    const [row] = await tx.insert(outcomes).values(values).returning();
    return row!;
  } catch (e) {
    if (pgErrorCode(e) === UNIQUE_VIOLATION) throw conflict('This already has its outcome.');
    throw e;
  }
}

function chosenByTally(t: Tally, breakTie: string[] | undefined): string[] {
  if (!breakTie) return t.chosen;
  if (t.result !== 'tie')
    throw invalid([{ pointer: '#/json/breakTie', field: 'breakTie', detail: 'There is no tie to break.' }]);
  const errors = breakTie.flatMap((k, i) =>
    t.tied.includes(k)
      ? []
      : [{ pointer: `#/json/breakTie/${i}`, field: `breakTie.${i}`, detail: 'Not one of the tied options.' }],
  );
  if (errors.length) throw invalid(errors);
  return [...new Set(breakTie)];
}

export async function closeDecision(
  deps: Deps,
  actor: Actor | null,
  id: string,
  req: CloseRequest,
  now = new Date(),
) {
  const { db } = deps.database;
  let d: DecisionRow | undefined;
  let lead: Awaited<ReturnType<typeof loadLead>> | null = null;
  if (actor) {
    ({ d, lead } = await visibleDecision(db, actor, id));
    authorize(
      actor,
      canClose(actor, d),
      'Only whoever proposed the decision, or a network admin, closes it.',
    );
  } else {
    d = await loadDecision(db, id);
    lead = d?.leadId ? ((await loadLead(db, d.leadId)) ?? null) : null;
  }
  if (!d) throw conflict('No such decision.');
  if (d.status !== 'open') throw conflict(`This decision is already ${d.status}.`);
  const actorId = actor?.kind === 'user' ? actor.userId : null;
  const scope = votingCoops(lead);
  const decision = d;

  const outcome = await db.transaction(async (tx) => {
    if (decision.leadId) await lockLead(tx, decision.leadId);
    const locked = await lockDecision(tx, id, 'update');
    if (locked?.status !== 'open') throw conflict(`This decision is already ${locked?.status ?? 'gone'}.`);
    const t = await computeTally(tx, locked, scope);
    const chosen = chosenByTally(t, req.breakTie);
    const chosenCoopIds = locked.options.flatMap((o) =>
      chosen.includes(o.key) && o.coopId ? [o.coopId] : [],
    );
    const assigns = locked.leadId !== null && chosenCoopIds.length > 0;
    const shares = assigns ? resolveShares(chosenCoopIds) : null;
    const row = await insertOutcome(tx, {
      decisionId: id,
      leadId: assigns ? locked.leadId : null,
      kind: 'decision',
      chosenOptions: chosen,
      chosenCoopIds,
      shares: shares?.ok ? shares.shares : null,
      rationale: req.rationale,
      reviewDate: req.reviewDate ?? defaultReview(now),
      tally: { ...t, breakTie: req.breakTie ?? null },
      createdBy: actorId,
    });
    await tx
      .update(decisions)
      .set({ status: 'closed', closedAt: now, closedBy: actorId })
      .where(eq(decisions.id, id));
    if (assigns && shares?.ok)
      await moveLeadInTx(tx, {
        leadId: locked.leadId!,
        to: 'assigned',
        roles: AS_THE_NETWORK,
        actorId,
        note: `Assigned by the decision “${locked.title}”.`,
        assignedCoopIds: chosenCoopIds,
        shares: shares.shares,
        outcomeId: row.id,
      });
    return row;
  });
  await tellConcerned(deps, decision.title, outcome);
  return presentOutcome(db, outcome);
}

export async function awardLead(
  deps: Deps,
  actor: Actor,
  leadId: string,
  req: AwardRequest,
  now = new Date(),
) {
  const { db } = deps.database;
  const lead = await visibleLead(db, actor, leadId);
  authorize(actor, canAward(actor), 'Only network admins award a lead without a decision.');
  const known = new Set(
    (await db.select({ id: coops.id }).from(coops).where(inArray(coops.id, req.coopIds))).map((c) => c.id),
  );
  const unknown = req.coopIds.flatMap((id, i) =>
    known.has(id)
      ? []
      : [{ pointer: `#/json/coopIds/${i}`, field: `coopIds.${i}`, detail: 'Unknown co-op.' }],
  );
  if (unknown.length) throw invalid(unknown);
  const shares = resolveShares(req.coopIds, req.shares);
  if (!shares.ok)
    throw invalid(shares.errors.map((e) => ({ pointer: `#/json/${e.field.replaceAll('.', '/')}`, ...e })));
  const actorId = actor.kind === 'user' ? actor.userId : null;

  const outcome = await db.transaction(async (tx) => {
    await lockLead(tx, leadId);
    const [current] = await tx.select({ status: leads.status }).from(leads).where(eq(leads.id, leadId));
    if (current?.status === 'open')
      await moveLeadInTx(tx, {
        leadId,
        to: 'deciding',
        roles: AS_THE_NETWORK,
        actorId,
        note: 'Awarded directly.',
      });
    else if (current?.status !== 'deciding')
      throw conflict(`Only an open or deciding lead can be awarded; this one is ${current?.status}.`);
    // An award settles the question: a decision still open on this lead has nothing left to decide.
    await tx
      .update(decisions)
      .set({ status: 'cancelled', closedAt: now, closedBy: actorId })
      .where(and(eq(decisions.leadId, leadId), eq(decisions.status, 'open')));
    const row = await insertOutcome(tx, {
      leadId,
      kind: 'award',
      chosenCoopIds: req.coopIds,
      shares: shares.shares,
      rationale: req.rationale,
      reviewDate: req.reviewDate,
      createdBy: actorId,
    });
    await moveLeadInTx(tx, {
      leadId,
      to: 'assigned',
      roles: AS_THE_NETWORK,
      actorId,
      note: 'Awarded directly.',
      assignedCoopIds: req.coopIds,
      shares: shares.shares,
      outcomeId: row.id,
    });
    return row;
  });
  await tellConcerned(deps, lead.title, outcome);
  return presentOutcome(db, outcome);
}

const RESULT_WORDS: Record<Tally['result'], [string, string]> = {
  passed: ['the proposal passed', 'la propuesta fue aprobada'],
  chosen: ['the tally chose an option', 'el recuento eligió una opción'],
  blocked: ['the proposal was blocked', 'la propuesta fue bloqueada'],
  not_passed: ['nothing was chosen', 'no se eligió nada'],
  tie: [
    'the tally ended in a tie, so nothing was chosen',
    'el recuento terminó en empate, así que no se eligió nada',
  ],
  no_quorum: ['quorum was not reached', 'no se alcanzó el quórum'],
};

/** Closes every open decision whose closing time has come (the close job, and a sweep should a job be lost). */
export async function closeDueDecisions(deps: Deps, now = new Date()): Promise<number> {
  const due = await deps.database.db.execute<{ id: string }>(
    sql`select id from decisions where status = 'open' and closes_at <= ${now.toISOString()} order by closes_at`,
  );
  let closed = 0;
  for (const { id } of due.rows) {
    const d = await loadDecision(deps.database.db, id);
    if (!d) continue;
    const lead = d.leadId ? ((await loadLead(deps.database.db, d.leadId)) ?? null) : null;
    const t = await computeTally(deps.database.db, d, votingCoops(lead));
    const [en, es] = RESULT_WORDS[t.result];
    try {
      await closeDecision(
        deps,
        null,
        id,
        { rationale: `Closed at its closing time: ${en}. / Cerrada a su hora de cierre: ${es}.` },
        now,
      );
      closed++;
    } catch (e) {
      deps.log.warn('could not close a due decision', { decisionId: id, error: String(e) });
    }
  }
  return closed;
}

/** The decision's creator and voters, the finder, the interested and the chosen co-ops' members. */
async function tellConcerned(deps: Deps, title: string, o: OutcomeRow) {
  const db: Db = deps.database.db;
  const leadId = o.leadId ?? (o.decisionId ? (await loadDecision(db, o.decisionId))?.leadId : null) ?? null;
  const users = new Set<string>();
  if (o.createdBy) users.add(o.createdBy);
  const coopIds = new Set(o.chosenCoopIds);
  let labels = o.chosenOptions;
  if (o.decisionId) {
    const d = await loadDecision(db, o.decisionId);
    labels = o.chosenOptions.map((k) => d?.options.find((x) => x.key === k)?.label ?? k);
    if (d?.createdBy) users.add(d.createdBy);
    for (const v of await db
      .select({ castBy: votes.castBy })
      .from(votes)
      .where(eq(votes.decisionId, o.decisionId)))
      users.add(v.castBy);
  }
  if (leadId) {
    const lead = await loadLead(db, leadId);
    if (lead?.finderCoopId) coopIds.add(lead.finderCoopId);
    const interested = await db
      .select({ coopId: leadInterests.coopId })
      .from(leadInterests)
      .where(eq(leadInterests.leadId, leadId));
    for (const i of interested) coopIds.add(i.coopId);
  }
  if (coopIds.size) {
    const r = await db.execute<{ user_id: string }>(
      sql`select distinct user_id from coop_members where coop_id = any(${`{${[...coopIds].join(',')}}`}::uuid[])`,
    );
    for (const m of r.rows) users.add(m.user_id);
  }
  const names = o.chosenCoopIds.length
    ? (
        await db
          .select({ id: coops.id, name: coops.name })
          .from(coops)
          .where(inArray(coops.id, o.chosenCoopIds))
      ).map((c) => c.name)
    : labels;
  const url = o.decisionId
    ? `${deps.config.publicUrl}/decisions/${o.decisionId}`
    : `${deps.config.publicUrl}/leads/${leadId}`;
  await tellMembers(deps, [...users], outcomeMessage(title, names, o.rationale, url));
}
