/** HTTP for a member's notifications, email preferences, feed token and Atom feed. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { leadsFeed, revokeFeedToken, rotateFeedToken } from './feed.service.ts';
import {
  FeedQuery,
  FeedToken,
  Notification,
  NotificationPage,
  NotificationPreferences,
  NotificationQuery,
  ReadAllResult,
} from './notification.schemas.ts';
import {
  getPreferences,
  listNotifications,
  markAllRead,
  markRead,
  putPreferences,
} from './notification.service.ts';

const IdParam = z.object({ id: z.uuid() });
const tags = ['Notifications'];

export function notificationRoutes(deps: Deps) {
  const { db } = deps.database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/notifications',
        tags,
        summary: 'Your notifications, newest first, with the unread count',
        request: { query: NotificationQuery },
        responses: { 200: jsonResponse(NotificationPage, 'A page of notifications'), ...problems(401, 422) },
      }),
      async (c) => c.json(await listNotifications(deps, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/notifications/read-all',
        tags,
        summary: 'Mark all your notifications read',
        responses: { 200: jsonResponse(ReadAllResult, 'How many were unread'), ...problems(401) },
      }),
      async (c) => c.json(await markAllRead(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/notifications/{id}/read',
        tags,
        summary: 'Mark one notification read',
        request: { params: IdParam },
        responses: { 200: jsonResponse(Notification, 'The notification'), ...problems(401, 404) },
      }),
      async (c) => c.json(await markRead(deps, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/me/notification-preferences',
        tags,
        summary: 'How your notifications are emailed',
        responses: { 200: jsonResponse(NotificationPreferences, 'Your preferences'), ...problems(401) },
      }),
      async (c) => c.json(await getPreferences(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/me/notification-preferences',
        tags,
        summary: 'Choose how your notifications are emailed: immediately, in a daily digest, or not at all',
        request: { body: jsonBody(NotificationPreferences) },
        responses: { 200: jsonResponse(NotificationPreferences, 'Your preferences'), ...problems(401, 422) },
      }),
      async (c) => c.json(await putPreferences(db, c.get('actor'), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/me/feed-token',
        tags,
        summary: 'Create or rotate your Atom feed token (the old one stops working)',
        responses: {
          201: jsonResponse(FeedToken, 'The token, shown this once, and the feed address'),
          ...problems(401),
        },
      }),
      async (c) => c.json(await rotateFeedToken(deps, c.get('actor')), 201),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/me/feed-token',
        tags,
        summary: 'Revoke your Atom feed token',
        responses: { 204: { description: 'Revoked' }, ...problems(401) },
      }),
      async (c) => {
        await revokeFeedToken(db, c.get('actor'));
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/feeds/leads.atom',
        tags,
        summary: 'Open leads you can see, as an Atom feed (authenticated by your feed token)',
        request: { query: FeedQuery },
        responses: {
          200: {
            description: 'An Atom 1.0 feed',
            content: { 'application/atom+xml': { schema: z.string() } },
          },
          ...problems(401, 422),
        },
      }),
      async (c) =>
        c.body(await leadsFeed(deps, c.req.valid('query').token), 200, {
          'content-type': 'application/atom+xml; charset=utf-8',
          'cache-control': 'private, no-store',
        }),
    );
}
