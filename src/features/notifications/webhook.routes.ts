/** HTTP for the network's outgoing chat webhooks (network admins). */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import {
  Webhook,
  WebhookDeliveryList,
  WebhookInput,
  WebhookList,
  WebhookUpdate,
} from './notification.schemas.ts';
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listWebhooks,
  updateWebhook,
} from './webhook.service.ts';

const IdParam = z.object({ id: z.uuid() });
const tags = ['Webhooks'];

export function webhookRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/admin/webhooks',
        tags,
        summary: 'The network’s chat webhooks',
        responses: { 200: jsonResponse(WebhookList, 'Every webhook'), ...problems(401, 403) },
      }),
      async (c) => c.json(await listWebhooks(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/admin/webhooks',
        tags,
        summary: 'Add a Mattermost/Slack-compatible webhook',
        request: { body: jsonBody(WebhookInput) },
        responses: { 201: jsonResponse(Webhook, 'The webhook'), ...problems(401, 403, 422) },
      }),
      async (c) => c.json(await createWebhook(db, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/admin/webhooks/{id}',
        tags,
        summary: 'One webhook',
        request: { params: IdParam },
        responses: { 200: jsonResponse(Webhook, 'The webhook'), ...problems(401, 403, 404) },
      }),
      async (c) => c.json(await getWebhook(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/admin/webhooks/{id}',
        tags,
        summary: 'Change a webhook (name, address, secret, events, language, active)',
        request: { params: IdParam, body: jsonBody(WebhookUpdate) },
        responses: { 200: jsonResponse(Webhook, 'The webhook'), ...problems(401, 403, 404, 422) },
      }),
      async (c) =>
        c.json(await updateWebhook(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/admin/webhooks/{id}',
        tags,
        summary: 'Remove a webhook',
        request: { params: IdParam },
        responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404) },
      }),
      async (c) => {
        await deleteWebhook(db, c.get('actor'), c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/admin/webhooks/{id}/deliveries',
        tags,
        summary: 'A webhook’s latest deliveries and their outcome',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(WebhookDeliveryList, 'Latest 50 deliveries'),
          ...problems(401, 403, 404),
        },
      }),
      async (c) => c.json(await listDeliveries(db, c.get('actor'), c.req.valid('param').id), 200),
    );
}
