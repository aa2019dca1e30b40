/**
 * Private tender declarations. A co-op says "we were invited to tender X";
 * only its own members ever see that. When two or more co-ops declare the
 * same tender, each one's admins are told privately, without naming the
 * others, and offered a joint bid. Co-ops are named to each other only when
 * both accept, and then only in the private call for partners created for
 * them. Network admins see counts, never who declared what.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { coops } from '../../db/schema/directory.ts';
import { callCoops, calls, tenderDeclarations } from '../../db/schema/teams.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor, Deps } from '../../http/context.ts';
import { conflict, invalid, notFound } from '../../http/problem.ts';
import { canApplyFor } from './call.policy.ts';
import { tenderMatchMail } from './tender.mail.ts';
import { tenderKey } from './tender.rules.ts';
import type { DeclarationRequest } from './tender.schemas.ts';

type Row = typeof tenderDeclarations.$inferSelect;
type CoopRef = { id: string; slug: string; name: string };

const lockKey = (tx: Tx, key: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`tender:${key}`}))`);

/** Declarations of the given tenders, with their co-ops: what the presenter needs to count and name. */
async function groupsOf(db: Db | Tx, keys: readonly string[]) {
  if (keys.length === 0) return new Map<string, Array<{ d: Row; coop: CoopRef }>>();
  const rows = await db
    .select({ d: tenderDeclarations, coop: { id: coops.id, slug: coops.slug, name: coops.name } })
    .from(tenderDeclarations)
    .innerJoin(coops, eq(coops.id, tenderDeclarations.coopId))
    .where(inArray(tenderDeclarations.tenderKey, [...new Set(keys)]));
  const out = new Map<string, Array<{ d: Row; coop: CoopRef }>>();
  for (const r of rows) out.set(r.d.tenderKey, [...(out.get(r.d.tenderKey) ?? []), r]);
  return out;
}

function present(own: { d: Row; coop: CoopRef }, group: Array<{ d: Row; coop: CoopRef }>) {
  const others = group.filter((g) => g.d.coopId !== own.d.coopId);
  const accepted = own.d.jointBid === 'accepted';
  return {
    id: own.d.id,
    coop: own.coop,
    tenderRef: own.d.tenderRef,
    buyer: own.d.buyer,
    note: own.d.note,
    createdAt: own.d.createdAt.toISOString(),
    match:
      own.d.matchedAt && others.length > 0
        ? {
            otherCoops: others.length,
            since: own.d.matchedAt.toISOString(),
            jointBid: own.d.jointBid,
            partners: accepted ? others.filter((g) => g.d.jointBid === 'accepted').map((g) => g.coop) : [],
            jointCallId: own.d.jointCallId,
          }
        : null,
  };
}

async function presentRows(db: Db, rows: Array<{ d: Row; coop: CoopRef }>) {
  const groups = await groupsOf(
    db,
    rows.map((r) => r.d.tenderKey),
  );
  return rows.map((r) => present(r, groups.get(r.d.tenderKey) ?? [r]));
}

/**
 * Tells each matched co-op's admins, privately. The one place to move to the
 * notifications slice once it carries a tender kind; until then, email.
 */
export async function tellMatchedCoops(
  deps: Pick<Deps, 'database' | 'mailer' | 'log' | 'config'>,
  key: string,
) {
  const { db } = deps.database;
  const group = (await groupsOf(db, [key])).get(key) ?? [];
  if (group.length < 2) return;
  const admins = await db.execute<{
    coop_id: string;
    email: string;
    name: string;
    locale: 'en' | 'es' | null;
  }>(sql`
    select m.coop_id, u.email, u.name, u.locale from coop_members m join "user" u on u.id = m.user_id
    where m.role = 'admin' and m.coop_id = any(${`{${group.map((g) => g.d.coopId).join(',')}}`}::uuid[])`);
  for (const a of admins.rows) {
    const own = group.find((g) => g.d.coopId === a.coop_id)!;
    const mail = tenderMatchMail(
      { email: a.email, name: a.name, locale: a.locale ?? 'en' },
      {
        coopName: own.coop.name,
        tenderRef: own.d.tenderRef,
        others: group.length - 1,
        link: `${deps.config.publicUrl}/tenders/${own.d.id}`,
      },
    );
    await deps.mailer
      .send(mail)
      .catch((err) => deps.log.warn('tender match mail failed', { error: String(err) }));
  }
}

export async function declareTender(
  deps: Pick<Deps, 'database' | 'mailer' | 'log' | 'config'>,
  actor: Actor,
  input: DeclarationRequest,
) {
  const { db } = deps.database;
  authorize(actor, actor.kind === 'user', 'Sign in to declare a tender.');
  const own = actor.kind === 'user' && actor.coops.size === 1 ? [...actor.coops.keys()][0] : undefined;
  const coopId = input.coopId ?? own;
  if (!coopId)
    throw invalid([{ pointer: '#/json/coopId', field: 'coopId', detail: 'Name the co-op declaring.' }]);
  authorize(actor, canApplyFor(actor, coopId), 'Only this co-op’s members can declare for it.');
  const k = tenderKey(input.tenderRef, input.buyer);
  if (!k.ok) throw invalid([{ pointer: `#/json/${k.field}`, field: k.field, detail: k.detail }]);
  const { id, matched } = await db.transaction(async (tx) => {
    await lockKey(tx, k.key);
    const [dup] = await tx
      .select({ id: tenderDeclarations.id })
      .from(tenderDeclarations)
      .where(and(eq(tenderDeclarations.coopId, coopId), eq(tenderDeclarations.tenderKey, k.key)));
    if (dup) throw conflict('This co-op already declared this tender.');
    const [row] = await tx
      .insert(tenderDeclarations)
      .values({
        coopId,
        tenderKey: k.key,
        tenderRef: input.tenderRef,
        buyer: input.buyer,
        note: input.note,
        declaredBy: actor.kind === 'user' ? actor.userId : null,
      })
      .returning({ id: tenderDeclarations.id });
    const touched = await tx
      .update(tenderDeclarations)
      .set({ matchedAt: sql`coalesce(${tenderDeclarations.matchedAt}, now())` })
      .where(
        and(
          eq(tenderDeclarations.tenderKey, k.key),
          sql`exists (select 1 from tender_declarations o where o.tender_key = ${k.key} and o.coop_id <> ${tenderDeclarations.coopId})`,
        ),
      )
      .returning({ id: tenderDeclarations.id });
    return { id: row!.id, matched: touched.length > 0 };
  });
  if (matched) await tellMatchedCoops(deps, k.key);
  return getDeclaration(db, actor, id);
}

