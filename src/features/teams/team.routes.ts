/** HTTP for team records: validate → service → present. Also mounts the team builder. */
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { createTeam } from './team.form.ts';
import { splitLedgerByTeams } from './team.ledger.ts';
import {
  TeamComment,
  TeamCommentInput,
  TeamCommentList,
  TeamCreate,
  TeamDetail,
  TeamIdParam,
  TeamListQuery,
  TeamPage,
  TeamUpdate,
} from './team.schemas.ts';
import { addTeamComment, getTeam, listTeamComments, listTeams, updateTeam } from './team.service.ts';
import { teamBuilderRoutes } from './team-builder.routes.ts';

export function teamRoutes(deps: Deps) {
  const { db } = deps.database;
  splitLedgerByTeams();
  return createRouter()
    .route('/', teamBuilderRoutes(deps))
    .openapi(
      createRoute({
        method: 'post',
        path: '/teams',
        tags: ['Teams'],
        summary: 'Form a team: from a decision’s outcome, for a lead, or by hand',
        request: { body: jsonBody(TeamCreate) },
        responses: { 201: jsonResponse(TeamDetail, 'The new team'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) => {
        const actor = c.get('actor');
        const id = await createTeam(db, actor, c.req.valid('json'));
        return c.json(await getTeam(db, actor, id), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/teams',
        tags: ['Teams'],
        summary: 'Teams the reader may see',
        request: { query: TeamListQuery },
        responses: { 200: jsonResponse(TeamPage, 'A page of teams'), ...problems(401, 422) },
      }),
      async (c) => c.json(await listTeams(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/teams/{id}',
        tags: ['Teams'],
        summary: 'One team',
        request: { params: TeamIdParam },
        responses: { 200: jsonResponse(TeamDetail, 'The team'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getTeam(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/teams/{id}',
        tags: ['Teams'],
        summary: 'Change a team’s status, terms or shares (its co-ops’ admins, network admins)',
        request: { params: TeamIdParam, body: jsonBody(TeamUpdate) },
        responses: { 200: jsonResponse(TeamDetail, 'The team'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) =>
        c.json(await updateTeam(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/teams/{id}/comments',
        tags: ['Teams'],
        summary: 'The team’s discussion',
        request: { params: TeamIdParam },
        responses: { 200: jsonResponse(TeamCommentList, 'Comments, oldest first'), ...problems(401, 404) },
      }),
      async (c) => c.json(await listTeamComments(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/teams/{id}/comments',
        tags: ['Teams'],
        summary: 'Write in the team’s discussion (Markdown, sanitised on the way out)',
        request: { params: TeamIdParam, body: jsonBody(TeamCommentInput) },
        responses: { 201: jsonResponse(TeamComment, 'The comment'), ...problems(401, 403, 404, 422) },
      }),
      async (c) =>
        c.json(
          await addTeamComment(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').body),
          201,
        ),
    );
}
