/**
 * Inter-co-op teams and consortia: team records with members, shares and
 * people; their discussion; calls for partners with applications; and the
 * private tender declarations that find co-ops invited to the same tender.
 *
 * Tender declarations are confidential to the declaring co-op: no list, page
 * or count that names a co-op is ever built from them for anyone else
 * (docs/teams.md, "Tender conflict privacy").
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { coops, people } from './directory.ts';
import { leads } from './leads.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const TEAM_STATUSES = ['forming', 'active', 'delivered', 'dissolved'] as const;
export const TEAM_ROLES = ['coordinator', 'partner', 'subcontractor'] as const;
export const CALL_STATUSES = ['draft', 'open', 'submitted', 'won', 'lost', 'withdrawn'] as const;
export const ORG_TYPES = [
  'cooperative',
  'sme',
  'large_enterprise',
  'university',
  'research_centre',
  'public_body',
  'ngo',
] as const;
export const JOINT_BID_ANSWERS = ['pending', 'accepted', 'declined'] as const;

export const teamStatusEnum = pgEnum('team_status', TEAM_STATUSES);
export const teamRoleEnum = pgEnum('team_role', TEAM_ROLES);
export const callStatusEnum = pgEnum('call_status', CALL_STATUSES);

const share = (name: string) => numeric(name, { precision: 7, scale: 6, mode: 'number' });

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    /** The decision outcome this team was formed from, if any (decisions slice). */
    outcomeId: uuid('outcome_id'),
    name: text('name').notNull(),
    coordinatorCoopId: uuid('coordinator_coop_id')
      .notNull()
      .references(() => coops.id),
    status: teamStatusEnum('status').notNull().default('forming'),
    transparencyToClient: boolean('transparency_to_client').notNull().default(true),
    noCutOnOthersWork: boolean('no_cut_on_others_work').notNull().default(true),
    termsText: text('terms_text').notNull().default(''),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('teams_lead_idx').on(t.leadId),
    index('teams_status_idx').on(t.status, t.createdAt),
    uniqueIndex('teams_outcome_idx').on(t.outcomeId).where(sql`${t.outcomeId} is not null`),
  ],
);

/** A co-op in a team; work and money shares of a team each add up to 1. */
export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id),
    role: teamRoleEnum('role').notNull(),
    shareWork: share('share_work').notNull(),
    shareMoney: share('share_money').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.coopId] }), index('team_members_coop_idx').on(t.coopId)],
);

/** A person in a team, and what they cover ("Senior React"). */
export const teamPeople = pgTable(
  'team_people',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id),
    covers: text('covers').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.personId] }), index('team_people_person_idx').on(t.personId)],
);

export const teamComments = pgTable(
  'team_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    /** Markdown as written; rendered and sanitised on the way out. */
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('team_comments_team_idx').on(t.teamId, t.createdAt)],
);

export interface ChecklistItem {
  id: string;
  text: string;
  done: boolean;
  doneAt: string | null;
  doneBy: string | null;
}

/**
 * A co-op's search for partners for a competitive bid. 'network' calls are
 * seen by every member; 'private' ones (joint bids born from a tender match)
 * only by the co-ops in `call_coops`, not even by network admins.
 */
export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postedByCoopId: uuid('posted_by_coop_id')
      .notNull()
      .references(() => coops.id),
    title: text('title').notNull(),
    programme: text('programme').notNull().default(''),
    description: text('description').notNull().default(''),
    deadline: ts('deadline'),
    visibility: text('visibility', { enum: ['network', 'private'] })
      .notNull()
      .default('network'),
    minPartners: integer('min_partners').notNull().default(1),
    /** A ceiling some programmes set; null when there is none. */
    maxPartners: integer('max_partners'),
    minCountries: integer('min_countries').notNull().default(1),
    /** Organisation types allowed as partners; empty means any. */
    orgTypes: text('org_types').array().notNull().default(sql`'{}'::text[]`),
    requiredRoles: text('required_roles').array().notNull().default(sql`'{}'::text[]`),
    /** Technology and service terms the consortium must bring between its partners. */
    competenceIds: uuid('competence_ids').array().notNull().default(sql`'{}'::uuid[]`),
    checklist: jsonb('checklist').$type<ChecklistItem[]>().notNull().default(sql`'[]'::jsonb`),
    status: callStatusEnum('status').notNull().default('open'),
    resultNote: text('result_note').notNull().default(''),
    postMortem: text('post_mortem').notNull().default(''),
    decidedAt: ts('decided_at'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('calls_status_idx').on(t.status, t.createdAt),
    index('calls_poster_idx').on(t.postedByCoopId),
  ],
);

/** With visibility 'private': the co-ops whose members may see and work on the call. */
export const callCoops = pgTable(
  'call_coops',
  {
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.callId, t.coopId] }), index('call_coops_coop_idx').on(t.coopId)],
);

/** A co-op's offer to join a call: one per co-op per call, replaced when it applies again. */
export const callApplications = pgTable(
  'call_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    orgType: text('org_type').notNull().default('cooperative'),
    /** Roles in the bid this co-op offers to take ("coordinator", "dissemination"). */
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    peopleIds: uuid('people_ids').array().notNull().default(sql`'{}'::uuid[]`),
    skillIds: uuid('skill_ids').array().notNull().default(sql`'{}'::uuid[]`),
    knowledge: text('knowledge').notNull().default(''),
    contacts: text('contacts').notNull().default(''),
    tools: text('tools').notNull().default(''),
    /** Case study slugs or free text. */
    pastProjects: text('past_projects').array().notNull().default(sql`'{}'::text[]`),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('call_applications_call_coop_idx').on(t.callId, t.coopId),
    index('call_applications_coop_idx').on(t.coopId),
  ],
);

/** "We were invited to tender X": seen only by the declaring co-op's members. */
export const tenderDeclarations = pgTable(
  'tender_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id, { onDelete: 'cascade' }),
    /** The normalised reference two declarations are matched on (tender.rules.ts). */
    tenderKey: text('tender_key').notNull(),
    tenderRef: text('tender_ref').notNull(),
    buyer: text('buyer').notNull().default(''),
    note: text('note').notNull().default(''),
    /** Answer to the offer of a joint bid once another co-op declared the same tender. */
    jointBid: text('joint_bid', { enum: JOINT_BID_ANSWERS }).notNull().default('pending'),
    matchedAt: ts('matched_at'),
    /** The private call for partners created when two or more matched co-ops accept. */
    jointCallId: uuid('joint_call_id').references(() => calls.id, { onDelete: 'set null' }),
    declaredBy: text('declared_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tender_declarations_coop_key_idx').on(t.coopId, t.tenderKey),
    index('tender_declarations_key_idx').on(t.tenderKey),
  ],
);
