/** Account use cases: who am I, my profile, and the network admins' user management. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict, notFound, unauthorized } from '../../http/problem.ts';
import { canManageUsers } from './account.policy.ts';
import { presentAdminUser, presentMe } from './account.present.ts';
import { findMe, findUser, listUsers, lockNetworkAdmins, updateUser } from './account.queries.ts';

function signedIn(actor: Actor) {
  if (actor.kind !== 'user') throw unauthorized();
  return actor;
}

export async function meOf(db: Db, userId: string) {
  const row = await findMe(db, userId);
  if (!row) throw notFound('That account');
  return presentMe(row);
}

export const getMe = (db: Db, actor: Actor) => meOf(db, signedIn(actor).userId);

export async function updateMe(db: Db, actor: Actor, input: { name?: string; locale?: 'en' | 'es' }) {
  const me = signedIn(actor);
  if (Object.keys(input).length) await updateUser(db, me.userId, input);
  return meOf(db, me.userId);
}

export async function listAccounts(db: Db, actor: Actor, q: { q?: string; page: number; pageSize: number }) {
  authorize(actor, canManageUsers(actor), 'Only network admins manage accounts.');
  const { rows, total } = await listUsers(db, q);
  return { items: rows.map(presentAdminUser), page: q.page, pageSize: q.pageSize, total };
}

/** Changes a network role; the network always keeps at least one admin. */
export async function setNetworkRole(db: Db, actor: Actor, userId: string, role: 'admin' | 'member') {
  authorize(actor, canManageUsers(actor), 'Only network admins change network roles.');
  await db.transaction(async (tx) => {
    const admins = await lockNetworkAdmins(tx);
    const [target] = await tx.select({ id: user.id }).from(user).where(eq(user.id, userId));
    if (!target) throw notFound('That account');
    if (role === 'member' && admins.length === 1 && admins[0] === userId) {
      throw conflict('This is the network’s last admin; make someone else an admin first.', [
        { pointer: '#/body/role', field: 'role', detail: 'The network must keep at least one admin.' },
      ]);
    }
    await updateUser(tx, userId, { role });
  });
  return presentAdminUser((await findUser(db, userId))!);
}
