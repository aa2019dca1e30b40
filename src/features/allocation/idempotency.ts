/**
 * Idempotency-Key for writes: a client that retries a request with the same
 * key (as the same account) gets the first answer back instead of a second
 * write. The key is reserved before the work starts, so two copies of one
 * request racing each other cannot both run: the second is told to wait (409).
 * Answers below 500 are kept; after a server error the key is freed for a retry.
 */
import { z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../../db/client.ts';
import { idempotencyKeys } from '../../db/schema/allocation.ts';
import type { AppEnv } from '../../http/context.ts';
import { conflict, invalid } from '../../http/problem.ts';

export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().openapi({
    description: 'Retrying with the same key returns the first answer instead of writing twice.',
  }),
});

export function idempotent(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    const actor = c.get('actor');
    if (!key || actor.kind !== 'user') return next();
    if (key.length > 200)
      throw invalid([
        { pointer: '#/header/idempotency-key', field: 'Idempotency-Key', detail: 'At most 200 characters.' },
      ]);
    const route = `${c.req.method} ${c.req.path}`;
    const where = and(eq(idempotencyKeys.actor, actor.userId), eq(idempotencyKeys.key, key));
    const reserved = await db
      .insert(idempotencyKeys)
      .values({ actor: actor.userId, key, route })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (reserved.length === 0) {
      const [stored] = await db.select().from(idempotencyKeys).where(where);
      if (!stored) throw conflict('This Idempotency-Key was just released; send the request again.');
      if (stored.route !== route)
        throw invalid([
          {
            pointer: '#/header/idempotency-key',
            field: 'Idempotency-Key',
            detail: 'This key was already used for a different request.',
          },
        ]);
      if (stored.status === 0)
        throw conflict('A request with this Idempotency-Key is still being processed; retry shortly.');
      return c.body(JSON.stringify(stored.response), stored.status as 200, {
        'content-type': stored.status >= 400 ? 'application/problem+json' : 'application/json',
        'idempotent-replayed': 'true',
      });
    }
    try {
      await next();
    } catch (e) {
      await db.delete(idempotencyKeys).where(where);
      throw e;
    }
    const status = c.res.status;
    if (status >= 500) {
      await db.delete(idempotencyKeys).where(where);
      return;
    }
    const body = await c.res.clone().text();
    let response: unknown = null;
    try {
      response = body ? JSON.parse(body) : null;
    } catch {
      response = { body };
    }
    await db.update(idempotencyKeys).set({ status, response }).where(where);
  };
}
