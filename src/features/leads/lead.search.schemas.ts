/** The lead search's query, and saved searches that keep one. */
import { z } from '@hono/zod-openapi';
import { LEAD_SCOPES, LEAD_STATUSES } from '../../db/schema/leads.ts';
import { PagingQuery, pageOf } from '../../http/paging.ts';

const csv = <T extends z.ZodType>(item: T) =>
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

const DateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Every filter of the lead search; saved searches store exactly this. */
export const LeadSearchFilter = z
  .object({
    q: z.string().trim().min(1).max(200).optional().openapi({
      description: 'Full text over title, description and tags (never the client), in English and Spanish',
    }),
    lang: z
      .enum(['en', 'es'])
      .optional()
      .openapi({ description: 'Match q with one language’s rules only; both when left out' }),
    status: csv(z.enum(LEAD_STATUSES))
      .optional()
      .openapi({ description: 'Comma-separated', example: 'open' }),
    technology: csv(z.string().min(1).max(80)).optional().openapi({
      description:
        'Technology ids, slugs, names or aliases, comma-separated; each must be required by the lead',
    }),
    scope: z.enum(LEAD_SCOPES).optional(),
    deadlineBefore: DateOrDateTime.optional().openapi({ description: 'Interest deadline before this' }),
    deadlineAfter: DateOrDateTime.optional().openapi({ description: 'Interest deadline after this' }),
    finder: z.string().min(1).max(100).optional().openapi({ description: 'Finder co-op slug' }),
    sort: z.enum(['relevance', 'newest', 'oldest', 'deadline']).optional(),
  })
  .strict();
export type LeadSearchFilterInput = z.infer<typeof LeadSearchFilter>;

export const LeadSearchQuery = z.object({ ...LeadSearchFilter.shape, ...PagingQuery });
export type LeadSearch = z.infer<typeof LeadSearchQuery>;

export const SavedSearchInput = z
  .object({ name: z.string().trim().min(1).max(120), query: LeadSearchFilter })
  .strict()
  .openapi('SavedSearchInput');
export const SavedSearchUpdate = SavedSearchInput.partial().strict().openapi('SavedSearchUpdate');

export const SavedSearch = z
  .object({
    id: z.uuid(),
    name: z.string(),
    query: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SavedSearch');
export const SavedSearchPage = pageOf(SavedSearch, 'SavedSearchPage');
