/** Request and response shapes of leads; the web app imports these types too. */
import { z } from '@hono/zod-openapi';
import { LEAD_MODES, LEAD_SCOPES, LEAD_STATUSES } from '../../db/schema/leads.ts';
import { SENIORITIES } from '../../engine/vocabulary.ts';
import { pageOf } from '../../http/paging.ts';

export const Language = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'Use an ISO 639 language code such as "en" or "es".')
  .openapi({ example: 'es' });
const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Use an ISO 4217 currency code such as "EUR" or "ARS".')
  .openapi({ example: 'EUR' });
const IsoDate = z.iso.date().openapi({ example: '2031-03-01' });
const IsoDateTime = z.iso.datetime({ offset: true }).openapi({ example: '2031-02-01T17:00:00Z' });
const CoopSlug = z.string().min(1).max(100).openapi({ example: 'outlandish' });
/** A term's id, slug, name or alias. */
const TermSpelling = z.string().trim().min(1).max(80).openapi({ example: 'react' });

export const MAX_DESCRIPTION = 50_000;

export const ClientInput = z
  .object({
    organisation: z.string().trim().max(200).nullable(),
    contactName: z.string().trim().max(200).nullable(),
    email: z.email().max(200).nullable(),
    phone: z.string().trim().max(60).nullable(),
  })
  .partial()
  .strict();

export const ProfileInput = z
  .object({
    count: z.number().int().min(1).max(100),
    technology: TermSpelling,
    minSeniority: z.enum(SENIORITIES),
  })
  .strict();

export const BudgetInput = z
  .object({
    min: z.number().min(0).max(1e11).nullable().default(null),
    max: z.number().min(0).max(1e11).nullable().default(null),
    currency: Currency,
    visibility: z.enum(['network', 'private']).default('network'),
  })
  .strict();

export const TermsInput = z
  .object({
    finderFeePercent: z.number().min(0).max(50).nullable(),
    noCutOnOthersWork: z.boolean(),
    contractTransparency: z.boolean(),
    note: z.string().max(2000),
  })
  .partial()
  .strict();

export const VisibilityInput = z
  .object({
    audience: z.enum(['network', 'chosen']),
    coops: z.array(CoopSlug).max(500),
    partners: z.boolean(),
    public: z.boolean(),
  })
  .partial()
  .strict();

const leadFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().max(MAX_DESCRIPTION),
  client: ClientInput,
  finderCoop: CoopSlug.nullable(),
  profiles: z.array(ProfileInput).max(50),
  services: z.array(TermSpelling).max(50),
  budget: BudgetInput.nullable(),
  mode: z.enum(LEAD_MODES),
  effortPersonDays: z.number().int().min(1).max(1_000_000).nullable(),
  startDate: IsoDate.nullable(),
  interestDeadline: IsoDateTime.nullable(),
  durationWeeks: z.number().int().min(1).max(520).nullable(),
  languages: z.array(Language).max(10),
  place: z.string().trim().max(200).nullable(),
  remote: z.boolean(),
  scope: z
    .enum(LEAD_SCOPES)
    .openapi({ description: 'Leave out to take the suggestion from effort and profiles' }),
  terms: TermsInput,
  visibility: VisibilityInput,
  tags: z.array(z.string().trim().min(1).max(40)).max(20),
};

export const LeadCreate = z
  .object({ ...leadFields })
  .partial()
  .required({ title: true, description: true })
  .strict()
  .openapi('LeadCreate');
export type LeadCreateInput = z.infer<typeof LeadCreate>;

export const LeadUpdate = z.object(leadFields).partial().strict().openapi('LeadUpdate');
export type LeadUpdateInput = z.infer<typeof LeadUpdate>;

const TermRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).openapi('LeadTermRef');
export const CoopRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).openapi('CoopRef');

const Client = z
  .object({
    organisation: z.string().nullable(),
    /** Only for network admins, the finder co-op and the assigned co-ops; null for everyone else. */
    contact: z
      .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
      .nullable(),
  })
  .openapi('LeadClient');

const Budget = z
  .object({
    min: z.number().nullable(),
    max: z.number().nullable(),
    currency: z.string(),
    visibility: z.enum(['network', 'private']),
  })
  .openapi('LeadBudget');

export const LeadSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    excerpt: z.string().openapi({ description: 'Plain text, not HTML' }),
    status: z.enum(LEAD_STATUSES),
    source: z.enum(['member', 'public_form']),
    client: Client,
    finderCoop: CoopRef.nullable(),
    profiles: z.array(
      z.object({ count: z.number().int(), technology: TermRef, minSeniority: z.enum(SENIORITIES) }),
    ),
    services: z.array(TermRef),
    /** null when there is none, or it is private and the reader is not entitled. */
    budget: Budget.nullable(),
    mode: z.enum(LEAD_MODES),
    effortPersonDays: z.number().int().nullable(),
    startDate: z.string().nullable(),
    interestDeadline: z.string().nullable(),
    durationWeeks: z.number().int().nullable(),
    languages: z.array(z.string()),
    place: z.string().nullable(),
    remote: z.boolean(),
    scope: z.enum(LEAD_SCOPES),
    tags: z.array(z.string()),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('LeadSummary');

export const LeadDetail = LeadSummary.extend({
  description: z.string().openapi({ description: 'The Markdown source; render descriptionHtml, never this' }),
  descriptionHtml: z.string().openapi({ description: 'Sanitised HTML' }),
  scopeChosen: z.boolean(),
  scopeSuggested: z.enum(['single_coop', 'team']),
  terms: z.object({
    finderFeePercent: z.number().nullable(),
    noCutOnOthersWork: z.boolean(),
    contractTransparency: z.boolean(),
    note: z.string(),
  }),
  visibility: z.object({
    audience: z.enum(['network', 'chosen']),
    coops: z.array(CoopRef),
    partners: z.boolean(),
    public: z.boolean(),
  }),
  assignedCoops: z.array(CoopRef),
  mergedInto: z.uuid().nullable(),
  updatedAt: z.string(),
  can: z.object({
    seeClient: z.boolean(),
    edit: z.boolean(),
    transitions: z.array(z.enum(LEAD_STATUSES)),
  }),
}).openapi('LeadDetail');

export const LeadPage = pageOf(LeadSummary, 'LeadPage');

export const LeadEvent = z
  .object({
    id: z.number().int(),
    kind: z.enum(['created', 'edited', 'transition', 'merged']),
    actor: z.object({ id: z.string(), name: z.string() }).nullable(),
    from: z.enum(LEAD_STATUSES).nullable(),
    to: z.enum(LEAD_STATUSES).nullable(),
    note: z.string(),
    fields: z
      .array(z.string())
      .openapi({ description: 'Names of the fields an edit changed, never their values' }),
    at: z.string(),
  })
  .openapi('LeadEvent');
export const LeadEventList = z.object({ items: z.array(LeadEvent) }).openapi('LeadEventList');

export const TransitionInput = z
  .object({
    to: z.enum(LEAD_STATUSES),
    note: z.string().trim().max(2000).default(''),
    assignedCoops: z
      .array(CoopSlug)
      .min(1)
      .max(20)
      .optional()
      .openapi({ description: 'With to=assigned: the co-ops taking the work' }),
  })
  .strict()
  .openapi('LeadTransition');
export type TransitionRequest = z.infer<typeof TransitionInput>;

export const MergeInput = z
  .object({ duplicate: z.uuid().openapi({ description: 'The lead this one absorbs' }) })
  .strict()
  .openapi('LeadMerge');

export const LeadIdParam = z.object({ id: z.uuid() });
