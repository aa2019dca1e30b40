/**
 * Trust and the network's shared spaces: retrospectives on delivered or lost
 * work, feedback between co-ops that worked together, discussion categories
 * with threads and posts, and events with RSVPs.
 *
 * The collaboration graph has no table of its own: it is read from delivered
 * teams, delivered leads and case studies, so it can never disagree with them.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
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
import { calls, teams } from './teams.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const RETROSPECTIVE_VISIBILITIES = ['team', 'network'] as const;
export const RSVP_ANSWERS = ['yes', 'no', 'maybe'] as const;

/**
 * One co-op's look back at a piece of work: what worked, what failed, what to
 * change. 'team' keeps it to the co-ops involved (and network admins);
 * 'network' shares it with every member. One per co-op per subject: writing
 * again replaces it.
 */
export const retrospectives = pgTable(
  'retrospectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    callId: uuid('call_id').references(() => calls.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    worked: text('worked').notNull().default(''),
    failed: text('failed').notNull().default(''),
    change: text('change').notNull().default(''),
    visibility: text('visibility', { enum: RETROSPECTIVE_VISIBILITIES }).notNull().default('team'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('retrospectives_one_subject', sql`num_nonnulls(${t.leadId}, ${t.teamId}, ${t.callId}) = 1`),
    uniqueIndex('retrospectives_lead_coop_idx').on(t.leadId, t.coopId).where(sql`${t.leadId} is not null`),
    uniqueIndex('retrospectives_team_coop_idx').on(t.teamId, t.coopId).where(sql`${t.teamId} is not null`),
    uniqueIndex('retrospectives_call_coop_idx').on(t.callId, t.coopId).where(sql`${t.callId} is not null`),
    index('retrospectives_coop_idx').on(t.coopId),
  ],
);

/**
 * What one co-op says about working with another on one lead or team. Only
 * co-ops that delivered that work together may write it (collaboration.rules.ts);
 * one per pair and subject, replaced when written again.
 */
export const collaborationFeedback = pgTable(
  'collaboration_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromCoopId: uuid('from_coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    toCoopId: uuid('to_coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    note: text('note').notNull().default(''),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('collaboration_feedback_rating', sql`${t.rating} between 1 and 5`),
    check('collaboration_feedback_pair', sql`${t.fromCoopId} <> ${t.toCoopId}`),
    check('collaboration_feedback_subject', sql`num_nonnulls(${t.leadId}, ${t.teamId}) = 1`),
    uniqueIndex('collaboration_feedback_lead_idx')
      .on(t.fromCoopId, t.toCoopId, t.leadId)
      .where(sql`${t.leadId} is not null`),
    uniqueIndex('collaboration_feedback_team_idx')
      .on(t.fromCoopId, t.toCoopId, t.teamId)
      .where(sql`${t.teamId} is not null`),
    index('collaboration_feedback_to_idx').on(t.toCoopId),
  ],
);

/** Network-wide discussion categories; in 'admins only' ones only network admins start threads. */
export const forumCategories = pgTable('forum_categories', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameEs: text('name_es').notNull(),
  descriptionEn: text('description_en').notNull().default(''),
  descriptionEs: text('description_es').notNull().default(''),
  adminsOnly: boolean('admins_only').notNull().default(false),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const forumThreads = pgTable(
  'forum_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => forumCategories.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    postCount: integer('post_count').notNull().default(0),
    lastPostAt: ts('last_post_at').notNull().defaultNow(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('forum_threads_category_idx').on(t.categoryId, t.lastPostAt)],
);

export const forumPosts = pgTable(
  'forum_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => forumThreads.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    /** Markdown as written; rendered and sanitised on the way out. */
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('forum_posts_thread_idx').on(t.threadId, t.createdAt)],
);

/** Meet-ups, calls and gatherings. Times are instants; `timezone` is how to show them. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** Markdown as written; rendered and sanitised on the way out. */
    description: text('description').notNull().default(''),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    /** IANA zone the organiser thinks in, e.g. "Europe/London". */
    timezone: text('timezone').notNull().default('UTC'),
    location: text('location'),
    onlineUrl: text('online_url'),
    /** Bumped on every change, so calendars replace their copy (iCalendar SEQUENCE). */
    sequence: integer('sequence').notNull().default(0),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('events_starts_idx').on(t.startsAt),
    check('events_ends_after_start', sql`${t.endsAt} >= ${t.startsAt}`),
  ],
);

export const eventRsvps = pgTable(
  'event_rsvps',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    answer: text('answer', { enum: RSVP_ANSWERS }).notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_rsvps_user_idx').on(t.userId)],
);
