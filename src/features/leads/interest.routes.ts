/** HTTP for interests: PUT to say (or change) "we're interested", DELETE to withdraw. */
import { createRoute, type z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonResponse, problems } from '../../http/router.ts';
import { Interest, InterestInput, InterestList, InterestParams } from './interest.schemas.ts';
import { listInterests, putInterest, withdrawInterest } from './interest.service.ts';
import { LeadIdParam } from './lead.schemas.ts';

export function interestRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/leads/{id}/interests',
        tags: ['Interests'],
        summary: 'Who is interested in a lead (everyone who can see the lead)',
        request: { params: LeadIdParam },
        responses: { 200: jsonResponse(InterestList, 'Interests, oldest first'), ...problems(401, 404) },
      }),
      async (c) => c.json(await listInterests(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/leads/{id}/interests/{coop}',
        tags: ['Interests'],
        summary: 'Say or change that a co-op is interested (its members, until the deadline)',
        request: {
          params: InterestParams,
          body: { content: { 'application/json': { schema: InterestInput } }, required: true },
        },
        responses: {
          200: jsonResponse(Interest, 'The changed interest'),
          201: jsonResponse(Interest, 'The new interest'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const { id, coop } = c.req.valid('param');
        const r = await putInterest(db, c.get('actor'), id, coop, c.req.valid('json'));
        return r.created ? c.json(r.interest, 201) : c.json(r.interest, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/leads/{id}/interests/{coop}',
        tags: ['Interests'],
        summary: 'Withdraw a co-op’s interest (until the deadline)',
        request: { params: InterestParams },
        responses: { 200: jsonResponse(Interest, 'The withdrawn interest'), ...problems(401, 403, 404, 409) },
      }),
      async (c) => {
        const { id, coop } = c.req.valid('param');
        return c.json(await withdrawInterest(db, c.get('actor'), id, coop), 200);
      },
    );
}
