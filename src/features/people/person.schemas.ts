import { z } from '@hono/zod-openapi';
import { AVAILABILITIES, SENIORITIES } from '../../engine/vocabulary.ts';
import { TermRef } from '../coops/coop.schemas.ts';

const IsoDate = z.iso.date().openapi({ example: '2026-12-01' });
const Language = z.string().regex(/^[a-z]{2,3}$/, 'Use an ISO 639 language code such as "en" or "es".');

export const SkillInput = z.object({
  technology: z.string().min(1).max(80).openapi({ description: 'Slug, name or alias', example: 'react' }),
  seniority: z.enum(SENIORITIES),
  years: z.number().int().min(0).max(60).default(0),
});

export const AvailabilityInput = z
  .object({
    availability: z.enum(AVAILABILITIES),
    hoursPerWeek: z.number().int().min(0).max(80),
    freeFrom: IsoDate.nullable().default(null),
  })
  .strict()
  .openapi('PersonAvailabilityInput');

export const PersonCreate = z
  .object({
    name: z.string().trim().min(1).max(120),
    languages: z.array(Language).max(20).default([]),
    availability: z.enum(AVAILABILITIES).default('busy'),
    hoursPerWeek: z.number().int().min(0).max(80).default(0),
    freeFrom: IsoDate.nullable().default(null),
    skills: z.array(SkillInput).max(50).default([]),
  })
  .strict()
  .openapi('PersonCreate');
export type PersonCreateInput = z.infer<typeof PersonCreate>;

export const PersonUpdate = PersonCreate.partial().strict().openapi('PersonUpdate');
export type PersonUpdateInput = z.infer<typeof PersonUpdate>;

export const Person = z
  .object({
    id: z.uuid(),
    coop: TermRef,
    name: z.string(),
    languages: z.array(z.string()),
    availability: z.enum(AVAILABILITIES),
    hoursPerWeek: z.number().int(),
    freeFrom: z.string().nullable(),
    skills: z.array(
      z.object({ technology: TermRef, seniority: z.enum(SENIORITIES), years: z.number().int() }),
    ),
    isMe: z.boolean(),
    can: z.object({ edit: z.boolean(), editAvailability: z.boolean() }),
  })
  .openapi('Person');

export const PersonList = z.object({ items: z.array(Person) }).openapi('PersonList');
