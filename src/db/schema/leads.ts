/**
 * Leads: pieces of work shared with the network, their lifecycle log,
 * co-ops' interests, discussion, saved searches and the public form's
 * rate-limit counters.
 *
 * Confidential client fields (contact name, email, phone) live on `leads`
 * but are never part of the full-text columns: search cannot find a lead by
 * them, whoever asks.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { coops, needEnum, seniorityEnum, terms } from './directory.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const LEAD_STATUSES = [
  'draft',
  'in_triage',
  'open',
  'deciding',
  'assigned',
  'in_progress',
  'delivered',
  'lost',
  'withdrawn',
  'declined',
] as const;
export const LEAD_MODES = ['fixed_price', 'time_and_materials', 'staff_augmentation', 'unknown'] as const;
export const LEAD_SCOPES = ['single_coop', 'team', 'consortium'] as const;
export const INTEREST_ROLES = ['lead', 'partner', 'subcontractor'] as const;

export const leadStatusEnum = pgEnum('lead_status', LEAD_STATUSES);
export const leadModeEnum = pgEnum('lead_mode', LEAD_MODES);
export const leadScopeEnum = pgEnum('lead_scope', LEAD_SCOPES);
export const interestRoleEnum = pgEnum('interest_role', INTEREST_ROLES);

/** Title (A), tags (A) and description (B) in one text-search configuration; never client fields. */
const searchable = (config: 'english' | 'spanish'): SQL =>
  sql.raw(
    `setweight(to_tsvector('${config}'::regconfig, coalesce(title, '')), 'A') || ` +
      `setweight(to_tsvector('${config}'::regconfig, coalesce(tags, '[]'::jsonb)), 'A') || ` +
      `setweight(to_tsvector('${config}'::regconfig, coalesce(description, '')), 'B')`,
  );

export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** Markdown as written; rendered and sanitised on the way out. */
    description: text('description').notNull().default(''),
    status: leadStatusEnum('status').notNull().default('draft'),
    /** 'member' (posted by a member) or 'public_form' (the "bring us your project" form). */
    source: text('source', { enum: ['member', 'public_form'] })
      .notNull()
      .default('member'),
    /** Shown to everyone who can see the lead. */
    clientOrganisation: text('client_organisation'),
    // Confidential: admins, the finder co-op and the assigned co-ops only (lead.policy.ts).
    clientContactName: text('client_contact_name'),
    clientEmail: text('client_email'),
    clientPhone: text('client_phone'),
    /** The language the client wrote to us in; their emails follow it. */
    clientLocale: text('client_locale', { enum: ['en', 'es'] })
      .notNull()
      .default('en'),
    finderCoopId: uuid('finder_coop_id').references(() => coops.id, { onDelete: 'set null' }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    budgetMin: numeric('budget_min', { precision: 14, scale: 2, mode: 'number' }),
    budgetMax: numeric('budget_max', { precision: 14, scale: 2, mode: 'number' }),
    currency: text('currency'),
    budgetVisibility: text('budget_visibility', { enum: ['network', 'private'] })
      .notNull()
      .default('network'),
    mode: leadModeEnum('mode').notNull().default('unknown'),
    effortPersonDays: integer('effort_person_days'),
    startDate: date('start_date', { mode: 'string' }),
    interestDeadline: ts('interest_deadline'),
    durationWeeks: integer('duration_weeks'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    place: text('place'),
    remote: boolean('remote').notNull().default(false),
    scope: leadScopeEnum('scope').notNull().default('single_coop'),
    /** Whether `scope` was chosen by someone (kept) or suggested from effort and profiles (recomputed). */
    scopeChosen: boolean('scope_chosen').notNull().default(false),
    finderFeePercent: numeric('finder_fee_percent', { precision: 5, scale: 2, mode: 'number' }),
    noCutOnOthersWork: boolean('no_cut_on_others_work').notNull().default(false),
    contractTransparency: boolean('contract_transparency').notNull().default(false),
    termsNote: text('terms_note').notNull().default(''),
    /** 'network': every member; 'chosen': only the co-ops in lead_visible_coops (plus the entitled). */
    visibility: text('visibility', { enum: ['network', 'chosen'] })
      .notNull()
      .default('network'),
    /** For federation: may partner networks see it, may the public? */
    shareWithPartners: boolean('share_with_partners').notNull().default(false),
    shareWithPublic: boolean('share_with_public').notNull().default(false),
    tags: jsonb('tags').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => leads.id),
    publishedAt: ts('published_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    searchEn: tsvector('search_en').generatedAlwaysAs((): SQL => searchable('english')),
    searchEs: tsvector('search_es').generatedAlwaysAs((): SQL => searchable('spanish')),
  },
  (t) => [
    index('leads_status_idx').on(t.status, t.publishedAt),
    // The lead list's default order ("newest"), within a status.
    index('leads_status_recent_idx').on(
      t.status,
      sql`(coalesce(${t.publishedAt}, ${t.createdAt})) desc`,
      t.id,
    ),
    index('leads_finder_idx').on(t.finderCoopId),
    index('leads_deadline_idx').on(t.interestDeadline),
    index('leads_search_en_idx').using('gin', t.searchEn),
    index('leads_search_es_idx').using('gin', t.searchEs),
  ],
);

