/** HTTP for a lead's discussion thread. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, problems } from '../../http/router.ts';
import { addComment, listComments } from './comment.service.ts';
import { LeadIdParam } from './lead.schemas.ts';

const Person = z.object({ id: z.string(), name: z.string() });
export const Comment = z
  .object({
    id: z.uuid(),
    author: Person.nullable(),
    body: z.string().openapi({ description: 'The Markdown source; render html, never this' }),
    html: z.string().openapi({ description: 'Sanitised HTML' }),
    mentions: z.array(Person),
    createdAt: z.string(),
  })
  .openapi('LeadComment');
const CommentList = z.object({ items: z.array(Comment) }).openapi('LeadCommentList');
export const CommentInput = z
  .object({ body: z.string().trim().min(1).max(20_000) })
  .strict()
  .openapi('LeadCommentInput');

export function commentRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/leads/{id}/comments',
        tags: ['Leads'],
        summary: 'The discussion on a lead, oldest first',
        request: { params: LeadIdParam },
        responses: {
          200: { description: 'Comments', content: { 'application/json': { schema: CommentList } } },
          ...problems(401, 404),
        },
      }),
      async (c) => c.json(await listComments(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/leads/{id}/comments',
        tags: ['Leads'],
        summary: 'Add to the discussion; @handle or @full@address mentions someone who can see the lead',
        request: {
          params: LeadIdParam,
          body: { content: { 'application/json': { schema: CommentInput } }, required: true },
        },
        responses: {
          201: { description: 'The new comment', content: { 'application/json': { schema: Comment } } },
          ...problems(401, 404, 422),
        },
      }),
      async (c) =>
        c.json(await addComment(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').body), 201),
    );
}
