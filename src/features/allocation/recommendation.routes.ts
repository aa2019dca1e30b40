/** HTTP for recommendations: validate → service → present. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { IdempotencyHeaders, idempotent } from './idempotency.ts';
import {
  RecommendationList,
  RecommendationOut,
  RecommendationRequest,
  VerifyOut,
} from './recommendation.schemas.ts';
import {
  createRecommendation,
  getRecommendation,
  listRecommendations,
  verifyRecommendation,
} from './recommendation.service.ts';

const IdParam = z.object({ id: z.uuid() });

export function recommendationRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/leads/{id}/recommendations',
        tags: ['Allocation'],
        summary: 'Rank the interested co-ops under the current policy, and keep the result',
        middleware: [idempotent(db)] as const,
        request: { params: IdParam, headers: IdempotencyHeaders, body: jsonBody(RecommendationRequest) },
        responses: {
          201: jsonResponse(RecommendationOut, 'The stored recommendation'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) =>
        c.json(
          await createRecommendation(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')),
          201,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/leads/{id}/recommendations',
        tags: ['Allocation'],
        summary: 'The latest recommendation for a lead, and the earlier ones',
        request: { params: IdParam },
        responses: { 200: jsonResponse(RecommendationList, 'Latest and history'), ...problems(401, 404) },
      }),
      async (c) => c.json(await listRecommendations(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/recommendations/{id}',
        tags: ['Allocation'],
        summary: 'One recommendation, with its inputs',
        request: { params: IdParam },
        responses: { 200: jsonResponse(RecommendationOut, 'The recommendation'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getRecommendation(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/recommendations/{id}/verify',
        tags: ['Allocation'],
        summary: 'Recompute a recommendation from its stored inputs and say whether it matches',
        request: { params: IdParam },
        responses: { 200: jsonResponse(VerifyOut, 'The verification'), ...problems(401, 404) },
      }),
      async (c) => c.json(await verifyRecommendation(db, c.get('actor'), c.req.valid('param').id), 200),
    );
}
