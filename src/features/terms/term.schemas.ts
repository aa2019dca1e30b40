import { z } from '@hono/zod-openapi';

export const TermKindParam = z.enum(['technology', 'service']);

export const Term = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    coops: z.number().int().openapi({ description: 'How many co-ops list it' }),
  })
  .openapi('Term');

export const TermList = z.object({ items: z.array(Term) }).openapi('TermList');

export const TermCreate = z
  .object({
    kind: TermKindParam,
    name: z.string().trim().min(1).max(80),
    slug: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .max(80)
      .optional(),
    aliases: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  })
  .strict()
  .openapi('TermCreate');

export const AliasCreate = z
  .object({ alias: z.string().trim().min(1).max(80) })
  .strict()
  .openapi('AliasCreate');
export const TermMerge = z
  .object({ into: z.uuid().openapi({ description: 'The term that survives' }) })
  .strict()
  .openapi('TermMerge');