async function ownDeclaration(db: Db, actor: Actor, id: string) {
  authorize(actor, actor.kind === 'user', 'Sign in to see your co-op’s declarations.');
  const [row] = await db
    .select({ d: tenderDeclarations, coop: { id: coops.id, slug: coops.slug, name: coops.name } })
    .from(tenderDeclarations)
    .innerJoin(coops, eq(coops.id, tenderDeclarations.coopId))
    .where(eq(tenderDeclarations.id, id));
  // Another co-op's declaration does not exist for this reader, network admins included.
  if (!row || actor.kind !== 'user' || !actor.coops.has(row.d.coopId)) throw notFound('Declaration');
  return row;
}

export async function getDeclaration(db: Db, actor: Actor, id: string) {
  const [one] = await presentRows(db, [await ownDeclaration(db, actor, id)]);
  return one!;
}

export async function listDeclarations(db: Db, actor: Actor) {
  authorize(actor, actor.kind === 'user', 'Sign in to see your co-op’s declarations.');
  const mine = actor.kind === 'user' ? [...actor.coops.keys()] : [];
  if (mine.length === 0) return { items: [] };
  const rows = await db
    .select({ d: tenderDeclarations, coop: { id: coops.id, slug: coops.slug, name: coops.name } })
    .from(tenderDeclarations)
    .innerJoin(coops, eq(coops.id, tenderDeclarations.coopId))
    .where(inArray(tenderDeclarations.coopId, mine))
    .orderBy(sql`${tenderDeclarations.createdAt} desc`);
  return { items: await presentRows(db, rows) };
}

/**
 * A co-op's admins answer the offer of a joint bid. When two or more matched
 * co-ops have accepted, a draft call for partners shared only with them is
 * created (or joined, for later acceptances).
 */
export async function answerJointBid(db: Db, actor: Actor, id: string, accept: boolean) {
  const own = await ownDeclaration(db, actor, id);
  authorize(
    actor,
    actor.kind === 'user' && actor.coops.get(own.d.coopId) === 'admin',
    'Only this co-op’s admins can answer for it.',
  );
  await db.transaction(async (tx) => {
    await lockKey(tx, own.d.tenderKey);
    const group = (await groupsOf(tx, [own.d.tenderKey])).get(own.d.tenderKey) ?? [];
    const me = group.find((g) => g.d.id === id)!;
    if (!me.d.matchedAt)
      throw conflict('No other co-op declared this tender: there is no joint bid to answer.');
    if (me.d.jointCallId)
      throw conflict('The joint bid is already under way; withdraw from its call instead.');
    await tx
      .update(tenderDeclarations)
      .set({ jointBid: accept ? 'accepted' : 'declined' })
      .where(eq(tenderDeclarations.id, id));
    if (!accept) return;
    const accepted = group
      .filter((g) => g.d.id === id || g.d.jointBid === 'accepted')
      .sort((a, b) => a.d.createdAt.getTime() - b.d.createdAt.getTime());
    if (accepted.length < 2) return;
    let callId = accepted.find((g) => g.d.jointCallId)?.d.jointCallId ?? null;
    if (!callId) {
      const first = accepted[0]!;
      const [call] = await tx
        .insert(calls)
        .values({
          postedByCoopId: first.d.coopId,
          title: first.d.tenderRef,
          description: first.d.buyer,
          visibility: 'private',
          status: 'draft',
          minPartners: 2,
          createdBy: actor.kind === 'user' ? actor.userId : null,
        })
        .returning({ id: calls.id });
      callId = call!.id;
    }
    await tx
      .insert(callCoops)
      .values(accepted.map((g) => ({ callId: callId!, coopId: g.d.coopId })))
      .onConflictDoNothing();
    await tx
      .update(tenderDeclarations)
      .set({ jointCallId: callId })
      .where(
        inArray(
          tenderDeclarations.id,
          accepted.map((g) => g.d.id),
        ),
      );
  });
  return getDeclaration(db, actor, id);
}

/** For network admins: how many declarations and matched tenders there are; never which or whose. */
export async function tenderStats(db: Db, actor: Actor) {
  authorize(
    actor,
    actor.kind === 'user' && actor.networkRole === 'admin',
    'Only the network’s admins see how many tenders were declared.',
  );
  const r = await db.execute<{ declarations: number; matched: number }>(sql`
    select (select count(*)::int from tender_declarations) as declarations,
      (select count(*)::int from (select tender_key from tender_declarations group by tender_key
        having count(distinct coop_id) > 1) m) as matched`);
  return { declarations: r.rows[0]?.declarations ?? 0, matchedTenders: r.rows[0]?.matched ?? 0 };
}
