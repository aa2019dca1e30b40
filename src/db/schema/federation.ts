/**
 * Federation between Minga networks over ActivityPub: the actors' keys,
 * Fedify's key–value cache, partnerships with other networks, followers of
 * the public feed, what we published, what we received (deduplicated by
 * activity id), leads shared with us, interests crossing networks, and the
 * instances we refuse to talk to.
 *
 * Remote actors are named by their ActivityPub id (a URL), never by a local
 * foreign key: a remote co-op has no row in `coops`.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { coops, needEnum } from './directory.ts';
import { interestRoleEnum, leads } from './leads.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Key pairs of our own actors ('network' or a co-op slug); private keys as JWK. */
export const federationKeys = pgTable(
  'federation_keys',
  {
    actor: text('actor').notNull(),
    algorithm: text('algorithm', { enum: ['RSASSA-PKCS1-v1_5', 'Ed25519'] }).notNull(),
    publicJwk: jsonb('public_jwk').$type<JsonWebKey>().notNull(),
    privateJwk: jsonb('private_jwk').$type<JsonWebKey>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actor, t.algorithm] })],
);

/** Fedify's KvStore (remote key cache, idempotence marks); rows past `expires_at` are ignored. */
export const federationKv = pgTable('federation_kv', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  expiresAt: ts('expires_at'),
});

export const PARTNERSHIP_STATUSES = ['requested', 'pending', 'active', 'paused', 'ended', 'refused'] as const;
export const partnershipStatusEnum = pgEnum('partnership_status', PARTNERSHIP_STATUSES);

/**
 * One row per partner network. `outgoing`: we asked (Follow sent, `requested`
 * until they Accept). `incoming`: they asked (`pending` until our admins
 * accept or refuse). Once active, leads flow both ways.
 */
export const partnerships = pgTable(
  'partnerships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    remoteActorId: text('remote_actor_id').notNull().unique(),
    remoteHandle: text('remote_handle'),
    remoteName: text('remote_name').notNull().default(''),
    remoteHost: text('remote_host').notNull(),
    inbox: text('inbox').notNull(),
    sharedInbox: text('shared_inbox'),
    direction: text('direction', { enum: ['outgoing', 'incoming'] }).notNull(),
    status: partnershipStatusEnum('status').notNull(),
    /** The Follow that opened the partnership (ours or theirs); Accept/Reject/Undo name it. */
    followActivityId: text('follow_activity_id').notNull(),
    requestedBy: text('requested_by').references(() => user.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    acceptedAt: ts('accepted_at'),
    endedAt: ts('ended_at'),
  },
  (t) => [index('partnerships_status_idx').on(t.status)],
);

/** Fediverse accounts following the network's or a co-op's public feed (auto-accepted). */
export const federationFollowers = pgTable(
  'federation_followers',
  {
    /** Our actor: 'network' or a co-op slug. */
    followed: text('followed').notNull(),
    actorId: text('actor_id').notNull(),
    inbox: text('inbox').notNull(),
    sharedInbox: text('shared_inbox'),
    followActivityId: text('follow_activity_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.followed, t.actorId] })],
);

/**
 * Activities we sent, as sent (the outbox). `audience` says who receives it:
 * 'public' (followers; listed in the outbox collection), 'partners' (active
 * partner networks), 'direct' (the inboxes in `recipients`).
 */
export const federationActivities = pgTable(
  'federation_activities',
  {
    id: text('id').primaryKey(),
    actor: text('actor').notNull(),
    type: text('type').notNull(),
    audience: text('audience', { enum: ['public', 'partners', 'direct'] }).notNull(),
    recipients: text('recipients').array().notNull().default(sql`'{}'::text[]`),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    activity: jsonb('activity').$type<Record<string, unknown>>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('federation_activities_outbox_idx').on(t.actor, t.audience, t.createdAt)],
);

/** What partners and the public last heard about each of our leads, to choose Create, Update or Delete. */
export const federatedLeads = pgTable('federated_leads', {
  leadId: uuid('lead_id')
    .primaryKey()
    .references(() => leads.id, { onDelete: 'cascade' }),
  sharedWithPartners: boolean('shared_with_partners').notNull().default(false),
  sharedWithPublic: boolean('shared_with_public').notNull().default(false),
  /** The lead status partners last heard, so an outcome is told once. */
  lastStatus: text('last_status'),
  version: integer('version').notNull().default(0),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Every activity accepted by our inbox, by id: a replay is handled once. */
export const receivedActivities = pgTable('received_activities', {
  activityId: text('activity_id').primaryKey(),
  actorId: text('actor_id').notNull(),
  type: text('type').notNull(),
  receivedAt: ts('received_at').notNull().defaultNow(),
});

/** Leads partner networks shared with us: a subset of their fields, never client data. */
export const remoteLeads = pgTable(
  'remote_leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    objectId: text('object_id').notNull().unique(),
    originActorId: text('origin_actor_id').notNull(),
    originName: text('origin_name').notNull().default(''),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    url: text('url'),
    /** The Minga extension properties as received (profiles, budget, dates, scope, languages…). */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').notNull().default('open'),
    /** Co-op actors the origin chose, once decided. */
    assignedTo: text('assigned_to').array().notNull().default(sql`'{}'::text[]`),
    publishedAt: ts('published_at'),
    receivedAt: ts('received_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('remote_leads_received_idx').on(t.receivedAt)],
);

const interestColumns = () => ({
  availableFrom: date('available_from', { mode: 'string' }).notNull(),
  hoursPerWeek: integer('hours_per_week').notNull(),
  capacityPersonDays: integer('capacity_person_days').notNull(),
  need: needEnum('need').notNull(),
  needNote: text('need_note').notNull().default(''),
  fit: text('fit').notNull().default(''),
  role: interestRoleEnum('role').notNull(),
  /** 'pending' until the origin decides; then 'chosen' or 'declined'; 'withdrawn' by the co-op. */
  status: text('status', { enum: ['pending', 'chosen', 'declined', 'withdrawn'] })
    .notNull()
    .default('pending'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Interests of our co-ops in partner leads, sent as Offer activities to the origin network. */
export const partnerLeadInterests = pgTable(
  'partner_lead_interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    remoteLeadId: uuid('remote_lead_id')
      .notNull()
      .references(() => remoteLeads.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    activityId: text('activity_id').notNull().unique(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    ...interestColumns(),
  },
  (t) => [uniqueIndex('partner_lead_interests_lead_coop_idx').on(t.remoteLeadId, t.coopId)],
);

/**
 * Interests of partner networks' co-ops in our leads, as received. The
 * origin's decision reads them beside local interests; a chosen remote co-op
 * is named by its actor id (the seam for cross-network teams).
 */
export const remoteInterests = pgTable(
  'remote_interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    coopActorId: text('coop_actor_id').notNull(),
    coopName: text('coop_name').notNull().default(''),
    networkActorId: text('network_actor_id').notNull(),
    /** The Offer's id: Accept/Reject name it when the outcome travels back. */
    activityId: text('activity_id').notNull(),
    inbox: text('inbox').notNull(),
    /** Whether the outcome was sent back already. */
    outcomeSentAt: ts('outcome_sent_at'),
    ...interestColumns(),
  },
  (t) => [uniqueIndex('remote_interests_lead_coop_idx').on(t.leadId, t.coopActorId)],
);

/** Instances (host names) whose activities we refuse and to which we send nothing. */
export const blockedInstances = pgTable('blocked_instances', {
  host: text('host').primaryKey(),
  reason: text('reason').notNull().default(''),
  createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
  createdAt: ts('created_at').notNull().defaultNow(),
});
