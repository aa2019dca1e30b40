/** A co-op's answer to a lead: availability, capacity, need, fit, role and people. */
import { z } from '@hono/zod-openapi';
import { INTEREST_ROLES } from '../../db/schema/leads.ts';
import { NEEDS } from '../../engine/vocabulary.ts';
import { CoopRef } from './lead.schemas.ts';

export const InterestInput = z
  .object({
    availableFrom: z.iso.date().openapi({ example: '2031-03-01' }),
    hoursPerWeek: z
      .number()
      .int()
      .min(1)
      .max(80 * 50),
    capacityPersonDays: z.number().int().min(1).max(100_000),
    need: z.enum(NEEDS),
    needNote: z.string().trim().max(1000).default(''),
    fit: z.string().trim().min(1).max(5000).openapi({ description: 'Why this co-op fits the work' }),
    role: z.enum(INTEREST_ROLES),
    proposedPeople: z
      .array(z.uuid())
      .max(50)
      .default([])
      .openapi({ description: 'Ids of people of this co-op' }),
  })
  .strict()
  .openapi('InterestInput');
export type InterestRequest = z.infer<typeof InterestInput>;

export const Interest = z
  .object({
    id: z.uuid(),
    coop: CoopRef,
    availableFrom: z.string(),
    hoursPerWeek: z.number().int(),
    capacityPersonDays: z.number().int(),
    need: z.enum(NEEDS),
    needNote: z.string(),
    fit: z.string(),
    role: z.enum(INTEREST_ROLES),
    proposedPeople: z.array(z.object({ id: z.uuid(), name: z.string() })),
    status: z.enum(['active', 'withdrawn']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Interest');
export const InterestList = z.object({ items: z.array(Interest) }).openapi('InterestList');

export const InterestParams = z.object({ id: z.uuid(), coop: z.string().min(1).max(100) });
