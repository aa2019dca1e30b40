/**
 * Network-wide discussion: categories (announcements, intercooperation, help
 * wanted), threads and posts. Members read and write; in categories marked
 * admins-only (announcements) only network admins start threads, and every
 * member may reply. Markdown is sanitised on the way out.
 */
import type { z } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { forumPosts, forumThreads } from '../../db/schema/trust.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { notFound } from '../../http/problem.ts';
import { renderMarkdown } from '../leads/lead.markdown.ts';
import type { Category, ThreadSummary } from './spaces.schemas.ts';

const isUser = (a: Actor): a is Extract<Actor, { kind: 'user' }> => a.kind === 'user';
const members = (a: Actor) => authorize(a, isUser(a), 'Discussions are for the network’s members.');
export const canStartThread = (a: Actor, c: { adminsOnly: boolean }) =>
  isUser(a) && (!c.adminsOnly || a.networkRole === 'admin');

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

export async function listCategories(db: Db, actor: Actor) {
  members(actor);
  const r = await db.execute<Record<string, unknown>>(sql`
    select c.*, count(t.id)::int as threads, max(t.last_post_at) as last_post_at
    from forum_categories c left join forum_threads t on t.category_id = c.id
    group by c.id order by c.position, c.slug`);
  return {
    items: r.rows.map(
      (c): z.infer<typeof Category> => ({
        slug: c.slug as string,
        name: { en: c.name_en as string, es: c.name_es as string },
        description: { en: c.description_en as string, es: c.description_es as string },
        adminsOnly: Boolean(c.admins_only),
        threads: Number(c.threads),
        lastPostAt: iso(c.last_post_at),
        canPost: canStartThread(actor, { adminsOnly: Boolean(c.admins_only) }),
      }),
    ),
  };
}

async function category(db: Db, slug: string) {
  const r = await db.execute<{ id: string; admins_only: boolean }>(
    sql`select id, admins_only from forum_categories where slug = ${slug}`,
  );
  const c = r.rows[0];
  if (!c) throw notFound(`Category "${slug}"`);
  return { id: c.id, adminsOnly: Boolean(c.admins_only) };
}

async function threads(db: Db, where: ReturnType<typeof sql>, limit: number, offset: number) {
  const r = await db.execute<Record<string, unknown>>(sql`
    select t.*, c.slug as category, u.name as author, count(*) over () as total
    from forum_threads t join forum_categories c on c.id = t.category_id left join "user" u on u.id = t.author_id
    where ${where} order by t.last_post_at desc, t.id limit ${limit} offset ${offset}`);
  return {
    total: Number(r.rows[0]?.total ?? 0),
    items: r.rows.map(
      (t): z.infer<typeof ThreadSummary> => ({
        id: t.id as string,
        category: t.category as string,
        title: t.title as string,
        author: (t.author as string | null) ?? null,
        posts: Number(t.post_count),
        lastPostAt: iso(t.last_post_at) as string,
        createdAt: iso(t.created_at) as string,
      }),
    ),
  };
}

export async function listThreads(db: Db, actor: Actor, slug: string, q: { page: number; pageSize: number }) {
  members(actor);
  const c = await category(db, slug);
  const page = await threads(db, sql`t.category_id = ${c.id}`, q.pageSize, (q.page - 1) * q.pageSize);
  return { ...page, page: q.page, pageSize: q.pageSize };
}

export async function getThread(db: Db, actor: Actor, id: string) {
  members(actor);
  const found = await threads(db, sql`t.id = ${id}`, 1, 0);
  const thread = found.items[0];
  if (!thread) throw notFound('Thread');
  const r = await db.execute<Record<string, unknown>>(sql`
    select p.id, p.body, p.created_at, u.name as author
    from forum_posts p left join "user" u on u.id = p.author_id
    where p.thread_id = ${id} order by p.created_at, p.id limit 1000`);
  return {
    ...thread,
    items: r.rows.map((p) => ({
      id: p.id as string,
      author: (p.author as string | null) ?? null,
      body: p.body as string,
      html: renderMarkdown(p.body as string),
      createdAt: iso(p.created_at) as string,
    })),
  };
}

export async function startThread(
  db: Db,
  actor: Actor,
  slug: string,
  input: { title: string; body: string },
) {
  members(actor);
  const c = await category(db, slug);
  authorize(actor, canStartThread(actor, c), 'Only network admins post announcements.');
  const authorId = isUser(actor) ? actor.userId : null;
  const id = await db.transaction(async (tx) => {
    const [thread] = await tx
      .insert(forumThreads)
      .values({ categoryId: c.id, title: input.title, authorId, postCount: 1 })
      .returning({ id: forumThreads.id });
    const threadId = (thread as { id: string }).id;
    await tx.insert(forumPosts).values({ threadId, authorId, body: input.body });
    return threadId;
  });
  return getThread(db, actor, id);
}

export async function reply(db: Db, actor: Actor, threadId: string, body: string) {
  members(actor);
  const authorId = isUser(actor) ? actor.userId : null;
  await db.transaction(async (tx) => {
    const [thread] = await tx
      .select({ id: forumThreads.id })
      .from(forumThreads)
      .where(eq(forumThreads.id, threadId))
      .for('update');
    if (!thread) throw notFound('Thread');
    const now = new Date();
    await tx.insert(forumPosts).values({ threadId, authorId, body, createdAt: now });
    await tx
      .update(forumThreads)
      .set({ postCount: sql`${forumThreads.postCount} + 1`, lastPostAt: now })
      .where(eq(forumThreads.id, threadId));
  });
  return getThread(db, actor, threadId);
}
