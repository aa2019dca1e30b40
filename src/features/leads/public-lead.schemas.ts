/** The public "bring us your project" form. */
import { z } from '@hono/zod-openapi';
import { Language, MAX_DESCRIPTION } from './lead.schemas.ts';

export const PublicLeadInput = z
  .object({
    locale: z
      .enum(['en', 'es'])
      .default('en')
      .openapi({ description: 'The language of the form and of our emails' }),
    name: z.string().trim().min(1).max(200).openapi({ description: 'Contact person (confidential)' }),
    email: z.email().max(200).openapi({ description: 'Confidential' }),
    phone: z.string().trim().max(60).optional().openapi({ description: 'Confidential' }),
    organisation: z.string().trim().max(200).optional().openapi({ description: 'Shared with the network' }),
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().min(1).max(MAX_DESCRIPTION).openapi({ description: 'Markdown' }),
    budget: z
      .object({
        min: z.number().min(0).max(1e11).nullable().default(null),
        max: z.number().min(0).max(1e11).nullable().default(null),
        currency: z.string().regex(/^[A-Z]{3}$/, 'Use an ISO 4217 currency code such as "EUR".'),
      })
      .strict()
      .optional(),
    startDate: z.iso.date().optional(),
    languages: z.array(Language).max(10).default([]),
    remote: z.boolean().default(false),
    place: z.string().trim().max(200).optional(),
    /** Honeypot: hidden from people by the form; bots fill it in. */
    website: z.string().max(500).optional().openapi({ description: 'Leave empty' }),
  })
  .strict()
  .openapi('PublicLeadInput');
export type PublicLeadRequest = z.infer<typeof PublicLeadInput>;

export const PublicLeadReceipt = z.object({ status: z.literal('received') }).openapi('PublicLeadReceipt');
