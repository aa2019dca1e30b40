/** Resolves the session cookie (if any) into an Actor for the rest of the request. */
import { eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/client.ts';
import { coopMembers, people } from '../db/schema/directory.ts';
import type { Auth } from '../features/accounts/auth.ts';
import { type Actor, ANONYMOUS, type AppEnv, type CoopRole } from './context.ts';

export async function loadActor(
  db: Db,
  user: { id: string; name: string; email: string; role?: unknown },
): Promise<Actor> {
  const [memberships, person] = await Promise.all([
    db
      .select({ coopId: coopMembers.coopId, role: coopMembers.role })
      .from(coopMembers)
      .where(eq(coopMembers.userId, user.id)),
    db.select({ id: people.id }).from(people).where(eq(people.userId, user.id)).limit(1),
  ]);
  return {
    kind: 'user',
    userId: user.id,
    name: user.name,
    email: user.email,
    networkRole: user.role === 'admin' ? 'admin' : 'member',
    coops: new Map(memberships.map((m) => [m.coopId, m.role as CoopRole])),
    personId: person[0]?.id ?? null,
  };
}

export function actorMiddleware(auth: Auth, db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cookie = c.req.header('cookie');
    if (!cookie?.includes('better-auth')) {
      c.set('actor', ANONYMOUS);
      return next();
    }
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    c.set('actor', session ? await loadActor(db, session.user) : ANONYMOUS);
    return next();
  };
}
