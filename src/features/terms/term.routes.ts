import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonResponse, problems } from '../../http/router.ts';
import { listTerms } from './term.queries.ts';
import { AliasCreate, TermCreate, TermKindParam, TermList, TermMerge } from './term.schemas.ts';
import { addAlias, createTerm, mergeTerms } from './term.service.ts';

const IdParam = z.object({ id: z.uuid() });
const Created = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export function termRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/terms',
        tags: ['Taxonomy'],
        summary: 'List technologies or services, with aliases',
        request: { query: z.object({ kind: TermKindParam, q: z.string().max(80).optional() }) },
        responses: { 200: jsonResponse(TermList, 'The taxonomy'), ...problems(422) },
      }),
      async (c) => {
        const { kind, q } = c.req.valid('query');
        return c.json({ items: await listTerms(db, kind, q) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/terms',
        tags: ['Taxonomy'],
        summary: 'Add a technology or service (network admins)',
        request: { body: { content: { 'application/json': { schema: TermCreate } }, required: true } },
        responses: { 201: jsonResponse(Created, 'Added'), ...problems(401, 403, 409, 422) },
      }),
      async (c) => c.json(await createTerm(db, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/terms/{id}/aliases',
        tags: ['Taxonomy'],
        summary: 'Add another spelling of a term (network admins)',
        request: {
          params: IdParam,
          body: { content: { 'application/json': { schema: AliasCreate } }, required: true },
        },
        responses: {
          201: jsonResponse(z.object({ id: z.uuid(), alias: z.string() }), 'Alias added'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) =>
        c.json(await addAlias(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').alias), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/terms/{id}/merge',
        tags: ['Taxonomy'],
        summary: 'Merge this term into another (network admins)',
        request: {
          params: IdParam,
          body: { content: { 'application/json': { schema: TermMerge } }, required: true },
        },
        responses: {
          200: jsonResponse(Created.extend({ merged: z.string() }), 'Merged'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) =>
        c.json(await mergeTerms(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').into), 200),
    );
}
