/** Request and response shapes of the co-op directory; the web app imports these types too. */
import { z } from '@hono/zod-openapi';
import { NEEDS, SENIORITIES, STAGES } from '../../engine/vocabulary.ts';
import { PagingQuery, pageOf } from '../../http/paging.ts';
import { COOP_AVAILABILITY } from './coop.rules.ts';

export const TermRef = z.object({ slug: z.string(), name: z.string() }).openapi('TermRef');

const Language = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'Use an ISO 639 language code such as "en" or "es".')
  .openapi({ example: 'es' });
const Country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Use an ISO 3166 two-letter country code such as "GB" or "AR".')
  .openapi({ example: 'AR' });

export const Availability = z
  .object({
    status: z.enum(COOP_AVAILABILITY),
    freeShare: z.number().min(0).max(1),
    people: z.object({ total: z.number().int(), free: z.number().int(), couldBeFree: z.number().int() }),
  })
  .openapi('CoopAvailability');

export const CoopSummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.object({ en: z.string(), es: z.string() }),
    website: z.string().nullable(),
    country: z.string().nullable(),
    city: z.string().nullable(),
    languages: z.array(z.string()),
    headcount: z.number().int().nullable(),
    stage: z.enum(STAGES),
    technologies: z.array(TermRef),
    services: z.array(TermRef),
    /** Members only: null for anonymous readers. */
    availability: Availability.nullable(),
    need: z.enum(NEEDS).nullable(),
  })
  .openapi('CoopSummary');

export const CoopDetail = CoopSummary.extend({
  yearFounded: z.number().int().nullable(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
  needNote: z.string().nullable(),
  clients: z.array(TermRef),
  caseStudies: z.array(
    z.object({ slug: z.string(), projectName: z.string(), clientName: z.string(), coops: z.array(TermRef) }),
  ),
  /** Members only: null for anonymous readers. */
  contact: z
    .object({ email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() })
    .nullable(),
  /** What the reader may do with this co-op. */
  can: z.object({ edit: z.boolean(), managePeople: z.boolean() }),
}).openapi('CoopDetail');

export const CoopPage = pageOf(CoopSummary, 'CoopPage');

const csv = (item: z.ZodType<string>) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(item).max(10),
  );

export const CoopSearchQuery = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'Full text over names and descriptions' }),
  technology: csv(z.string().min(1).max(80)).optional().openapi({
    description: 'Technology slugs, names or aliases, comma-separated; every one must match',
    example: 'drupal',
  }),
  minSeniority: z.enum(SENIORITIES).optional().openapi({
    description: 'With technology: someone in the co-op has it at this seniority or above (members only)',
  }),
  service: csv(z.string().min(1).max(80)).optional(),
  language: Language.optional(),
  country: Country.optional(),
  stage: z.enum(STAGES).optional(),
  availability: z.enum(COOP_AVAILABILITY).optional().openapi({ description: 'Members only' }),
  sort: z.enum(['name', 'relevance', 'headcount', 'availability']).default('name'),
  ...PagingQuery,
});
export type CoopSearch = z.infer<typeof CoopSearchQuery>;

export const CoopUpdate = z
  .object({
    name: z.string().trim().min(2).max(120),
    description: z.object({ en: z.string().max(5000), es: z.string().max(5000) }).partial(),
    website: z.url().max(300).nullable(),
    country: Country.nullable(),
    city: z.string().trim().max(120).nullable(),
    location: z
      .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
      .nullable(),
    languages: z.array(Language).max(20),
    yearFounded: z.number().int().min(1844).max(2100).nullable(),
    headcount: z.number().int().min(0).max(100_000).nullable(),
    stage: z.enum(STAGES),
    need: z.enum(NEEDS),
    needNote: z.string().max(1000),
    technologies: z.array(z.string().min(1).max(80)).max(200),
    services: z.array(z.string().min(1).max(80)).max(200),
    contact: z
      .object({
        email: z.email().max(200).nullable(),
        phone: z.string().max(60).nullable(),
        address: z.string().max(300).nullable(),
      })
      .partial(),
  })
  .partial()
  .strict()
  .openapi('CoopUpdate');
export type CoopUpdateInput = z.infer<typeof CoopUpdate>;
