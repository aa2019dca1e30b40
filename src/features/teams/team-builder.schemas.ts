/** Requests and responses of the team builder: proposals for a lead, and scoring a hand-picked team. */
import { z } from '@hono/zod-openapi';
import { TEAM_ROLES } from '../../db/schema/teams.ts';
import { SENIORITIES } from '../../engine/vocabulary.ts';

const Bilingual = z.object({ en: z.string(), es: z.string() }).openapi('Bilingual');

export const ProposalRequest = z
  .object({
    candidates: z.enum(['interested', 'network']).default('interested').openapi({
      description: 'Co-ops with a current interest in the lead, or every co-op with a qualifying skill',
    }),
    preference: z.enum(['fewest_coops', 'spread_work']).optional(),
    coordinatorRequired: z.boolean().optional().openapi({
      description: 'Whether one co-op must coordinate; by default, unless the lead is for a single co-op',
    }),
    maxTeams: z.number().int().min(1).max(10).default(3),
    mode: z.enum(['auto', 'exact', 'heuristic']).default('auto'),
  })
  .strict()
  .openapi('TeamProposalRequest');
export type ProposalInput = z.infer<typeof ProposalRequest>;

export const EvaluationRequest = z
  .object({
    coops: z
      .array(
        z
          .object({
            coopId: z.uuid(),
            role: z.enum(TEAM_ROLES).default('partner'),
            people: z.array(z.uuid()).max(200).optional().openapi({
              description: 'The people chosen; all of the co-op’s qualifying people when absent',
            }),
          })
          .strict(),
      )
      .max(100),
    preference: z.enum(['fewest_coops', 'spread_work']).optional(),
    coordinatorRequired: z.boolean().optional(),
  })
  .strict()
  .openapi('TeamEvaluationRequest');
export type EvaluationInput = z.infer<typeof EvaluationRequest>;

const Requirement = z.object({
  index: z.number().int(),
  technology: z.string(),
  minSeniority: z.enum(SENIORITIES),
  count: z.number().int(),
});

const Gap = z
  .object({
    kind: z.enum(['profile', 'coordinator']),
    requirementIndex: z.number().int().optional(),
    technology: z.string().optional(),
    minSeniority: z.enum(SENIORITIES).optional(),
    missing: z.number().int().optional(),
    reason: Bilingual,
  })
  .openapi('TeamGap');

export const TeamProposalSchema = z
  .object({
    coops: z.array(
      z.object({
        coopId: z.uuid(),
        slug: z.string(),
        name: z.string(),
        role: z.enum(['coordinator', 'partner']),
        people: z.array(
          z.object({
            personId: z.uuid(),
            name: z.string(),
            covers: z.array(z.number().int()).openapi({ description: 'Indices into `requirements`' }),
          }),
        ),
      }),
    ),
    score: z.number(),
    components: z.object({ fit: z.number(), coops: z.number(), trust: z.number(), fairness: z.number() }),
    coverage: z.object({ filled: z.number().int(), required: z.number().int() }),
    gaps: z.array(Gap),
    explanation: Bilingual,
  })
  .openapi('TeamProposal');

const RequestEcho = z.object({
  requirements: z.array(Requirement),
  startDate: z.string(),
  endDate: z.string().nullable(),
  hoursPerSlot: z.number(),
  coordinatorRequired: z.boolean(),
  preference: z.enum(['fewest_coops', 'spread_work']),
});

export const ProposalResponse = z
  .object({
    method: z.enum(['exact', 'heuristic']),
    optimal: z.boolean(),
    gap: z
      .number()
      .nullable()
      .openapi({ description: '(bound − score of the first team) / bound; 0 when proven' }),
    bound: z
      .object({ value: z.number(), kind: z.enum(['proven_optimum', 'lp_relaxation', 'counting']) })
      .nullable(),
    request: RequestEcho,
    teams: z.array(TeamProposalSchema),
    stats: z.object({
      coops: z.number().int(),
      people: z.number().int(),
      variables: z.number().int(),
      millis: z.number(),
    }),
  })
  .openapi('TeamProposals');

export const EvaluationResponse = z
  .object({ request: RequestEcho, team: TeamProposalSchema })
  .openapi('TeamEvaluation');