/** "count people of technology at least minSeniority", as many rows as needed, in order. */
export const leadProfiles = pgTable(
  'lead_profiles',
  {
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    count: integer('count').notNull(),
    technologyId: uuid('technology_id')
      .notNull()
      .references(() => terms.id),
    minSeniority: seniorityEnum('min_seniority').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.leadId, t.position] }),
    index('lead_profiles_tech_idx').on(t.technologyId),
  ],
);

export const leadServices = pgTable(
  'lead_services',
  {
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => terms.id),
  },
  (t) => [primaryKey({ columns: [t.leadId, t.serviceId] })],
);

/** With visibility 'chosen': the co-ops whose members may see the lead. */
export const leadVisibleCoops = pgTable(
  'lead_visible_coops',
  {
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.leadId, t.coopId] }), index('lead_visible_coops_coop_idx').on(t.coopId)],
);

/** The co-ops a lead was assigned to; their members are entitled to the client's contact. */
export const leadAssignedCoops = pgTable(
  'lead_assigned_coops',
  {
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.leadId, t.coopId] }), index('lead_assigned_coops_coop_idx').on(t.coopId)],
);

/**
 * What happened to a lead, append-only (a trigger refuses updates and
 * deletes): creation, edits (field names only, never values), every status
 * transition with who, when, from, to and a note.
 */
export const leadEvents = pgTable(
  'lead_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id),
    kind: text('kind', { enum: ['created', 'edited', 'transition', 'merged'] }).notNull(),
    actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
    fromStatus: leadStatusEnum('from_status'),
    toStatus: leadStatusEnum('to_status'),
    note: text('note').notNull().default(''),
    fields: text('fields').array().notNull().default(sql`'{}'::text[]`),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('lead_events_lead_idx').on(t.leadId, t.id)],
);

/**
 * Domain events written in the same transaction as the change, for the
 * notification work to pick up (lead published, interest made, mention).
 * Payloads carry ids, never client fields.
 */
export const leadOutbox = pgTable(
  'lead_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    topic: text('topic', {
      enum: ['lead.published', 'interest.changed', 'comment.mentioned'],
    }).notNull(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: ts('created_at').notNull().defaultNow(),
    handledAt: ts('handled_at'),
  },
  (t) => [index('lead_outbox_pending_idx').on(t.id).where(sql`${t.handledAt} is null`)],
);

/** A co-op's answer to a lead: one current interest per co-op per lead. */
export const leadInterests = pgTable(
  'lead_interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    availableFrom: date('available_from', { mode: 'string' }).notNull(),
    hoursPerWeek: integer('hours_per_week').notNull(),
    capacityPersonDays: integer('capacity_person_days').notNull(),
    need: needEnum('need').notNull(),
    needNote: text('need_note').notNull().default(''),
    fit: text('fit').notNull().default(''),
    role: interestRoleEnum('role').notNull(),
    proposedPeople: uuid('proposed_people').array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    withdrawnAt: ts('withdrawn_at'),
  },
  (t) => [
    uniqueIndex('lead_interests_lead_coop_idx').on(t.leadId, t.coopId),
    index('lead_interests_coop_idx').on(t.coopId),
  ],
);

export const leadComments = pgTable(
  'lead_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    /** Markdown as written; rendered and sanitised on the way out. */
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('lead_comments_lead_idx').on(t.leadId, t.createdAt)],
);

/** Who a comment mentions; `notifiedAt` is for the notification work. */
export const leadMentions = pgTable(
  'lead_mentions',
  {
    commentId: uuid('comment_id')
      .notNull()
      .references(() => leadComments.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    notifiedAt: ts('notified_at'),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index('lead_mentions_user_idx').on(t.userId)],
);

export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The lead search's query parameters, as validated by LeadSearchFilter. */
    query: jsonb('query').$type<Record<string, unknown>>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    lastNotifiedAt: ts('last_notified_at'),
  },
  (t) => [index('saved_searches_user_idx').on(t.userId)],
);

/**
 * Hits on rate-limited endpoints, in the database so that several Minga
 * processes agree. `bucket` holds a hash, never a raw IP address; rows older
 * than the window are pruned as new hits arrive.
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    bucket: text('bucket').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('rate_limit_hits_bucket_idx').on(t.bucket, t.at)],
);
