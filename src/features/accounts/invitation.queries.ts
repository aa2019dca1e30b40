/** Invitations' SQL. */
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { invitations } from '../../db/schema/directory.ts';

export type InvitationRow = {
  id: string;
  email: string;
  network_role: 'admin' | 'member';
  coop_role: 'admin' | 'member';
  coop_id: string | null;
  coop_slug: string | null;
  coop_name: string | null;
  invited_by_name: string | null;
  expires_at: Date;
  accepted_at: Date | null;
  created_at: Date;
};

const select = sql`select i.id, i.email, i.network_role, i.coop_role, i.coop_id, c.slug as coop_slug,
    c.name as coop_name, u.name as invited_by_name, i.expires_at, i.accepted_at, i.created_at
  from invitations i left join coops c on c.id = i.coop_id left join "user" u on u.id = i.invited_by`;

export async function findInvitationByTokenHash(db: DbOrTx, tokenHash: string) {
  return (await db.execute<InvitationRow>(sql`${select} where i.token_hash = ${tokenHash}`)).rows[0];
}

export async function findInvitation(db: DbOrTx, id: string) {
  return (await db.execute<InvitationRow>(sql`${select} where i.id = ${id}`)).rows[0];
}

/** Unaccepted, unexpired invitations; `coopIds` narrows to those co-ops (a co-op admin's view). */
export async function pendingInvitations(db: DbOrTx, coopIds: string[] | 'all') {
  const where: SQL[] = [sql`i.accepted_at is null`, sql`i.expires_at > now()`];
  if (coopIds !== 'all') {
    where.push(coopIds.length ? sql`i.coop_id in ${coopIds}` : sql`false`);
  }
  return (
    await db.execute<InvitationRow>(
      sql`${select} where ${sql.join(where, sql` and `)} order by i.created_at desc, i.id`,
    )
  ).rows;
}

/** A new invitation replaces any still-pending one for the same person into the same place. */
export async function replacePendingInvitation(tx: DbOrTx, values: typeof invitations.$inferInsert) {
  await tx.execute(sql`delete from invitations
    where lower(email) = ${values.email} and accepted_at is null
      and coop_id is not distinct from ${values.coopId ?? null}::uuid`);
  const [row] = await tx.insert(invitations).values(values).returning();
  return row!;
}

/**
 * Marks an invitation used, atomically: only one of two concurrent accepts
 * gets the row back; an expired or used invitation returns nothing.
 */
export async function claimInvitation(tx: DbOrTx, id: string) {
  const [row] = await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), sql`${invitations.expiresAt} > now()`))
    .returning({ id: invitations.id });
  return row;
}

export async function deleteInvitation(db: DbOrTx, id: string) {
  await db.delete(invitations).where(eq(invitations.id, id));
}
