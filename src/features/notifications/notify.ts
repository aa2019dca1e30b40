/**
 * Writing notifications: one row per user and dedupe key (a second attempt
 * for the same event is a no-op), each member's email preference applied,
 * and immediate emails enqueued in the same transaction.
 */
import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { coopMembers } from '../../db/schema/directory.ts';
import {
  type NotificationKind,
  notificationPreferences,
  notifications,
} from '../../db/schema/notifications.ts';
import type { Actor } from '../../http/context.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { enqueueEmail } from './job-refs.ts';
import type { Params } from './notification.phrases.ts';
import { type EmailPreference, emailModeFor } from './notification.rules.ts';

export type UserActor = Extract<Actor, { kind: 'user' }>;

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  leadId: string | null;
  title: string;
  bodyKey: string;
  params: Params;
  dedupeKey: string;
}

export async function preferencesOf(tx: DbOrTx, userIds: readonly string[]) {
  const rows = userIds.length
    ? await tx
        .select()
        .from(notificationPreferences)
        .where(inArray(notificationPreferences.userId, [...userIds]))
    : [];
  return new Map<string, EmailPreference>(
    rows.map((r) => [r.userId, { email: r.email, perKind: r.perKind }]),
  );
}

/** Inserts what is new and returns the ids of the notifications created now. */
export async function notifyUsers(
  tx: DbOrTx,
  jobs: JobQueue,
  items: readonly NewNotification[],
): Promise<string[]> {
  if (items.length === 0) return [];
  const prefs = await preferencesOf(tx, [...new Set(items.map((i) => i.userId))]);
  const rows = items.map((i) => ({
    ...i,
    params: { ...i.params },
    email: emailModeFor(prefs.get(i.userId), i.kind),
  }));
  const created = await tx
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id, email: notifications.email });
  for (const n of created) if (n.email === 'immediately') await enqueueEmail(jobs, tx, n.id);
  return created.map((n) => n.id);
}

/** The accounts acting for these co-ops, each with the first of the given co-ops they belong to. */
export async function membersOf(tx: DbOrTx, coopIds: readonly string[]) {
  if (coopIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ userId: coopMembers.userId, coopId: coopMembers.coopId })
    .from(coopMembers)
    .where(inArray(coopMembers.coopId, [...coopIds]));
  const order = new Map(coopIds.map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.coopId)! - order.get(b.coopId)! || (a.userId < b.userId ? -1 : 1));
  const byUser = new Map<string, string>();
  for (const r of rows) if (!byUser.has(r.userId)) byUser.set(r.userId, r.coopId);
  return byUser;
}

/** Users (id → network role and co-op roles), enough to ask the lead policy what they may see. */
export async function actorsOf(tx: DbOrTx, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, UserActor>();
  const r = await tx.execute<{ id: string; name: string; email: string; role: string; coops: unknown }>(sql`
    select u.id, u.name, u.email, u.role,
      coalesce((select json_agg(json_build_array(m.coop_id, m.role)) from coop_members m where m.user_id = u.id), '[]') as coops
    from "user" u where u.id = any(${`{${userIds.join(',')}}`}::text[])`);
  return new Map(
    r.rows.map((u) => {
      const coops = (typeof u.coops === 'string' ? JSON.parse(u.coops) : u.coops) as Array<[string, string]>;
      const actor: UserActor = {
        kind: 'user',
        userId: u.id,
        name: u.name,
        email: u.email,
        networkRole: u.role === 'admin' ? 'admin' : 'member',
        coops: new Map(coops.map(([id, role]) => [id, role === 'admin' ? 'admin' : 'member'])),
        personId: null,
      };
      return [u.id, actor] as const;
    }),
  );
}
