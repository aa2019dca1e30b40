/** HTTP for leads: validate → service → present. Also mounts the slice's other routers. */
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Deps } from '../../http/context.ts';
import { PagingQuery } from '../../http/paging.ts';
import { Problem } from '../../http/problem.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { commentRoutes } from './comment.routes.ts';
import { interestRoutes } from './interest.routes.ts';
import {
  LeadCreate,
  LeadDetail,
  LeadEventList,
  LeadIdParam,
  LeadPage,
  LeadUpdate,
  MergeInput,
  TransitionInput,
} from './lead.schemas.ts';
import { LeadSearchQuery } from './lead.search.schemas.ts';
import { searchLeads, triageQueue } from './lead.search.ts';
import { createLead, getLead, getLeadEvents, updateLead } from './lead.service.ts';
import { mergeLeads, transitionLead } from './lead.transition.service.ts';
import { publicLeadRoutes } from './public-lead.routes.ts';
import { savedSearchRoutes } from './saved-search.routes.ts';

/** Bodies above this are refused before they are parsed. */
export const MAX_BODY_BYTES = 256 * 1024;

export function leadRoutes(deps: Deps) {
  const { db } = deps.database;
  const router = createRouter();
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new Problem(
        413,
        'Content Too Large',
        `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`,
      );
    },
  });
  for (const path of ['/leads', '/leads/*', '/public/leads', '/saved-searches', '/saved-searches/*'])
    router.use(path, limit);

  return router
    .openapi(
      createRoute({
        method: 'get',
        path: '/leads',
        tags: ['Leads'],
        summary: 'Search the leads you can see',
        request: { query: LeadSearchQuery },
        responses: { 200: jsonResponse(LeadPage, 'A page of leads'), ...problems(401, 422) },
      }),
      async (c) => c.json(await searchLeads(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/leads',
        tags: ['Leads'],
        summary: 'Post a lead (as a draft)',
        request: { body: jsonBody(LeadCreate) },
        responses: { 201: jsonResponse(LeadDetail, 'The new draft'), ...problems(401, 403, 422) },
      }),
      async (c) => c.json(await createLead(db, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/leads/triage',
        tags: ['Leads'],
        summary: 'The triage queue, oldest first (network admins)',
        request: { query: z.object(PagingQuery) },
        responses: { 200: jsonResponse(LeadPage, 'Leads waiting in triage'), ...problems(401, 403) },
      }),
      async (c) => c.json(await triageQueue(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/leads/{id}',
        tags: ['Leads'],
        summary: 'One lead',
        request: { params: LeadIdParam },
        responses: { 200: jsonResponse(LeadDetail, 'The lead'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getLead(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/leads/{id}',
        tags: ['Leads'],
        summary: 'Edit a lead',
        request: { params: LeadIdParam, body: jsonBody(LeadUpdate) },
        responses: { 200: jsonResponse(LeadDetail, 'The edited lead'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) =>
        c.json(await updateLead(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/leads/{id}/events',
        tags: ['Leads'],
        summary: 'The lead’s history: creation, edits (field names only) and transitions',
        request: { params: LeadIdParam },
        responses: { 200: jsonResponse(LeadEventList, 'Oldest first'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getLeadEvents(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/leads/{id}/transitions',
        tags: ['Leads'],
        summary: 'Move a lead to another status',
        description: 'Illegal moves answer 409 with the reason; see docs/leads.md for the table.',
        request: { params: LeadIdParam, body: jsonBody(TransitionInput) },
        responses: {
          200: jsonResponse(LeadDetail, 'The lead after the move'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) =>
        c.json(await transitionLead(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/leads/{id}/merge',
        tags: ['Leads'],
        summary: 'Absorb a duplicate lead (network admins)',
        request: { params: LeadIdParam, body: jsonBody(MergeInput) },
        responses: {
          200: jsonResponse(LeadDetail, 'The surviving lead'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) =>
        c.json(
          await mergeLeads(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').duplicate),
          200,
        ),
    )
    .route('/', interestRoutes(deps))
    .route('/', commentRoutes(deps))
    .route('/', savedSearchRoutes(deps))
    .route('/', publicLeadRoutes(deps));
}
