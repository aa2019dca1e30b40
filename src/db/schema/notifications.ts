/**
 * Telling members about leads: in-app notifications, email preferences, the
 * network's outgoing chat webhooks and their deliveries, personal feed
 * tokens, and the matches computed when a lead was published.
 *
 * Nothing here holds the client's contact or a private budget: notifications
 * carry the lead's title, the client's organisation and a link, and every
 * channel is rendered from these rows.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { coops } from './directory.ts';
import { leads } from './leads.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const NOTIFICATION_KINDS = [
  'lead_matched',
  'saved_search_matched',
  'mentioned',
  'interest_created',
  'interest_updated',
  'interest_withdrawn',
  'retrospective_requested',
  'review_due',
  'event_reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const EMAIL_MODES = ['immediately', 'daily_digest', 'off'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'cascade' }),
    /** The lead's title when the notification was made. */
    title: text('title').notNull(),
    /** An i18n key of the notification catalogue and its parameters (names and counts, never client data). */
    bodyKey: text('body_key').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull().default(sql`'{}'::jsonb`),
    /** Makes notifying idempotent: one notification per user and key (e.g. "lead:<id>" for a publication). */
    dedupeKey: text('dedupe_key').notNull(),
    /** How this notification is emailed, fixed from the user's preference when it was made. */
    email: text('email', { enum: EMAIL_MODES }).notNull(),
    emailedAt: ts('emailed_at'),
    readAt: ts('read_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_user_dedupe_idx').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_digest_idx')
      .on(t.userId)
      .where(sql`${t.email} = 'daily_digest' and ${t.emailedAt} is null`),
  ],
);

/** A member's email preference; no row means "immediately". */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  email: text('email', { enum: EMAIL_MODES }).notNull().default('immediately'),
  /** Per-kind overrides of `email`, e.g. { "mentioned": "immediately" }. */
  perKind: jsonb('per_kind')
    .$type<Partial<Record<NotificationKind, EmailMode>>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  lastDigestAt: ts('last_digest_at'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const WEBHOOK_EVENTS = ['lead.published', 'interest.changed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The network's outgoing chat webhooks (Mattermost/Slack-compatible), kept by network admins. */
export const webhooks = pgTable('webhooks', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  url: text('url').notNull(),
  /** When set, each delivery carries an HMAC-SHA256 of its body under this secret. */
  secret: text('secret'),
  events: text('events', { enum: WEBHOOK_EVENTS }).array().notNull(),
  /** The language of the messages this channel receives. */
  locale: text('locale', { enum: ['en', 'es'] })
    .notNull()
    .default('en'),
  active: boolean('active').notNull().default(true),
  createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** One message to one webhook; `event_key` makes enqueuing it twice harmless. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventKey: text('event_key').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: ts('delivered_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('webhook_deliveries_event_idx').on(t.webhookId, t.eventKey)],
);

/** A member's personal Atom feed token, stored as its SHA-256 only. */
export const feedTokens = pgTable('feed_tokens', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastUsedAt: ts('last_used_at'),
});

/** Which co-ops matching found for a published lead, with the figures behind it (for audit). */
export const leadMatches = pgTable(
  'lead_matches',
  {
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    score: doublePrecision('score').notNull(),
    covered: integer('covered').notNull(),
    required: integer('required').notNull(),
    reason: text('reason').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.leadId, t.coopId] })],
);
