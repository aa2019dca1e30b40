import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import {
  CollaborationGraph,
  CollaboratorList,
  Feedback,
  FeedbackInput,
  FeedbackList,
  Retrospective,
  RetrospectiveInput,
  RetrospectivePage,
  RetrospectiveQuery,
} from './collaboration.schemas.ts';
import { collaborationGraph, collaboratorsOf } from './collaboration.service.ts';
import { feedbackOf, giveFeedback } from './feedback.service.ts';
import { listRetrospectives, writeRetrospective } from './retrospective.service.ts';

const SlugParam = z.object({ slug: z.string().min(1).max(100).openapi({ example: 'outlandish' }) });

export function collaborationRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/collaboration/graph',
        tags: ['Trust'],
        summary: 'Who worked with whom',
        description:
          'Co-ops joined by case studies, delivered teams and delivered leads. Anonymous readers see case studies only; lead and team names appear where the reader may see them; ratings are for members.',
        responses: { 200: jsonResponse(CollaborationGraph, 'The graph') },
      }),
      async (c) => c.json(await collaborationGraph(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/coops/{slug}/collaborators',
        tags: ['Trust'],
        summary: 'The co-ops this one worked with',
        request: { params: SlugParam },
        responses: {
          200: jsonResponse(CollaboratorList, 'Partners, most joint work first'),
          ...problems(404),
        },
      }),
      async (c) => c.json(await collaboratorsOf(db, c.get('actor'), c.req.valid('param').slug), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/coops/{slug}/feedback',
        tags: ['Trust'],
        summary: 'Feedback this co-op gave and received',
        request: { params: SlugParam },
        responses: { 200: jsonResponse(FeedbackList, 'Feedback, newest first'), ...problems(401, 404) },
      }),
      async (c) => c.json(await feedbackOf(db, c.get('actor'), c.req.valid('param').slug), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/collaboration/feedback',
        tags: ['Trust'],
        summary: 'Rate a co-op you worked with',
        description: 'Only between co-ops that worked on the given lead or team together; again replaces it.',
        request: { body: jsonBody(FeedbackInput) },
        responses: { 200: jsonResponse(Feedback, 'The feedback'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => c.json(await giveFeedback(db, c.get('actor'), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/retrospectives',
        tags: ['Trust'],
        summary: 'Write your co-op’s retrospective of a lead, team or call',
        description: 'One per co-op per piece of work, once it is over; writing again replaces it.',
        request: { body: jsonBody(RetrospectiveInput) },
        responses: {
          200: jsonResponse(Retrospective, 'Replaced'),
          201: jsonResponse(Retrospective, 'Written'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const { created, body } = await writeRetrospective(db, c.get('actor'), c.req.valid('json'));
        return created ? c.json(body, 201) : c.json(body, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/retrospectives',
        tags: ['Trust'],
        summary: 'Retrospectives the reader may see',
        request: { query: RetrospectiveQuery },
        responses: {
          200: jsonResponse(RetrospectivePage, 'A page of retrospectives'),
          ...problems(401, 404, 422),
        },
      }),
      async (c) => c.json(await listRetrospectives(db, c.get('actor'), c.req.valid('query')), 200),
    );
}
