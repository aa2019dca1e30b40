/**
 * Emailing notifications, in each member's language (user.locale) and by
 * their current preference:
 *
 * - immediately: one job per notification; the row is locked while the mail
 *   goes out and marked emailed_at in the same transaction, so a second run
 *   finds it sent. If the member has since chosen "daily digest" it waits for
 *   the digest; "off" drops it.
 * - daily digest: once a day, one mail per member with every notification
 *   waiting for it, claimed and marked in one transaction per member.
 */
import { and, eq, isNull, lte } from 'drizzle-orm';
import { user } from '../../db/schema/auth.ts';
import { notificationPreferences, notifications } from '../../db/schema/notifications.ts';
import type { Deps } from '../../http/context.ts';
import { digestMail, emailModeFor, immediateMail, type NotificationContent } from './notification.rules.ts';
import { preferencesOf } from './notify.ts';

const content = (n: typeof notifications.$inferSelect): NotificationContent => ({
  title: n.title,
  bodyKey: n.bodyKey,
  params: n.params,
  leadId: n.leadId,
});

export async function sendNotificationEmail(deps: Deps, notificationId: string): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ n: notifications, email: user.email, name: user.name, locale: user.locale })
      .from(notifications)
      .innerJoin(user, eq(user.id, notifications.userId))
      .where(eq(notifications.id, notificationId))
      .for('update', { of: notifications });
    if (!row || row.n.emailedAt || row.n.email !== 'immediately') return;
    const mode = emailModeFor((await preferencesOf(tx, [row.n.userId])).get(row.n.userId), row.n.kind);
    if (mode !== 'immediately') {
      await tx.update(notifications).set({ email: mode }).where(eq(notifications.id, notificationId));
      return;
    }
    await deps.mailer.send(immediateMail(row, content(row.n), deps.config.publicUrl));
    await tx.update(notifications).set({ emailedAt: new Date() }).where(eq(notifications.id, notificationId));
  });
}

/** Sends every waiting digest; returns how many mails went out. */
export async function sendDailyDigests(deps: Deps, now = new Date()): Promise<number> {
  const db = deps.database.db;
  const waiting = await db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .where(
      and(
        eq(notifications.email, 'daily_digest'),
        isNull(notifications.emailedAt),
        lte(notifications.createdAt, now),
      ),
    );
  let sent = 0;
  for (const { userId } of waiting) {
    try {
      if (await digestFor(deps, userId, now)) sent++;
    } catch (err) {
      // One member's mail failing must not hold back everyone else's; theirs waits for the next run.
      deps.log.warn('digest not sent', { userId, error: err instanceof Error ? err.message : 'error' });
    }
  }
  if (sent) deps.log.info('daily digests sent', { sent });
  return sent;
}

async function digestFor(deps: Deps, userId: string, now: Date): Promise<boolean> {
  return deps.database.db.transaction(async (tx) => {
    const claimed = await tx
      .update(notifications)
      .set({ emailedAt: now })
      .where(
        and(
          eq(notifications.userId, userId),
          eq(notifications.email, 'daily_digest'),
          isNull(notifications.emailedAt),
          lte(notifications.createdAt, now),
        ),
      )
      .returning();
    if (claimed.length === 0) return false;
    const [u] = await tx
      .select({ email: user.email, name: user.name, locale: user.locale })
      .from(user)
      .where(eq(user.id, userId));
    const prefs = await preferencesOf(tx, [userId]);
    await tx
      .insert(notificationPreferences)
      .values({ userId, lastDigestAt: now })
      .onConflictDoUpdate({ target: notificationPreferences.userId, set: { lastDigestAt: now } });
    // Switched email off since: the waiting notifications are dropped, not mailed.
    if (!u || prefs.get(userId)?.email === 'off') return false;
    claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    await deps.mailer.send(digestMail(u, claimed.map(content), deps.config.publicUrl));
    return true;
  });
}
