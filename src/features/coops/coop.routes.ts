import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, problems } from '../../http/router.ts';
import { CoopDetail, CoopPage, CoopSearchQuery, CoopUpdate } from './coop.schemas.ts';
import { getCoop, searchDirectory, updateCoop } from './coop.service.ts';

const SlugParam = z.object({ slug: z.string().min(1).max(100).openapi({ example: 'outlandish' }) });

export function coopRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/coops',
        tags: ['Directory'],
        summary: 'Search the co-op directory',
        description:
          'Public fields for everyone; availability, declared need and contacts for signed-in members only.',
        request: { query: CoopSearchQuery },
        responses: {
          200: { description: 'A page of co-ops', content: { 'application/json': { schema: CoopPage } } },
          ...problems(401, 422),
        },
      }),
      async (c) => c.json(await searchDirectory(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/coops/{slug}',
        tags: ['Directory'],
        summary: 'One co-op',
        request: { params: SlugParam },
        responses: {
          200: { description: 'The co-op', content: { 'application/json': { schema: CoopDetail } } },
          ...problems(404),
        },
      }),
      async (c) => c.json(await getCoop(db, c.get('actor'), c.req.valid('param').slug), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/coops/{slug}',
        tags: ['Directory'],
        summary: 'Edit a co-op (its admins, or network admins)',
        request: {
          params: SlugParam,
          body: { content: { 'application/json': { schema: CoopUpdate } }, required: true },
        },
        responses: {
          200: { description: 'The updated co-op', content: { 'application/json': { schema: CoopDetail } } },
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) =>
        c.json(await updateCoop(db, c.get('actor'), c.req.valid('param').slug, c.req.valid('json')), 200),
    );
}
