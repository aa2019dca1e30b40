/**
 * Co-op membership use cases. A co-op that has admins always keeps at least
 * one: demoting or removing its last admin is refused with 409.
 */
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { coopMembers, coops, people } from '../../db/schema/directory.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict, invalid, notFound } from '../../http/problem.ts';
import { canManageMembers, canRemoveMember, canSeeMembers } from './account.policy.ts';
import { findMember, lockCoopAdmins, type MemberRow, membersOf } from './member.queries.ts';

const LAST_ADMIN = 'A co-op must keep at least one admin; make someone else an admin first.';

export async function coopIdBySlug(db: DbOrTx, slug: string): Promise<string> {
  const [row] = await db.select({ id: coops.id }).from(coops).where(eq(coops.slug, slug));
  if (!row) throw notFound(`Co-op "${slug}"`);
  return row.id;
}

export const presentMember = (m: MemberRow) => ({
  userId: m.user_id,
  name: m.name,
  email: m.email,
  role: m.role,
  personId: m.person_id,
  since: new Date(m.since).toISOString(),
});

async function memberOrFail(db: DbOrTx, coopId: string, userId: string) {
  const m = await findMember(db, coopId, userId);
  if (!m) throw notFound('That member of this co-op');
  return m;
}

export async function listMembers(db: Db, actor: Actor, slug: string) {
  const coopId = await coopIdBySlug(db, slug);
  authorize(actor, canSeeMembers(actor, coopId), 'Only this co-op’s members see who acts for it.');
  return { items: (await membersOf(db, coopId)).map(presentMember) };
}

export async function setMemberRole(
  db: Db,
  actor: Actor,
  slug: string,
  userId: string,
  role: 'admin' | 'member',
) {
  const coopId = await coopIdBySlug(db, slug);
  authorize(actor, canManageMembers(actor, coopId), 'Only this co-op’s admins change its members’ roles.');
  await db.transaction(async (tx) => {
    const admins = await lockCoopAdmins(tx, coopId);
    await memberOrFail(tx, coopId, userId);
    if (role === 'member' && admins.length === 1 && admins[0] === userId) {
      throw conflict(LAST_ADMIN, [{ pointer: '#/body/role', field: 'role', detail: LAST_ADMIN }]);
    }
    await tx
      .update(coopMembers)
      .set({ role })
      .where(and(eq(coopMembers.coopId, coopId), eq(coopMembers.userId, userId)));
  });
  return presentMember(await memberOrFail(db, coopId, userId));
}

/** Removes a membership and unlinks the account from this co-op's person record, in one transaction. */
export async function removeMember(db: Db, actor: Actor, slug: string, userId: string) {
  const coopId = await coopIdBySlug(db, slug);
  authorize(actor, canRemoveMember(actor, coopId, userId), 'Only this co-op’s admins remove its members.');
  await db.transaction(async (tx) => {
    const admins = await lockCoopAdmins(tx, coopId);
    await memberOrFail(tx, coopId, userId);
    if (admins.length === 1 && admins[0] === userId) throw conflict(LAST_ADMIN);
    await tx.delete(coopMembers).where(and(eq(coopMembers.coopId, coopId), eq(coopMembers.userId, userId)));
    await tx
      .update(people)
      .set({ userId: null, updatedAt: new Date() })
      .where(and(eq(people.coopId, coopId), eq(people.userId, userId)));
  });
}

/** Says which of the co-op's person records this member's account is (or none). */
export async function linkPerson(
  db: Db,
  actor: Actor,
  slug: string,
  userId: string,
  personId: string | null,
) {
  const coopId = await coopIdBySlug(db, slug);
  authorize(actor, canManageMembers(actor, coopId), 'Only this co-op’s admins link accounts to people.');
  await db.transaction(async (tx) => {
    await memberOrFail(tx, coopId, userId);
    if (personId) {
      const [person] = await tx
        .select({ coopId: people.coopId, userId: people.userId })
        .from(people)
        .where(eq(people.id, personId))
        .for('update');
      if (!person || person.coopId !== coopId) {
        throw invalid([
          { pointer: '#/body/personId', field: 'personId', detail: 'No such person in this co-op.' },
        ]);
      }
      if (person.userId && person.userId !== userId) {
        throw conflict('That person is already linked to another account; unlink it first.');
      }
      // An account is at most one person (a unique index), so a link in another co-op blocks this one.
      const [elsewhere] = await tx
        .select({ coopId: people.coopId })
        .from(people)
        .where(eq(people.userId, userId))
        .for('update');
      if (elsewhere && elsewhere.coopId !== coopId) {
        throw conflict('This account is already a person of another co-op; unlink it there first.');
      }
    }
    await tx
      .update(people)
      .set({ userId: null, updatedAt: new Date() })
      .where(and(eq(people.coopId, coopId), eq(people.userId, userId)));
    if (personId) {
      await tx.update(people).set({ userId, updatedAt: new Date() }).where(eq(people.id, personId));
    }
  });
  return presentMember(await memberOrFail(db, coopId, userId));
}
