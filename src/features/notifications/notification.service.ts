/** A member's own notifications and email preferences. */
import type { z } from '@hono/zod-openapi';
import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { notificationPreferences, notifications } from '../../db/schema/notifications.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor, Deps } from '../../http/context.ts';
import { offsetOf } from '../../http/paging.ts';
import { notFound } from '../../http/problem.ts';
import { type Locale, phrase } from './notification.phrases.ts';
import { DEFAULT_PREFERENCE, leadUrl } from './notification.rules.ts';
import type { Notification, NotificationPreferences, NotificationQuery } from './notification.schemas.ts';

export function signedIn(actor: Actor, why: string): string {
  authorize(actor, actor.kind === 'user', why);
  return actor.kind === 'user' ? actor.userId : '';
}

export async function localeOf(db: Db, userId: string): Promise<Locale> {
  const [u] = await db.select({ locale: user.locale }).from(user).where(eq(user.id, userId));
  return u?.locale ?? 'en';
}

function present(
  n: typeof notifications.$inferSelect,
  locale: Locale,
  publicUrl: string,
): z.infer<typeof Notification> {
  return {
    id: n.id,
    kind: n.kind,
    lead: n.leadId ? { id: n.leadId, title: n.title } : null,
    title: n.title,
    bodyKey: n.bodyKey,
    params: n.params,
    text: phrase(locale, n.bodyKey, n.params),
    url: n.leadId ? leadUrl(publicUrl, n.leadId) : null,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}

export async function listNotifications(
  { database, config }: Deps,
  actor: Actor,
  q: z.infer<typeof NotificationQuery>,
) {
  const userId = signedIn(actor, 'Notifications belong to a signed-in member.');
  const db = database.db;
  const mine = eq(notifications.userId, userId);
  const unreadOnly = and(mine, isNull(notifications.readAt));
  const where: SQL | undefined = q.unread ? unreadOnly : mine;
  const [rows, [total], [unread], locale] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
    db.select({ n: count() }).from(notifications).where(where),
    db.select({ n: count() }).from(notifications).where(unreadOnly),
    localeOf(db, userId),
  ]);
  return {
    items: rows.map((n) => present(n, locale, config.publicUrl)),
    page: q.page,
    pageSize: q.pageSize,
    total: total?.n ?? 0,
    unread: unread?.n ?? 0,
  };
}

export async function markRead({ database, config }: Deps, actor: Actor, id: string) {
  const userId = signedIn(actor, 'Notifications belong to a signed-in member.');
  const db = database.db;
  const [row] = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning();
  const n =
    row ??
    (
      await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    )[0];
  if (!n) throw notFound('Notification');
  return present(n, await localeOf(db, userId), config.publicUrl);
}

export async function markAllRead(db: Db, actor: Actor) {
  const userId = signedIn(actor, 'Notifications belong to a signed-in member.');
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}

export async function getPreferences(db: Db, actor: Actor): Promise<z.infer<typeof NotificationPreferences>> {
  const userId = signedIn(actor, 'Preferences belong to a signed-in member.');
  const [row] = await db
    .select({ email: notificationPreferences.email, perKind: notificationPreferences.perKind })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return row ?? { ...DEFAULT_PREFERENCE };
}

export async function putPreferences(db: Db, actor: Actor, input: z.infer<typeof NotificationPreferences>) {
  const userId = signedIn(actor, 'Preferences belong to a signed-in member.');
  const values = { email: input.email, perKind: input.perKind, updatedAt: new Date() };
  await db
    .insert(notificationPreferences)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: values });
  return getPreferences(db, actor);
}
