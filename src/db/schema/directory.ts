/**
 * The co-op directory: co-ops, their people and skills, the shared taxonomy
 * of technologies and services, public client lists and case studies.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  customType,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { AVAILABILITIES, NEEDS, SENIORITIES, STAGES } from '../../engine/vocabulary.ts';
import { user } from './auth.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const stageEnum = pgEnum('coop_stage', STAGES);
export const needEnum = pgEnum('coop_need', NEEDS);
export const seniorityEnum = pgEnum('seniority', SENIORITIES);
export const availabilityEnum = pgEnum('availability', AVAILABILITIES);
export const termKindEnum = pgEnum('term_kind', ['technology', 'service']);
export const coopRoleEnum = pgEnum('coop_role', ['admin', 'member']);

export const coops = pgTable(
  'coops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionEs: text('description_es').notNull().default(''),
    website: text('website'),
    country: text('country'),
    city: text('city'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    yearFounded: integer('year_founded'),
    headcount: integer('headcount'),
    stage: stageEnum('stage').notNull().default('growing'),
    need: needEnum('need').notNull().default('medium'),
    needNote: text('need_note').notNull().default(''),
    // Contact details: signed-in members only.
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    // Availability counts, kept in step with `people` by the service that changes people.
    peopleTotal: integer('people_total').notNull().default(0),
    peopleFree: integer('people_free').notNull().default(0),
    peopleCouldBeFree: integer('people_could_be_free').notNull().default(0),
    search: tsvector('search').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('simple', coalesce(${coops.name}, '')), 'A') || setweight(to_tsvector('english', coalesce(${coops.descriptionEn}, '')), 'B') || setweight(to_tsvector('spanish', coalesce(${coops.descriptionEs}, '')), 'B')`,
    ),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('coops_search_idx').using('gin', t.search),
    index('coops_country_idx').on(t.country),
    index('coops_stage_idx').on(t.stage),
    index('coops_languages_idx').using('gin', t.languages),
    index('coops_name_idx').on(t.name),
  ],
);

/** Technologies and services, one shared taxonomy. */
export const terms = pgTable(
  'terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: termKindEnum('kind').notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('terms_kind_slug_idx').on(t.kind, t.slug)],
);

/** Other spellings of a term ("ReactJS" for React); `key` is the normalised spelling. */
export const termAliases = pgTable(
  'term_aliases',
  {
    kind: termKindEnum('kind').notNull(),
    key: text('key').notNull(),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key] }), index('term_aliases_term_idx').on(t.termId)],
);

export const coopTerms = pgTable(
  'coop_terms',
  {
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.coopId, t.termId] }), index('coop_terms_term_idx').on(t.termId)],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    availability: availabilityEnum('availability').notNull().default('busy'),
    hoursPerWeek: integer('hours_per_week').notNull().default(0),
    freeFrom: date('free_from', { mode: 'string' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('people_coop_idx').on(t.coopId),
    uniqueIndex('people_user_idx').on(t.userId).where(sql`${t.userId} is not null`),
  ],
);

export const personSkills = pgTable(
  'person_skills',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    seniority: seniorityEnum('seniority').notNull(),
    years: integer('years').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.termId] }),
    index('person_skills_term_idx').on(t.termId, t.seniority),
  ],
);

/**
 * What each co-op can staff, per technology: its best seniority and how many
 * people it has at each level. Derived from people and skills, rebuilt with
 * the availability counts whenever a co-op's people change, so directory
 * filters and lead matching read one small row per co-op and technology.
 */
export const coopSkills = pgTable(
  'coop_skills',
  {
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    best: seniorityEnum('best').notNull(),
    juniors: integer('juniors').notNull().default(0),
    semiSeniors: integer('semi_seniors').notNull().default(0),
    seniors: integer('seniors').notNull().default(0),
    experts: integer('experts').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.coopId, t.termId] }), index('coop_skills_term_idx').on(t.termId, t.best)],
);

/** Who may act for a co-op, and how. */
export const coopMembers = pgTable(
  'coop_members',
  {
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: coopRoleEnum('role').notNull().default('member'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.coopId, t.userId] }), index('coop_members_user_idx').on(t.userId)],
);

export const clients = pgTable('clients', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
});

/** A co-op's public client list. */
export const coopClients = pgTable(
  'coop_clients',
  {
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.coopId, t.clientId] })],
);

/** A delivered project that names the co-ops that did it together. */
export const caseStudies = pgTable('case_studies', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  clientName: text('client_name').notNull(),
  projectName: text('project_name').notNull(),
  services: text('services').array().notNull().default(sql`'{}'::text[]`),
  links: text('links').array().notNull().default(sql`'{}'::text[]`),
});

export const caseStudyCoops = pgTable(
  'case_study_coops',
  {
    caseStudyId: uuid('case_study_id')
      .notNull()
      .references(() => caseStudies.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.caseStudyId, t.coopId] })],
);

/** Links sent to invite someone into the network, optionally into a co-op. */
export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  email: text('email').notNull(),
  networkRole: text('network_role', { enum: ['admin', 'member'] })
    .notNull()
    .default('member'),
  coopId: uuid('coop_id').references(() => coops.id, { onDelete: 'cascade' }),
  coopRole: coopRoleEnum('coop_role').notNull().default('member'),
  invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
  expiresAt: ts('expires_at').notNull(),
  acceptedAt: ts('accepted_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
