/**
 * Fair allocation: the network's versioned policy, the recommendations made
 * under it (kept with every input so anyone can recompute them), the fairness
 * ledger of work received, and the idempotency keys that let a client retry a
 * write safely.
 *
 * Policies, recommendations and ledger entries are append-only: a trigger
 * refuses UPDATE and DELETE (migration 0008). A policy change is a new
 * version; a correction to the ledger is a compensating entry.
 *
 * Actor columns hold the account id as written, without a foreign key: the
 * record outlives the account.
 */
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ALLOCATION_METHODS,
  type FactorWeights,
  type InterestForRecommendation,
  type LeadForRecommendation,
  type AllocationPolicy as PolicyShape,
  type Recommendation,
  type RecommendationContext,
} from '../../engine/allocation/allocation.types.ts';
import { coops } from './directory.ts';
import { leads } from './leads.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const allocationPolicies = pgTable('allocation_policies', {
  /** 1, 2, 3…: the current policy is the highest version. */
  version: integer('version').primaryKey(),
  method: text('method', { enum: ALLOCATION_METHODS }).notNull(),
  weights: jsonb('weights').$type<FactorWeights>().notNull(),
  fitThreshold: doublePrecision('fit_threshold').notNull(),
  newCoopBoost: doublePrecision('new_coop_boost').notNull(),
  entitlement: text('entitlement', { enum: ['equal', 'headcount'] }).notNull(),
  fairnessWindowDays: integer('fairness_window_days').notNull(),
  fairnessMeasure: text('fairness_measure', { enum: ['person_days', 'value'] }).notNull(),
  mandatoryProfiles: boolean('mandatory_profiles').notNull(),
  note: text('note').notNull().default(''),
  createdBy: text('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** Everything `recommend()` was called with: recomputing from this must give `output` again. */
export interface RecommendationInputs {
  lead: LeadForRecommendation;
  interests: InterestForRecommendation[];
  policy: PolicyShape;
  context: RecommendationContext;
}

export const recommendations = pgTable(
  'recommendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id),
    policyVersion: integer('policy_version')
      .notNull()
      .references(() => allocationPolicies.version),
    seed: text('seed').notNull(),
    inputs: jsonb('inputs').$type<RecommendationInputs>().notNull(),
    output: jsonb('output').$type<Recommendation>().notNull(),
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('recommendations_lead_idx').on(t.leadId, t.createdAt)],
);

export const LEDGER_KINDS = ['assigned', 'delivered_adjustment', 'cancelled_reversal'] as const;

/**
 * Work each co-op received from the network. An assignment writes one
 * positive entry per co-op (its share of the lead's effort and value);
 * delivery and cancellation write compensating entries. A co-op's total
 * for a lead is the sum of its entries.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    coopId: uuid('coop_id')
      .notNull()
      .references(() => coops.id),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id),
    /** For the team that delivers the lead, once teams exist. */
    teamId: uuid('team_id'),
    /** The outcome that assigned the lead, when one did. */
    outcomeId: uuid('outcome_id'),
    kind: text('kind', { enum: LEDGER_KINDS }).notNull(),
    /** The co-op's share of the lead, 0..1. */
    share: numeric('share', { precision: 7, scale: 6, mode: 'number' }).notNull(),
    personDays: numeric('person_days', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    /** Money; null when the lead has no budget. */
    value: numeric('value', { precision: 14, scale: 2, mode: 'number' }),
    currency: text('currency'),
    at: ts('at').notNull().defaultNow(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by'),
  },
  (t) => [
    index('ledger_entries_coop_at_idx').on(t.coopId, t.at),
    index('ledger_entries_lead_idx').on(t.leadId, t.id),
    index('ledger_entries_at_idx').on(t.at),
  ],
);

/**
 * A write made with an Idempotency-Key header: the same actor sending the
 * same key again gets the stored answer instead of a second write.
 * `status` 0 marks a request still being processed.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actor: text('actor').notNull(),
    key: text('key').notNull(),
    route: text('route').notNull(),
    status: integer('status').notNull().default(0),
    response: jsonb('response'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actor, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);
