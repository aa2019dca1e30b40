/**
 * Calls for partners: posting, reading, editing, the bid checklist and the
 * result with its post-mortem, and the network's success rate beside the
 * published programme rates. Applications and eligibility live in
 * call-application.service.ts.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calls } from '../../db/schema/teams.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { offsetOf } from '../../http/paging.ts';
import { conflict, invalid, notFound } from '../../http/problem.ts';
import { canManageCall, canPostCallFor, canSeeCall } from './call.policy.ts';
import { presentCall, presentCallSummary } from './call.present.ts';
import {
  type CallRecord,
  loadApplications,
  loadCall,
  resolveCompetences,
  visibleCallsSql,
} from './call.queries.ts';
import { type CallStatus, canMoveCall, editChecklist } from './call.rules.ts';
import type {
  CallCreateInput,
  CallListFilter,
  CallResultInput,
  CallUpdateInput,
  ChecklistPatchInput,
} from './call.schemas.ts';
import { PUBLISHED_PROGRAMME_RATES } from './programme-rates.ts';

/** Loads a call the actor may see; a call they may not see does not exist for them. */
export async function visibleCall(db: Db, actor: Actor, id: string): Promise<CallRecord> {
  authorize(actor, actor.kind === 'user', 'Calls for partners are shared with the network’s members.');
  const r = await loadCall(db, id);
  if (!r || !canSeeCall(actor, r)) throw notFound('Call');
  return r;
}

export async function managedCall(db: Db, actor: Actor, id: string): Promise<CallRecord> {
  const r = await visibleCall(db, actor, id);
  authorize(actor, canManageCall(actor, r), 'Only the posting co-op and the network’s admins run this call.');
  return r;
}

export async function getCall(db: Db, actor: Actor, id: string) {
  const r = await visibleCall(db, actor, id);
  const mine = actor.kind === 'user' ? [...actor.coops.keys()] : [];
  const apps = await loadApplications(db, id, canManageCall(actor, r) ? undefined : mine);
  return presentCall(r, apps, actor);
}

function ruleErrors(r: { minPartners?: number; maxPartners?: number | null }) {
  if (r.maxPartners != null && r.minPartners !== undefined && r.maxPartners < r.minPartners)
    throw invalid([
      {
        pointer: '#/json/rules/maxPartners',
        field: 'rules.maxPartners',
        detail: 'The maximum is below the minimum.',
      },
    ]);
}

export async function postCall(db: Db, actor: Actor, input: CallCreateInput) {
  authorize(actor, actor.kind === 'user', 'Sign in to post a call for partners.');
  const own = actor.kind === 'user' && actor.coops.size === 1 ? [...actor.coops.keys()][0] : undefined;
  const coopId = input.coopId ?? own;
  if (!coopId)
    throw invalid([
      { pointer: '#/json/coopId', field: 'coopId', detail: 'Name the co-op posting the call.' },
    ]);
  authorize(actor, canPostCallFor(actor, coopId), 'You can post a call only for a co-op you belong to.');
  ruleErrors(input.rules);
  const competenceIds = await resolveCompetences(db, 'rules.competences', input.rules.competences);
  const { items } = editChecklist([], { add: input.checklist, update: [], remove: [] }, '', new Date());
  const [row] = await db
    .insert(calls)
    .values({
      postedByCoopId: coopId,
      title: input.title,
      programme: input.programme,
      description: input.description,
      deadline: input.deadline ? new Date(input.deadline) : null,
      minPartners: input.rules.minPartners,
      maxPartners: input.rules.maxPartners,
      minCountries: input.rules.minCountries,
      orgTypes: input.rules.orgTypes,
      requiredRoles: input.rules.requiredRoles,
      competenceIds,
      checklist: items,
      createdBy: actor.kind === 'user' ? actor.userId : null,
    })
    .returning({ id: calls.id })
    .catch((e: { code?: string; cause?: { code?: string } }) => {
      if ((e.code ?? e.cause?.code) === '23503')
        throw invalid([{ pointer: '#/json/coopId', field: 'coopId', detail: 'No such co-op.' }]);
      throw e;
    });
  return getCall(db, actor, row!.id);
}

