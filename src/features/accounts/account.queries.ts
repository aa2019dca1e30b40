/** Accounts' SQL: the signed-in user's profile and the network admins' user list. */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { offsetOf } from '../../http/paging.ts';

export type MembershipRow = { id: string; slug: string; name: string; role: 'admin' | 'member' };

const membershipsOf = (userIdSql: ReturnType<typeof sql>) => sql`coalesce((
  select json_agg(json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'role', cm.role) order by lower(c.name))
  from coop_members cm join coops c on c.id = cm.coop_id where cm.user_id = ${userIdSql}), '[]'::json)`;

export type MeRow = {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'member';
  locale: 'en' | 'es';
  person_id: string | null;
  coops: MembershipRow[];
};

export async function findMe(db: DbOrTx, userId: string): Promise<MeRow | undefined> {
  const r = await db.execute<MeRow>(sql`
    select u.id, u.name, u.email, u.role, u.locale,
      (select p.id from people p where p.user_id = u.id limit 1) as person_id,
      ${membershipsOf(sql`u.id`)} as coops
    from "user" u where u.id = ${userId}`);
  return r.rows[0];
}

export async function updateUser(db: DbOrTx, userId: string, set: Partial<typeof user.$inferInsert>) {
  await db
    .update(user)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(user.id, userId));
}

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'member';
  created_at: Date;
  coops: MembershipRow[];
};

const userSelect = sql`select u.id, u.name, u.email, u.role, u.created_at, ${membershipsOf(sql`u.id`)} as coops
  from "user" u`;

export async function findUser(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  return (await db.execute<UserRow>(sql`${userSelect} where u.id = ${id}`)).rows[0];
}

export async function listUsers(
  db: DbOrTx,
  f: { q?: string; page: number; pageSize: number },
): Promise<{ rows: UserRow[]; total: number }> {
  const like = f.q ? `%${f.q.replace(/[%_\\]/g, '\\$&')}%` : undefined;
  const where = like ? sql`where u.name ilike ${like} or u.email ilike ${like}` : sql``;
  const [rows, count] = await Promise.all([
    db.execute<UserRow>(sql`
      ${userSelect} ${where}
      order by lower(u.name), u.id
      limit ${f.pageSize} offset ${offsetOf(f)}`),
    db.execute<{ n: number }>(sql`select count(*)::int as n from "user" u ${where}`),
  ]);
  return { rows: rows.rows, total: count.rows[0]?.n ?? 0 };
}

/** Locks every network admin row so two demotions cannot race past the last-admin check. */
export async function lockNetworkAdmins(tx: DbOrTx): Promise<string[]> {
  const r = await tx.execute<{ id: string }>(sql`select id from "user" where role = 'admin' for update`);
  return r.rows.map((x) => x.id);
}
