/** HTTP for group decisions, outcomes and audit trails: validate → service → present. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { IdempotencyHeaders, idempotent } from '../allocation/idempotency.ts';
import { decisionAudit, leadAudit } from './audit.service.ts';
import {
  AuditTrail,
  AwardInput,
  CloseInput,
  DecisionCreate,
  DecisionListQuery,
  DecisionOut,
  DecisionPage,
  OutcomeOut,
  TallyOut,
  VoteInput,
  VoteOut,
} from './decision.schemas.ts';
import { cancelDecision, createDecision, getDecision, listDecisions } from './decision.service.ts';
import { awardLead, closeDecision } from './outcome.service.ts';
import { castVote, getTally } from './vote.service.ts';

const IdParam = z.object({ id: z.uuid() });
const tags = ['Decisions'];

export function decisionRoutes(deps: Deps) {
  const { db } = deps.database;
  const once = idempotent(db);
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/decisions',
        tags,
        summary: 'Decisions you can see, soonest closing first',
        request: { query: DecisionListQuery },
        responses: { 200: jsonResponse(DecisionPage, 'A page of decisions'), ...problems(401, 422) },
      }),
      async (c) => c.json(await listDecisions(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/decisions',
        tags,
        summary: 'Propose a decision, on a lead or on any network question',
        middleware: [once] as const,
        request: { headers: IdempotencyHeaders, body: jsonBody(DecisionCreate) },
        responses: {
          201: jsonResponse(DecisionOut, 'The open decision'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => c.json(await createDecision(deps, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/decisions/{id}',
        tags,
        summary: 'One decision, with the recommendation beside it and its outcome',
        request: { params: IdParam },
        responses: { 200: jsonResponse(DecisionOut, 'The decision'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getDecision(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/decisions/{id}/votes',
        tags,
        summary: 'Cast (or change) your vote or your co-op’s',
        middleware: [once] as const,
        request: { params: IdParam, headers: IdempotencyHeaders, body: jsonBody(VoteInput) },
        responses: { 201: jsonResponse(VoteOut, 'The vote as kept'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) =>
        c.json(await castVote(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/decisions/{id}/tally',
        tags,
        summary: 'The tally so far (only who has voted, while anonymous until close)',
        request: { params: IdParam },
        responses: { 200: jsonResponse(TallyOut, 'The tally'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getTally(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/decisions/{id}/close',
        tags,
        summary: 'Close the decision and record its one outcome (creator or network admins)',
        middleware: [once] as const,
        request: { params: IdParam, headers: IdempotencyHeaders, body: jsonBody(CloseInput) },
        responses: { 200: jsonResponse(OutcomeOut, 'The outcome'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) =>
        c.json(await closeDecision(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/decisions/{id}/cancel',
        tags,
        summary: 'Withdraw an open decision without an outcome (creator or network admins)',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(DecisionOut, 'The cancelled decision'),
          ...problems(401, 403, 404, 409),
        },
      }),
      async (c) => c.json(await cancelDecision(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/decisions/{id}/audit',
        tags,
        summary: 'Everything that led to the outcome, in time order',
        request: { params: IdParam },
        responses: { 200: jsonResponse(AuditTrail, 'The audit trail'), ...problems(401, 404) },
      }),
      async (c) => c.json(await decisionAudit(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/leads/{id}/award',
        tags,
        summary: 'Award a lead without a decision (network admins)',
        middleware: [once] as const,
        request: { params: IdParam, headers: IdempotencyHeaders, body: jsonBody(AwardInput) },
        responses: { 201: jsonResponse(OutcomeOut, 'The outcome'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) =>
        c.json(await awardLead(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/leads/{id}/audit',
        tags,
        summary: 'A lead’s whole record: events, recommendations, decisions, votes, outcome, ledger',
        request: { params: IdParam },
        responses: { 200: jsonResponse(AuditTrail, 'The audit trail'), ...problems(401, 404) },
      }),
      async (c) => c.json(await leadAudit(db, c.get('actor'), c.req.valid('param').id), 200),
    );
}
