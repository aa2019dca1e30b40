/**
 * Group decisions (Loomio-style): a proposal on a lead or on any network
 * question, the votes cast on it, and the one outcome that closes it.
 *
 * Votes and outcomes are append-only (a trigger refuses UPDATE and DELETE,
 * migration 0008). Every cast is a new `votes` row; `current_votes` points at
 * each voter's latest one, and its primary key is what makes "one current
 * vote per voter" true under concurrency. `outcomes` has one row per decision
 * and at most one assigning row per lead, both unique indexes.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recommendations } from './allocation.ts';
import { leads } from './leads.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const DECISION_KINDS = ['consent', 'vote', 'ranked', 'score'] as const;
export const VOTER_MODES = ['per_coop', 'per_member'] as const;
export const DECISION_STATUSES = ['open', 'closed', 'cancelled'] as const;

/** One choice on the ballot: a co-op (lead decisions) or a free answer. */
export interface DecisionOption {
  key: string;
  label: string;
  coopId: string | null;
}

export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for a question that is not about one lead. */
    leadId: uuid('lead_id').references(() => leads.id),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    kind: text('kind', { enum: DECISION_KINDS }).notNull(),
    options: jsonb('options').$type<DecisionOption[]>().notNull(),
    voters: text('voters', { enum: VOTER_MODES }).notNull(),
    quorumKind: text('quorum_kind', { enum: ['count', 'share'] }).notNull(),
    /** A number of voters, or a share 0..1 of those who may vote. */
    quorumValue: doublePrecision('quorum_value').notNull(),
    closesAt: ts('closes_at').notNull(),
    anonymousUntilClose: boolean('anonymous_until_close').notNull().default(false),
    allowChange: boolean('allow_change').notNull().default(true),
    /** Shown beside the proposal; it never decides. */
    recommendationId: uuid('recommendation_id').references(() => recommendations.id),
    status: text('status', { enum: DECISION_STATUSES }).notNull().default('open'),
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
    closedBy: text('closed_by'),
  },
  (t) => [index('decisions_status_idx').on(t.status, t.closesAt), index('decisions_lead_idx').on(t.leadId)],
);

/** What a voter said, by kind: a consent position, one option, a ranking, or scores. */
export type Ballot =
  | { kind: 'consent'; position: 'agree' | 'abstain' | 'object' | 'block'; reason: string }
  | { kind: 'vote'; option: string }
  | { kind: 'ranked'; ranking: string[] }
  | { kind: 'score'; scores: Record<string, number> };

export const votes = pgTable(
  'votes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    /** The co-op's id (one vote per co-op) or the account's id (one per member). */
    voterKey: text('voter_key').notNull(),
    /** The co-op the vote speaks for, when voting is per co-op. */
    coopId: uuid('coop_id'),
    /** The account that cast it. */
    castBy: text('cast_by').notNull(),
    ballot: jsonb('ballot').$type<Ballot>().notNull(),
    castAt: ts('cast_at').notNull().defaultNow(),
  },
  (t) => [index('votes_decision_idx').on(t.decisionId, t.id)],
);

export const currentVotes = pgTable(
  'current_votes',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    voterKey: text('voter_key').notNull(),
    voteId: bigint('vote_id', { mode: 'number' })
      .notNull()
      .references(() => votes.id),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.voterKey] })],
);

export const outcomes = pgTable(
  'outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for a direct award. */
    decisionId: uuid('decision_id').references(() => decisions.id),
    /** Set only when the outcome assigns a lead: a lead is assigned by one outcome at most. */
    leadId: uuid('lead_id').references(() => leads.id),
    kind: text('kind', { enum: ['decision', 'award'] }).notNull(),
    /** Option keys chosen (empty when the decision chose nothing: no quorum, a block, a tie). */
    chosenOptions: text('chosen_options').array().notNull().default(sql`'{}'::text[]`),
    chosenCoopIds: uuid('chosen_coop_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** co-op id → share of the work, summing to 1. */
    shares: jsonb('shares').$type<Record<string, number>>(),
    rationale: text('rationale').notNull(),
    reviewDate: date('review_date', { mode: 'string' }).notNull(),
    /** The tally at closing, kept as it was. */
    tally: jsonb('tally'),
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outcomes_decision_idx').on(t.decisionId).where(sql`${t.decisionId} is not null`),
    uniqueIndex('outcomes_lead_idx').on(t.leadId).where(sql`${t.leadId} is not null`),
    index('outcomes_review_idx').on(t.reviewDate),
    check('outcomes_has_subject', sql`${t.decisionId} is not null or ${t.leadId} is not null`),
  ],
);

/** Who was reminded about a closing decision, so a re-run job reminds nobody twice. */
export const decisionReminders = pgTable(
  'decision_reminders',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    userId: text('user_id').notNull(),
    sentAt: ts('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.userId] })],
);
