import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import {
  createEvent,
  deleteEvent,
  eventsCalendar,
  getEvent,
  listEvents,
  rsvp,
  updateEvent,
} from './event.service.ts';
import { getThread, listCategories, listThreads, reply, startThread } from './forum.service.ts';
import {
  CategoryList,
  Event,
  EventPage,
  EventQuery,
  EventUpdate,
  NewEvent,
  NewPost,
  NewThread,
  RsvpInput,
  ThreadDetail,
  ThreadPage,
  ThreadQuery,
} from './spaces.schemas.ts';

const Id = z.object({ id: z.uuid() });
const Slug = z.object({ slug: z.string().min(1).max(100).openapi({ example: 'help-wanted' }) });
const ICS = 'text/calendar; charset=utf-8';
const calendar = {
  description: 'An iCalendar (RFC 5545) document',
  content: { 'text/calendar': { schema: z.string() } },
};

export function spacesRoutes({ database, config }: Deps) {
  const { db } = database;
  const router = createRouter();
  // Per-event calendar files: a plain route, as "{id}.ics" is not an OpenAPI path parameter.
  router.get('/events/:file{[0-9a-fA-F-]{36}\\.ics}', async (c) => {
    const id = c.req.param('file').slice(0, -4);
    return c.body(await eventsCalendar(db, config, c.get('actor'), id), 200, { 'content-type': ICS });
  });
  return router
    .openapi(
      createRoute({
        method: 'get',
        path: '/events.ics',
        tags: ['Spaces'],
        summary: 'Calendar feed of the network’s events',
        description:
          'Subscribe from any calendar. Online meeting links are included for signed-in members only.',
        responses: { 200: calendar },
      }),
      async (c) => c.body(await eventsCalendar(db, config, c.get('actor')), 200, { 'content-type': ICS }),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/events',
        tags: ['Spaces'],
        summary: 'Upcoming events',
        request: { query: EventQuery },
        responses: { 200: jsonResponse(EventPage, 'A page of events, soonest first'), ...problems(422) },
      }),
      async (c) => c.json(await listEvents(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/events',
        tags: ['Spaces'],
        summary: 'Organise an event',
        request: { body: jsonBody(NewEvent) },
        responses: { 201: jsonResponse(Event, 'The event'), ...problems(401, 422) },
      }),
      async (c) => c.json(await createEvent(db, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/events/{id}',
        tags: ['Spaces'],
        summary: 'One event',
        request: { params: Id },
        responses: { 200: jsonResponse(Event, 'The event'), ...problems(404) },
      }),
      async (c) => c.json(await getEvent(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/events/{id}',
        tags: ['Spaces'],
        summary: 'Change an event (organiser or network admins)',
        request: { params: Id, body: jsonBody(EventUpdate) },
        responses: { 200: jsonResponse(Event, 'The event'), ...problems(401, 403, 404, 422) },
      }),
      async (c) =>
        c.json(await updateEvent(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/events/{id}',
        tags: ['Spaces'],
        summary: 'Cancel an event (organiser or network admins)',
        request: { params: Id },
        responses: { 204: { description: 'Cancelled' }, ...problems(401, 403, 404) },
      }),
      async (c) => {
        await deleteEvent(db, c.get('actor'), c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/events/{id}/rsvp',
        tags: ['Spaces'],
        summary: 'Say whether you will come',
        request: { params: Id, body: jsonBody(RsvpInput) },
        responses: { 200: jsonResponse(Event, 'The event'), ...problems(401, 404, 422) },
      }),
      async (c) =>
        c.json(await rsvp(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').answer), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/forum',
        tags: ['Spaces'],
        summary: 'Discussion categories',
        responses: { 200: jsonResponse(CategoryList, 'Categories'), ...problems(401) },
      }),
      async (c) => c.json(await listCategories(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/forum/{slug}/threads',
        tags: ['Spaces'],
        summary: 'Threads of a category, latest activity first',
        request: { params: Slug, query: ThreadQuery },
        responses: { 200: jsonResponse(ThreadPage, 'A page of threads'), ...problems(401, 404, 422) },
      }),
      async (c) =>
        c.json(await listThreads(db, c.get('actor'), c.req.valid('param').slug, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/forum/{slug}/threads',
        tags: ['Spaces'],
        summary: 'Start a thread',
        request: { params: Slug, body: jsonBody(NewThread) },
        responses: { 201: jsonResponse(ThreadDetail, 'The thread'), ...problems(401, 403, 404, 422) },
      }),
      async (c) =>
        c.json(await startThread(db, c.get('actor'), c.req.valid('param').slug, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/forum/threads/{id}',
        tags: ['Spaces'],
        summary: 'A thread with its posts',
        request: { params: Id },
        responses: { 200: jsonResponse(ThreadDetail, 'The thread'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getThread(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/forum/threads/{id}/posts',
        tags: ['Spaces'],
        summary: 'Reply to a thread',
        request: { params: Id, body: jsonBody(NewPost) },
        responses: { 201: jsonResponse(ThreadDetail, 'The thread'), ...problems(401, 404, 422) },
      }),
      async (c) =>
        c.json(await reply(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').body), 201),
    );
}
