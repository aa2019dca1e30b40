/** Requests and responses of notifications, preferences, feed tokens and the network's webhooks. */
import { z } from '@hono/zod-openapi';
import { EMAIL_MODES, NOTIFICATION_KINDS, WEBHOOK_EVENTS } from '../../db/schema/notifications.ts';
import { PagingQuery } from '../../http/paging.ts';

export const NotificationQuery = z.object({
  ...PagingQuery,
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .openapi({ description: 'Only notifications not yet read' }),
});

export const Notification = z
  .object({
    id: z.uuid(),
    kind: z.enum(NOTIFICATION_KINDS),
    lead: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    title: z.string(),
    bodyKey: z
      .string()
      .openapi({ description: 'i18n key of the body, for clients that render it themselves' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    text: z.string().openapi({ description: 'The body rendered in the reader’s language' }),
    url: z.string().nullable(),
    readAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Notification');

export const NotificationPage = z
  .object({
    items: z.array(Notification),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    unread: z.number().int().openapi({ description: 'Unread notifications in all, whatever the page' }),
  })
  .openapi('NotificationPage');

export const ReadAllResult = z.object({ updated: z.number().int() }).openapi('NotificationsReadAll');

const EmailMode = z.enum(EMAIL_MODES);

export const NotificationPreferences = z
  .object({
    email: EmailMode.openapi({ description: 'How notifications are emailed; "immediately" when never set' }),
    perKind: z
      .partialRecord(z.enum(NOTIFICATION_KINDS), EmailMode)
      .default({})
      .openapi({ description: 'Overrides of `email` for some kinds of notification' }),
  })
  .strict()
  .openapi('NotificationPreferences');

export const FeedToken = z
  .object({
    token: z.string().openapi({ description: 'Shown once; only its hash is kept' }),
    url: z.string().openapi({ description: 'The Atom feed address, with the token' }),
  })
  .openapi('FeedToken');

export const FeedQuery = z.object({ token: z.string().min(1).max(200) });

const HttpUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .openapi({ description: 'Incoming-webhook address of a Mattermost or Slack channel' });

export const WebhookInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    url: HttpUrl,
    secret: z.string().min(16).max(200).nullable().optional().openapi({
      description: 'When set, each delivery carries X-Minga-Signature: sha256=HMAC of the body',
    }),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
    active: z.boolean().default(true),
    locale: z.enum(['en', 'es']).default('en'),
  })
  .strict()
  .openapi('WebhookInput');

export const WebhookUpdate = z
  .object({
    name: z.string().trim().min(1).max(120),
    url: HttpUrl,
    secret: z.string().min(16).max(200).nullable(),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
    active: z.boolean(),
    locale: z.enum(['en', 'es']),
  })
  .partial()
  .strict()
  .openapi('WebhookUpdate');

export const Webhook = z
  .object({
    id: z.uuid(),
    name: z.string(),
    url: z.string(),
    hasSecret: z.boolean(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    active: z.boolean(),
    locale: z.enum(['en', 'es']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Webhook');

export const WebhookList = z.object({ items: z.array(Webhook) }).openapi('WebhookList');

export const WebhookDelivery = z
  .object({
    id: z.number().int(),
    event: z.string(),
    attempts: z.number().int(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('WebhookDelivery');

export const WebhookDeliveryList = z
  .object({ items: z.array(WebhookDelivery) })
  .openapi('WebhookDeliveryList');
