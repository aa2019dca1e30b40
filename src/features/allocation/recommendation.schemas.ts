/** Request and response shapes of recommendations. */
import { z } from '@hono/zod-openapi';
import { ALLOCATION_METHODS, FACTORS } from '../../engine/allocation/allocation.types.ts';

export const RecommendationRequest = z
  .object({
    seed: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'Lottery seed; by default derived from the lead and the day' }),
  })
  .strict()
  .openapi('RecommendationRequest');

const FactorScore = z.object({ value: z.number(), weight: z.number(), contribution: z.number() });

export const RankedCoopOut = z
  .object({
    coopId: z.uuid(),
    coopName: z.string(),
    rank: z.number().int(),
    score: z.number(),
    factors: z.object(
      Object.fromEntries(FACTORS.map((f) => [f, FactorScore])) as Record<
        (typeof FACTORS)[number],
        typeof FactorScore
      >,
    ),
    details: z.record(z.string(), z.unknown()),
    coversMandatory: z.boolean(),
    eligible: z.boolean(),
    methodValue: z.number().nullable(),
    gaps: z.array(z.record(z.string(), z.unknown())),
    explanation: z.object({ en: z.string(), es: z.string() }),
  })
  .openapi('RankedCoop');

export const RecommendationOut = z
  .object({
    id: z.uuid(),
    leadId: z.uuid(),
    policyVersion: z.number().int(),
    method: z.enum(ALLOCATION_METHODS),
    seed: z
      .string()
      .openapi({ description: 'The seed recorded with the inputs (the lottery draws with it)' }),
    today: z.string(),
    ranked: z.array(RankedCoopOut),
    inputs: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'Everything the ranking was computed from' }),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .openapi('Recommendation');

export const RecommendationSummary = z
  .object({
    id: z.uuid(),
    policyVersion: z.number().int(),
    method: z.enum(ALLOCATION_METHODS),
    seed: z.string(),
    today: z.string(),
    order: z.array(z.object({ coopId: z.uuid(), coopName: z.string(), rank: z.number().int() })),
    createdAt: z.string(),
  })
  .openapi('RecommendationSummary');

export const RecommendationList = z
  .object({ latest: RecommendationOut.nullable(), history: z.array(RecommendationSummary) })
  .openapi('RecommendationList');

export const VerifyOut = z
  .object({
    id: z.uuid(),
    matches: z
      .boolean()
      .openapi({ description: 'Recomputing from the stored inputs gives the stored ranking' }),
    policyMatches: z
      .boolean()
      .openapi({ description: 'The stored inputs carry exactly the policy version they name' }),
    differences: z.array(z.string()).openapi({ description: 'Where the recomputation differs (first 20)' }),
  })
  .openapi('RecommendationVerification');
