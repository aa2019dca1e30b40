/**
 * The discussion on a lead: Markdown comments, sanitised on the way out, with
 * @mentions recorded (and a domain event written) for the notification work.
 * Only people who can see the lead can be mentioned: a mention must never
 * tell someone about a lead that is not shared with them.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { leadComments, leadMentions, leadOutbox } from '../../db/schema/leads.ts';
import { loadActor } from '../../http/actor.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { renderMarkdown } from './lead.markdown.ts';
import { canSeeLead } from './lead.policy.ts';
import type { LeadRecord } from './lead.queries.ts';
import { visibleLead } from './lead.service.ts';
import { parseMentions } from './mention.rules.ts';

async function mentionedUsers(db: Db, lead: LeadRecord, body: string, authorId: string) {
  const { handles, emails } = parseMentions(body);
  if (handles.length === 0 && emails.length === 0) return [];
  const byEmail = emails.length
    ? await db
        .select()
        .from(user)
        .where(inArray(sql`lower(${user.email})`, emails))
    : [];
  const byHandle = handles.length
    ? await db
        .select()
        .from(user)
        .where(inArray(sql`split_part(lower(${user.email}), '@', 1)`, handles))
    : [];
  const handleCount = new Map<string, number>();
  for (const u of byHandle) {
    const h = u.email.toLowerCase().split('@')[0]!;
    handleCount.set(h, (handleCount.get(h) ?? 0) + 1);
  }
  const candidates = new Map(
    [...byEmail, ...byHandle.filter((u) => handleCount.get(u.email.toLowerCase().split('@')[0]!) === 1)].map(
      (u) => [u.id, u],
    ),
  );
  candidates.delete(authorId);
  const entitled = [];
  for (const u of candidates.values()) {
    if (canSeeLead(await loadActor(db, u), lead)) entitled.push({ id: u.id, name: u.name });
  }
  return entitled;
}

export async function listComments(db: Db, actor: Actor, leadId: string) {
  await visibleLead(db, actor, leadId);
  const rows = await db
    .select({ c: leadComments, authorName: user.name })
    .from(leadComments)
    .leftJoin(user, eq(user.id, leadComments.authorId))
    .where(eq(leadComments.leadId, leadId))
    .orderBy(asc(leadComments.createdAt), asc(leadComments.id));
  const ids = rows.map((r) => r.c.id);
  const mentions = ids.length
    ? await db
        .select({ commentId: leadMentions.commentId, id: user.id, name: user.name })
        .from(leadMentions)
        .innerJoin(user, eq(user.id, leadMentions.userId))
        .where(inArray(leadMentions.commentId, ids))
    : [];
  return {
    items: rows.map(({ c, authorName }) => ({
      id: c.id,
      author: c.authorId ? { id: c.authorId, name: authorName ?? '' } : null,
      body: c.body,
      html: renderMarkdown(c.body),
      mentions: mentions.filter((m) => m.commentId === c.id).map(({ id, name }) => ({ id, name })),
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

export async function addComment(db: Db, actor: Actor, leadId: string, body: string) {
  const lead = await visibleLead(db, actor, leadId);
  authorize(actor, actor.kind === 'user', 'Sign in to take part in the discussion.');
  const authorId = actor.kind === 'user' ? actor.userId : '';
  const mentioned = await mentionedUsers(db, lead, body, authorId);
  const [comment] = await db.transaction(async (tx) => {
    const inserted = await tx.insert(leadComments).values({ leadId, authorId, body }).returning();
    const c = inserted[0]!;
    if (mentioned.length) {
      await tx.insert(leadMentions).values(mentioned.map((m) => ({ commentId: c.id, userId: m.id, leadId })));
      await tx.insert(leadOutbox).values({
        topic: 'comment.mentioned',
        leadId,
        payload: { commentId: c.id, userIds: mentioned.map((m) => m.id) },
      });
    }
    return inserted;
  });
  return {
    id: comment!.id,
    author: { id: authorId, name: actor.kind === 'user' ? actor.name : '' },
    body: comment!.body,
    html: renderMarkdown(comment!.body),
    mentions: mentioned,
    createdAt: comment!.createdAt.toISOString(),
  };
}