export async function listCalls(db: Db, actor: Actor, f: CallListFilter) {
  authorize(actor, actor.kind === 'user', 'Calls for partners are shared with the network’s members.');
  const cond = sql.join(
    [visibleCallsSql(actor), ...(f.status ? [sql`c.status = ${f.status}::call_status`] : [])],
    sql` and `,
  );
  const [rows, count] = await Promise.all([
    db.execute<{ id: string }>(
      sql`select c.id from calls c where ${cond} order by c.created_at desc, c.id limit ${f.pageSize} offset ${offsetOf(f)}`,
    ),
    db.execute<{ n: number }>(sql`select count(*)::int as n from calls c where ${cond}`),
  ]);
  const records = await Promise.all(rows.rows.map((r) => loadCall(db, r.id)));
  return {
    items: records.flatMap((r) => (r ? [presentCallSummary(r, actor)] : [])),
    page: f.page,
    pageSize: f.pageSize,
    total: count.rows[0]?.n ?? 0,
  };
}

async function moveTo(db: Db, r: CallRecord, to: CallStatus, set: Partial<typeof calls.$inferInsert>) {
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .execute<{ status: CallStatus }>(sql`select status from calls where id = ${r.call.id} for update`)
      .then((x) => x.rows);
    if (!locked || !canMoveCall(locked.status, to))
      throw conflict(`A call that is ${locked?.status ?? 'gone'} cannot become ${to}.`);
    await tx
      .update(calls)
      .set({ ...set, status: to, updatedAt: new Date() })
      .where(eq(calls.id, r.call.id));
  });
}

export async function updateCall(db: Db, actor: Actor, id: string, input: CallUpdateInput) {
  const r = await managedCall(db, actor, id);
  const rules = input.rules ?? {};
  ruleErrors({
    minPartners: rules.minPartners ?? r.call.minPartners,
    maxPartners: rules.maxPartners ?? r.call.maxPartners,
  });
  const set: Partial<typeof calls.$inferInsert> = {};
  if (input.title !== undefined) set.title = input.title;
  if (input.programme !== undefined) set.programme = input.programme;
  if (input.description !== undefined) set.description = input.description;
  if (input.deadline !== undefined) set.deadline = input.deadline ? new Date(input.deadline) : null;
  if (rules.minPartners !== undefined) set.minPartners = rules.minPartners;
  if (rules.maxPartners !== undefined) set.maxPartners = rules.maxPartners;
  if (rules.minCountries !== undefined) set.minCountries = rules.minCountries;
  if (rules.orgTypes !== undefined) set.orgTypes = rules.orgTypes;
  if (rules.requiredRoles !== undefined) set.requiredRoles = rules.requiredRoles;
  if (rules.competences !== undefined)
    set.competenceIds = await resolveCompetences(db, 'rules.competences', rules.competences);
  await moveTo(db, r, input.status ?? r.call.status, set);
  return getCall(db, actor, id);
}

export async function patchChecklist(db: Db, actor: Actor, id: string, edit: ChecklistPatchInput) {
  await managedCall(db, actor, id);
  const by = actor.kind === 'user' ? actor.userId : '';
  await db.transaction(async (tx) => {
    // Two people ticking items at once must not lose each other's ticks.
    const [row] = await tx
      .select({ checklist: calls.checklist })
      .from(calls)
      .where(eq(calls.id, id))
      .for('update');
    const { items, errors } = editChecklist(row?.checklist ?? [], edit, by, new Date());
    if (errors.length) throw invalid(errors);
    await tx.update(calls).set({ checklist: items, updatedAt: new Date() }).where(eq(calls.id, id));
  });
  return getCall(db, actor, id);
}

export async function recordResult(db: Db, actor: Actor, id: string, input: CallResultInput) {
  const r = await managedCall(db, actor, id);
  await moveTo(db, r, input.status, {
    resultNote: input.note,
    postMortem: input.postMortem,
    decidedAt: new Date(),
  });
  return getCall(db, actor, id);
}

/**
 * The network's bids that were decided, won, and the rate, beside published
 * programme rates. Private joint bids are left out: counting them would tell
 * readers that a private bid exists.
 */
export async function callStats(db: Db, actor: Actor) {
  authorize(actor, actor.kind === 'user', 'Calls for partners are shared with the network’s members.');
  const rows = await db.execute<{ programme: string; decided: number; won: number }>(sql`
    select programme, count(*)::int as decided, count(*) filter (where status = 'won')::int as won
    from calls where visibility = 'network' and status in ('won', 'lost') group by programme order by programme`);
  const decided = rows.rows.reduce((n, r) => n + r.decided, 0);
  const won = rows.rows.reduce((n, r) => n + r.won, 0);
  return {
    decided,
    won,
    rate: decided > 0 ? won / decided : null,
    byProgramme: rows.rows.map((r) => ({
      programme: r.programme,
      decided: r.decided,
      won: r.won,
      rate: r.won / r.decided,
    })),
    programmes: PUBLISHED_PROGRAMME_RATES.map((p) => ({ ...p })),
  };
}
