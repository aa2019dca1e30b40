/** Saved lead searches: each member keeps their own; the notifying part reads `query`. */

import type { z } from '@hono/zod-openapi';
import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { savedSearches } from '../../db/schema/leads.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { offsetOf } from '../../http/paging.ts';
import { notFound } from '../../http/problem.ts';
import type { SavedSearch, SavedSearchInput, SavedSearchUpdate } from './lead.search.schemas.ts';

const present = (r: typeof savedSearches.$inferSelect): z.infer<typeof SavedSearch> => ({
  id: r.id,
  name: r.name,
  query: r.query,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

function userOf(actor: Actor): string {
  authorize(actor, actor.kind === 'user', 'Saved searches belong to a signed-in member.');
  return actor.kind === 'user' ? actor.userId : '';
}

const mine = (userId: string, id: string) => and(eq(savedSearches.id, id), eq(savedSearches.userId, userId));

export async function listSavedSearches(db: Db, actor: Actor, p: { page: number; pageSize: number }) {
  const userId = userOf(actor);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(savedSearches)
      .where(eq(savedSearches.userId, userId))
      .orderBy(desc(savedSearches.createdAt))
      .limit(p.pageSize)
      .offset(offsetOf(p)),
    db.select({ n: count() }).from(savedSearches).where(eq(savedSearches.userId, userId)),
  ]);
  return { items: rows.map(present), page: p.page, pageSize: p.pageSize, total: total?.n ?? 0 };
}

export async function getSavedSearch(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(savedSearches)
    .where(mine(userOf(actor), id));
  if (!row) throw notFound('Saved search');
  return present(row);
}

export async function createSavedSearch(db: Db, actor: Actor, input: z.infer<typeof SavedSearchInput>) {
  const [row] = await db
    .insert(savedSearches)
    .values({ userId: userOf(actor), name: input.name, query: input.query })
    .returning();
  return present(row!);
}

export async function updateSavedSearch(
  db: Db,
  actor: Actor,
  id: string,
  input: z.infer<typeof SavedSearchUpdate>,
) {
  const [row] = await db
    .update(savedSearches)
    .set({ ...input, updatedAt: new Date() })
    .where(mine(userOf(actor), id))
    .returning();
  if (!row) throw notFound('Saved search');
  return present(row);
}

export async function deleteSavedSearch(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .delete(savedSearches)
    .where(mine(userOf(actor), id))
    .returning({ id: savedSearches.id });
  if (!row) throw notFound('Saved search');
}
