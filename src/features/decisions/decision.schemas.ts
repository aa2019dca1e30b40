/** Request and response shapes of group decisions, votes, outcomes and audit trails. */
import { z } from '@hono/zod-openapi';
import { DECISION_KINDS, DECISION_STATUSES, VOTER_MODES } from '../../db/schema/decisions.ts';
import { PagingQuery, pageOf } from '../../http/paging.ts';
import { RankedCoopOut } from '../allocation/recommendation.schemas.ts';
import { CONSENT_POSITIONS } from './decisions.rules.ts';

const isoDate = z.iso.date().openapi({ example: '2027-06-30' });

export const DecisionCreate = z
  .object({
    leadId: z
      .uuid()
      .optional()
      .openapi({ description: 'The lead decided on; leave out for any network question' }),
    title: z.string().trim().min(1).max(200),
    body: z.string().trim().max(20_000).default(''),
    kind: z.enum(DECISION_KINDS),
    coops: z.array(z.string().min(1).max(100)).max(50).optional().openapi({
      description: 'Lead decisions: the co-ops (slugs) on the ballot; default: those interested',
    }),
    options: z
      .array(z.string().trim().min(1).max(200))
      .max(50)
      .optional()
      .openapi({ description: 'Network questions: the answers on the ballot' }),
    voters: z.enum(VOTER_MODES).default('per_coop'),
    quorum: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('count'), value: z.number().int().min(1).max(100_000) }),
        z.object({ kind: z.literal('share'), value: z.number().gt(0).max(1) }),
      ])
      .default({ kind: 'count', value: 1 }),
    closesAt: z.iso.datetime({ offset: true }),
    anonymousUntilClose: z.boolean().default(false),
    allowChange: z.boolean().default(true),
    recommendationId: z
      .uuid()
      .optional()
      .openapi({ description: 'Shown beside the proposal; default: the lead’s latest recommendation' }),
  })
  .strict()
  .openapi('DecisionCreate');
export type DecisionCreateInput = z.infer<typeof DecisionCreate>;

export const VoteInput = z
  .object({
    coop: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: 'Per co-op voting: the co-op you vote for' }),
    position: z.enum(CONSENT_POSITIONS).optional(),
    reason: z.string().trim().max(5000).optional(),
    option: z.string().max(20).optional(),
    ranking: z.array(z.string().max(20)).max(50).optional(),
    scores: z.record(z.string().max(20), z.number()).optional(),
  })
  .strict()
  .openapi('VoteInput');
export type VoteRequest = z.infer<typeof VoteInput>;

export const CloseInput = z
  .object({
    rationale: z.string().trim().min(1).max(10_000),
    reviewDate: isoDate
      .optional()
      .openapi({ description: 'When to look back; default: 90 days after closing' }),
    breakTie: z
      .array(z.string().max(20))
      .min(1)
      .max(50)
      .optional()
      .openapi({ description: 'With a tie: the tied option(s) the closer chooses' }),
  })
  .strict()
  .openapi('DecisionClose');
export type CloseRequest = z.infer<typeof CloseInput>;

export const AwardInput = z
  .object({
    coopIds: z.array(z.uuid()).min(1).max(20),
    shares: z.record(z.uuid(), z.number()).optional(),
    rationale: z.string().trim().min(1).max(10_000),
    reviewDate: isoDate,
  })
  .strict()
  .openapi('AwardInput');
export type AwardRequest = z.infer<typeof AwardInput>;

const Person = z.object({ id: z.string(), name: z.string() });
const CoopRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const OptionOut = z.object({ key: z.string(), label: z.string(), coop: CoopRef.nullable() });

export const OutcomeOut = z
  .object({
    id: z.uuid(),
    decisionId: z.uuid().nullable(),
    leadId: z.uuid().nullable().openapi({ description: 'Set when the outcome assigned the lead' }),
    kind: z.enum(['decision', 'award']),
    chosenOptions: z.array(z.string()),
    chosenCoops: z.array(CoopRef),
    shares: z.record(z.string(), z.number()).nullable(),
    rationale: z.string(),
    reviewDate: z.string(),
    createdBy: Person.nullable(),
    createdAt: z.string(),
  })
  .openapi('Outcome');

export const DecisionOut = z
  .object({
    id: z.uuid(),
    lead: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    title: z.string(),
    body: z.string(),
    kind: z.enum(DECISION_KINDS),
    options: z.array(OptionOut),
    voters: z.enum(VOTER_MODES),
    quorum: z.object({ kind: z.enum(['count', 'share']), value: z.number() }),
    closesAt: z.string(),
    anonymousUntilClose: z.boolean(),
    allowChange: z.boolean(),
    status: z.enum(DECISION_STATUSES),
    recommendation: z
      .object({ id: z.uuid(), policyVersion: z.number().int(), ranked: z.array(RankedCoopOut) })
      .nullable()
      .openapi({ description: 'Shown beside the proposal; it never decides' }),
    voted: z.number().int(),
    eligible: z.number().int(),
    createdBy: Person.nullable(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
    outcome: OutcomeOut.nullable(),
  })
  .openapi('Decision');

export const DecisionSummary = DecisionOut.pick({
  id: true,
  lead: true,
  title: true,
  kind: true,
  status: true,
  closesAt: true,
  createdAt: true,
}).openapi('DecisionSummary');
export const DecisionPage = pageOf(DecisionSummary, 'DecisionPage');

export const DecisionListQuery = z.object({
  status: z.enum(DECISION_STATUSES).optional(),
  lead: z.uuid().optional(),
  ...PagingQuery,
});

export const VoterOut = z.object({
  kind: z.enum(['coop', 'member']),
  id: z.string(),
  name: z.string(),
});

export const VoteOut = z
  .object({
    decisionId: z.uuid(),
    voter: VoterOut,
    ballot: z.record(z.string(), z.unknown()),
    castBy: Person,
    castAt: z.string(),
    replacedEarlierVote: z.boolean(),
  })
  .openapi('Vote');

export const TallyOut = z
  .object({
    decisionId: z.uuid(),
    status: z.enum(DECISION_STATUSES),
    hidden: z.boolean().openapi({ description: 'Anonymous until close: only who has voted is shown' }),
    voted: z.number().int(),
    eligible: z.number().int(),
    quorumNeeded: z.number().int(),
    votedBy: z.array(VoterOut),
    tally: z.record(z.string(), z.unknown()).nullable(),
    votes: z.array(z.object({ voter: VoterOut, ballot: z.record(z.string(), z.unknown()) })).nullable(),
  })
  .openapi('Tally');

export const AuditItem = z
  .object({
    at: z.string(),
    type: z.string(),
    actor: Person.nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditItem');
export const AuditTrail = z.object({ items: z.array(AuditItem) }).openapi('AuditTrail');
