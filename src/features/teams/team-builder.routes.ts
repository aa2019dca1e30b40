/** HTTP for the team builder: validate → service → present. */
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { LeadIdParam } from '../leads/lead.schemas.ts';
import {
  EvaluationRequest,
  EvaluationResponse,
  ProposalRequest,
  ProposalResponse,
} from './team-builder.schemas.ts';
import { evaluateComposition, proposeTeams } from './team-builder.service.ts';

export function teamBuilderRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/leads/{id}/team-proposals',
        tags: ['Teams'],
        summary: 'Propose the best few teams for a lead',
        description:
          'Exact (MIP, proven optimal) for small and medium instances, a fast search with its gap to a bound for large ones. `method`, `optimal` and `gap` say which.',
        request: { params: LeadIdParam, body: jsonBody(ProposalRequest) },
        responses: { 200: jsonResponse(ProposalResponse, 'Proposed teams'), ...problems(401, 404, 422) },
      }),
      async (c) =>
        c.json(await proposeTeams(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/leads/{id}/team-evaluation',
        tags: ['Teams'],
        summary: 'Coverage, gaps and score of a hand-picked team',
        request: { params: LeadIdParam, body: jsonBody(EvaluationRequest) },
        responses: { 200: jsonResponse(EvaluationResponse, 'The team, scored'), ...problems(401, 404, 422) },
      }),
      async (c) =>
        c.json(
          await evaluateComposition(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')),
          200,
        ),
    );
}
