/** Request and response shapes of the network's allocation policy. */
import { z } from '@hono/zod-openapi';
import { ALLOCATION_METHODS, FACTORS } from '../../engine/allocation/allocation.types.ts';

const weight = z.number().finite().min(0).max(1000);

export const PolicyWeights = z
  .object(
    Object.fromEntries(FACTORS.map((f) => [f, weight])) as Record<(typeof FACTORS)[number], typeof weight>,
  )
  .strict()
  .refine((w) => Object.values(w).some((x) => x > 0), { message: 'At least one weight must be above 0.' })
  .openapi('PolicyWeights', {
    example: { fit: 0.3, availability: 0.15, capacity: 0.15, need: 0.2, fairness: 0.2 },
  });

export const PolicyInput = z
  .object({
    method: z.enum(ALLOCATION_METHODS),
    weights: PolicyWeights,
    fitThreshold: z.number().min(0).max(1),
    newCoopBoost: z.number().min(0).max(1),
    entitlement: z.enum(['equal', 'headcount']),
    fairnessWindowDays: z.number().int().min(1).max(3650),
    fairnessMeasure: z.enum(['person_days', 'value']),
    mandatoryProfiles: z.boolean(),
    note: z.string().trim().max(2000).default(''),
  })
  .strict()
  .openapi('PolicyInput');
export type PolicyRequest = z.infer<typeof PolicyInput>;

export const PolicyOut = z
  .object({
    version: z.number().int(),
    method: z.enum(ALLOCATION_METHODS),
    weights: z.record(z.string(), z.number()),
    fitThreshold: z.number(),
    newCoopBoost: z.number(),
    entitlement: z.enum(['equal', 'headcount']),
    fairnessWindowDays: z.number().int(),
    fairnessMeasure: z.enum(['person_days', 'value']),
    mandatoryProfiles: z.boolean(),
    note: z.string(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .openapi('AllocationPolicy');

export const PolicyHistory = z.object({ items: z.array(PolicyOut) }).openapi('AllocationPolicyHistory');
