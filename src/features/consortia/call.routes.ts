/** HTTP for calls for partners: validate → service → present. Also mounts tender declarations. */
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import {
  Application,
  ApplicationInput,
  CallCreate,
  CallDetail,
  CallIdParam,
  CallListQuery,
  CallPage,
  CallResult,
  CallStats,
  CallUpdate,
  CheckInput,
  ChecklistPatch,
  EligibilityResponse,
  SuggestionsResponse,
} from './call.schemas.ts';
import {
  callStats,
  getCall,
  listCalls,
  patchChecklist,
  postCall,
  recordResult,
  updateCall,
} from './call.service.ts';
import { applyToCall, checkConsortium, suggestConsortia } from './call-application.service.ts';
import { tenderRoutes } from './tender.routes.ts';

const tags = ['Consortia'];

export function consortiaRoutes(deps: Deps) {
  const { db } = deps.database;
  return createRouter()
    .route('/', tenderRoutes(deps))
    .openapi(
      createRoute({
        method: 'post',
        path: '/calls',
        tags,
        summary: 'Post a call for partners for a bid, with its eligibility rules',
        request: { body: jsonBody(CallCreate) },
        responses: { 201: jsonResponse(CallDetail, 'The call'), ...problems(401, 403, 422) },
      }),
      async (c) => c.json(await postCall(db, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/calls',
        tags,
        summary: 'Calls for partners the reader may see',
        request: { query: CallListQuery },
        responses: { 200: jsonResponse(CallPage, 'A page of calls'), ...problems(401, 422) },
      }),
      async (c) => c.json(await listCalls(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/calls/stats',
        tags,
        summary: 'The network’s bid success rate beside published programme rates',
        responses: { 200: jsonResponse(CallStats, 'Success rates'), ...problems(401) },
      }),
      async (c) => c.json(await callStats(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/calls/{id}',
        tags,
        summary: 'One call, with applications (all for those who run it, your own otherwise)',
        request: { params: CallIdParam },
        responses: { 200: jsonResponse(CallDetail, 'The call'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getCall(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/calls/{id}',
        tags,
        summary: 'Edit a call or move it (open, submitted, withdrawn)',
        request: { params: CallIdParam, body: jsonBody(CallUpdate) },
        responses: { 200: jsonResponse(CallDetail, 'The call'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) =>
        c.json(await updateCall(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/calls/{id}/checklist',
        tags,
        summary: 'Add, tick, rename or remove bid checklist items',
        request: { params: CallIdParam, body: jsonBody(ChecklistPatch) },
        responses: { 200: jsonResponse(CallDetail, 'The call'), ...problems(401, 403, 404, 422) },
      }),
      async (c) =>
        c.json(await patchChecklist(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/calls/{id}/result',
        tags,
        summary: 'Record the result (won or lost) and a post-mortem',
        request: { params: CallIdParam, body: jsonBody(CallResult) },
        responses: { 200: jsonResponse(CallDetail, 'The call'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) =>
        c.json(await recordResult(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/calls/{id}/applications',
        tags,
        summary: 'Apply with what your co-op brings (replaces its earlier application)',
        request: { params: CallIdParam, body: jsonBody(ApplicationInput) },
        responses: {
          200: jsonResponse(Application, 'The application, replaced'),
          201: jsonResponse(Application, 'The application'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const r = await applyToCall(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json'));
        return r.created ? c.json(r.application, 201) : c.json(r.application, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/calls/{id}/check',
        tags,
        summary: 'Check a proposed consortium of applicants against the call’s rules',
        request: { params: CallIdParam, body: jsonBody(CheckInput) },
        responses: {
          200: jsonResponse(EligibilityResponse, 'Eligible, or the unmet rules'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) =>
        c.json(
          await checkConsortium(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').coopIds),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/calls/{id}/suggestions',
        tags,
        summary: 'Consortia of applicants that meet the rules, smallest first',
        request: { params: CallIdParam },
        responses: {
          200: jsonResponse(SuggestionsResponse, 'Suggested consortia'),
          ...problems(401, 403, 404),
        },
      }),
      async (c) => c.json(await suggestConsortia(db, c.get('actor'), c.req.valid('param').id), 200),
    );
}
