/** HTTP for private tender declarations: validate → service → present. */
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import {
  Declaration,
  DeclarationIdParam,
  DeclarationInput,
  DeclarationList,
  JointBidInput,
  TenderStats,
} from './tender.schemas.ts';
import {
  answerJointBid,
  declareTender,
  getDeclaration,
  listDeclarations,
  tenderStats,
} from './tender.service.ts';

export function tenderRoutes(deps: Deps) {
  const { db } = deps.database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/tenders/declarations',
        tags: ['Consortia'],
        summary: 'Declare, privately, that your co-op was invited to a tender',
        description:
          'Seen only by your co-op’s members. When another co-op declares the same tender, both co-ops’ admins are told privately, without names, and offered a joint bid.',
        request: { body: jsonBody(DeclarationInput) },
        responses: { 201: jsonResponse(Declaration, 'The declaration'), ...problems(401, 403, 409, 422) },
      }),
      async (c) => c.json(await declareTender(deps, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/tenders/declarations',
        tags: ['Consortia'],
        summary: 'Your co-ops’ own tender declarations',
        responses: { 200: jsonResponse(DeclarationList, 'Your co-ops’ declarations'), ...problems(401) },
      }),
      async (c) => c.json(await listDeclarations(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/tenders/stats',
        tags: ['Consortia'],
        summary: 'How many tenders were declared and matched (network admins; counts only)',
        responses: { 200: jsonResponse(TenderStats, 'Counts'), ...problems(401, 403) },
      }),
      async (c) => c.json(await tenderStats(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/tenders/declarations/{id}',
        tags: ['Consortia'],
        summary: 'One of your co-ops’ declarations',
        request: { params: DeclarationIdParam },
        responses: { 200: jsonResponse(Declaration, 'The declaration'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getDeclaration(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/tenders/declarations/{id}/joint-bid',
        tags: ['Consortia'],
        summary:
          'Accept or decline a joint bid with the other co-ops that declared the tender (co-op admins)',
        request: { params: DeclarationIdParam, body: jsonBody(JointBidInput) },
        responses: {
          200: jsonResponse(Declaration, 'The declaration'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) =>
        c.json(
          await answerJointBid(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').accept),
          200,
        ),
    );
}
