/** HTTP for the allocation policy: validate → service → present. */
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { PolicyHistory, PolicyInput, PolicyOut } from './policy.schemas.ts';
import { getPolicy, getPolicyHistory, setPolicy } from './policy.service.ts';

export function policyRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/allocation/policy',
        tags: ['Allocation'],
        summary: 'The network’s current allocation policy',
        responses: { 200: jsonResponse(PolicyOut, 'The highest policy version'), ...problems(401) },
      }),
      async (c) => c.json(await getPolicy(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/allocation/policy/history',
        tags: ['Allocation'],
        summary: 'Every version of the allocation policy, newest first',
        responses: { 200: jsonResponse(PolicyHistory, 'All versions'), ...problems(401) },
      }),
      async (c) => c.json(await getPolicyHistory(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/allocation/policy',
        tags: ['Allocation'],
        summary: 'Change the policy (network admins): adds a new version',
        request: { body: jsonBody(PolicyInput) },
        responses: {
          200: jsonResponse(PolicyOut, 'The new current version'),
          ...problems(401, 403, 409, 422),
        },
      }),
      async (c) => c.json(await setPolicy(db, c.get('actor'), c.req.valid('json')), 200),
    );
}
