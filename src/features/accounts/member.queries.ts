/** Co-op memberships' SQL: who acts for a co-op, and how. */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

export type MemberRow = {
  user_id: string;
  name: string;
  email: string;
  role: 'admin' | 'member';
  person_id: string | null;
  since: Date;
};

const select = sql`select cm.user_id, u.name, u.email, cm.role, cm.created_at as since,
    (select p.id from people p where p.user_id = cm.user_id and p.coop_id = cm.coop_id) as person_id
  from coop_members cm join "user" u on u.id = cm.user_id`;

export async function membersOf(db: DbOrTx, coopId: string): Promise<MemberRow[]> {
  return (
    await db.execute<MemberRow>(sql`${select} where cm.coop_id = ${coopId} order by lower(u.name), u.id`)
  ).rows;
}

export async function findMember(db: DbOrTx, coopId: string, userId: string): Promise<MemberRow | undefined> {
  return (await db.execute<MemberRow>(sql`${select} where cm.coop_id = ${coopId} and cm.user_id = ${userId}`))
    .rows[0];
}

/**
 * Locks the co-op's membership rows and returns its admins, so two admins
 * demoting each other at once cannot both pass the "keeps an admin" check.
 */
export async function lockCoopAdmins(tx: DbOrTx, coopId: string): Promise<string[]> {
  const r = await tx.execute<{ user_id: string; role: string }>(
    sql`select user_id, role from coop_members where coop_id = ${coopId} for update`,
  );
  return r.rows.filter((x) => x.role === 'admin').map((x) => x.user_id);
}

/** Adds a membership; an existing one keeps the higher of the two roles. */
export async function addMembership(tx: DbOrTx, coopId: string, userId: string, role: 'admin' | 'member') {
  await tx.execute(sql`
    insert into coop_members (coop_id, user_id, role) values (${coopId}, ${userId}, ${role}::coop_role)
    on conflict (coop_id, user_id) do update
      set role = case when coop_members.role = 'admin' then coop_members.role else excluded.role end`);
}
