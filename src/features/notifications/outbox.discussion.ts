/**
 * Interests and mentions: "Co-op X is interested in your lead" for the
 * finder co-op (and whoever posted the lead), and "Y mentioned you" for the
 * people a comment names — only those who can see the lead.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { coops } from '../../db/schema/directory.ts';
import { leadComments, leadMentions } from '../../db/schema/leads.ts';
import type { NotificationKind } from '../../db/schema/notifications.ts';
import type { Deps } from '../../http/context.ts';
import { canSeeLead } from '../leads/lead.policy.ts';
import type { LeadRecord } from '../leads/lead.queries.ts';
import { actorsOf, membersOf, type NewNotification, notifyUsers } from './notify.ts';
import type { OutboxRow } from './outbox.ts';
import { queueChatMessages } from './webhook.delivery.ts';

const INTEREST: Record<string, { kind: NotificationKind; bodyKey: string }> = {
  created: { kind: 'interest_created', bodyKey: 'notifications.interestCreated' },
  updated: { kind: 'interest_updated', bodyKey: 'notifications.interestUpdated' },
  withdrawn: { kind: 'interest_withdrawn', bodyKey: 'notifications.interestWithdrawn' },
};

export async function onInterestChanged(deps: Deps, tx: Tx, lead: LeadRecord, row: OutboxRow) {
  const coopId = typeof row.payload.coopId === 'string' ? row.payload.coopId : null;
  const what = INTEREST[String(row.payload.change)];
  if (!coopId || !what) return;
  const [coop] = await tx.select({ name: coops.name }).from(coops).where(eq(coops.id, coopId));
  if (!coop) return;
  const interested = await membersOf(tx, [coopId]);
  const finders = lead.finderCoopId ? [...(await membersOf(tx, [lead.finderCoopId])).keys()] : [];
  const recipients = new Set([...finders, ...(lead.createdBy ? [lead.createdBy] : [])]);
  const notes: NewNotification[] = [...recipients]
    // The interested co-op's own members already know.
    .filter((userId) => !interested.has(userId))
    .map((userId) => ({
      userId,
      kind: what.kind,
      leadId: lead.id,
      title: lead.title,
      bodyKey: what.bodyKey,
      params: { coop: coop.name, organisation: lead.clientOrganisation ?? '' },
      dedupeKey: `outbox:${row.id}`,
    }));
  await notifyUsers(tx, deps.jobs, notes);

  if (what.kind === 'interest_created' && lead.visibility === 'network' && lead.publishedAt)
    await queueChatMessages(deps, tx, 'interest.changed', `interest.changed:${row.id}`, {
      key: 'webhook.interestCreated',
      lead: { id: lead.id, title: lead.title, organisation: lead.clientOrganisation },
      params: { coop: coop.name },
    });
}

export async function onCommentMentioned(deps: Deps, tx: Tx, lead: LeadRecord, row: OutboxRow) {
  const commentId = typeof row.payload.commentId === 'string' ? row.payload.commentId : null;
  if (!commentId) return;
  const [comment] = await tx
    .select({ authorName: user.name })
    .from(leadComments)
    .leftJoin(user, eq(user.id, leadComments.authorId))
    .where(eq(leadComments.id, commentId));
  if (!comment) return;
  const pending = await tx
    .select({ userId: leadMentions.userId })
    .from(leadMentions)
    .where(eq(leadMentions.commentId, commentId));
  const actors = await actorsOf(
    tx,
    pending.map((p) => p.userId),
  );
  // Mentioning someone never shows them a lead they may not see.
  const entitled = [...actors.values()].filter((a) => canSeeLead(a, lead)).map((a) => a.userId);
  await notifyUsers(
    tx,
    deps.jobs,
    entitled.map((userId) => ({
      userId,
      kind: 'mentioned',
      leadId: lead.id,
      title: lead.title,
      bodyKey: 'notifications.mentioned',
      params: { author: comment.authorName ?? '', organisation: lead.clientOrganisation ?? '' },
      dedupeKey: `mention:${commentId}`,
    })),
  );
  if (entitled.length)
    await tx
      .update(leadMentions)
      .set({ notifiedAt: new Date() })
      .where(and(eq(leadMentions.commentId, commentId), inArray(leadMentions.userId, entitled)));
}
