/** Requests and responses of calls for partners, applications, eligibility and results. */
import { z } from '@hono/zod-openapi';
import { CALL_STATUSES, ORG_TYPES } from '../../db/schema/teams.ts';
import { PagingQuery, pageOf } from '../../http/paging.ts';

const Bilingual = z.object({ en: z.string(), es: z.string() });
const Terms = z.array(z.string().trim().min(1).max(100)).max(50);

export const CallRules = z
  .object({
    minPartners: z.number().int().min(1).max(100).default(1),
    maxPartners: z.number().int().min(1).max(100).nullable().default(null),
    minCountries: z.number().int().min(0).max(100).default(1),
    orgTypes: z.array(z.enum(ORG_TYPES)).max(ORG_TYPES.length).default([]).openapi({
      description: 'Organisation types accepted as partners; empty accepts any',
    }),
    requiredRoles: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
    competences: Terms.default([]).openapi({
      description: 'Technologies or services the partners must bring',
    }),
  })
  .strict()
  .openapi('CallRules');

export const CallCreate = z
  .object({
    coopId: z
      .uuid()
      .optional()
      .openapi({ description: 'The posting co-op; the poster’s own when they have one' }),
    title: z.string().trim().min(1).max(300),
    programme: z.string().trim().max(200).default(''),
    description: z.string().max(50_000).default(''),
    deadline: z.iso.datetime({ offset: true }).nullable().default(null),
    rules: CallRules.default({
      minPartners: 1,
      maxPartners: null,
      minCountries: 1,
      orgTypes: [],
      requiredRoles: [],
      competences: [],
    }),
    checklist: z.array(z.string().trim().min(1).max(500)).max(100).default([]),
  })
  .strict()
  .openapi('CallCreate');
export type CallCreateInput = z.infer<typeof CallCreate>;

export const CallUpdate = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    programme: z.string().trim().max(200).optional(),
    description: z.string().max(50_000).optional(),
    deadline: z.iso.datetime({ offset: true }).nullable().optional(),
    rules: CallRules.partial().optional(),
    status: z.enum(['open', 'submitted', 'withdrawn']).optional(),
  })
  .strict()
  .openapi('CallUpdate');
export type CallUpdateInput = z.infer<typeof CallUpdate>;

export const ChecklistPatch = z
  .object({
    add: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
    update: z
      .array(
        z
          .object({
            id: z.string().min(1).max(40),
            done: z.boolean().optional(),
            text: z.string().trim().min(1).max(500).optional(),
          })
          .strict(),
      )
      .max(100)
      .default([]),
    remove: z.array(z.string().min(1).max(40)).max(100).default([]),
  })
  .strict()
  .openapi('ChecklistPatch');
export type ChecklistPatchInput = z.infer<typeof ChecklistPatch>;

export const CallResult = z
  .object({
    status: z.enum(['won', 'lost']),
    note: z.string().max(5000).default(''),
    postMortem: z
      .string()
      .max(50_000)
      .default('')
      .openapi({ description: 'What went well, what to do differently' }),
  })
  .strict()
  .openapi('CallResultInput');
export type CallResultInput = z.infer<typeof CallResult>;

export const ApplicationInput = z
  .object({
    coopId: z.uuid().optional(),
    orgType: z.enum(ORG_TYPES).default('cooperative'),
    roles: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
    people: z.array(z.uuid()).max(100).default([]),
    skills: Terms.default([]),
    knowledge: z.string().max(10_000).default(''),
    contacts: z.string().max(10_000).default(''),
    tools: z.string().max(10_000).default(''),
    pastProjects: z.array(z.string().trim().min(1).max(300)).max(50).default([]).openapi({
      description: 'Case study slugs or free text',
    }),
  })
  .strict()
  .openapi('CallApplicationInput');
export type ApplicationRequest = z.infer<typeof ApplicationInput>;

export const CheckInput = z
  .object({ coopIds: z.array(z.uuid()).min(1).max(100) })
  .strict()
  .openapi('EligibilityCheckInput');

const CoopRef = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  country: z.string().nullable(),
});
const TermRef = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(['technology', 'service']),
});

export const Application = z
  .object({
    id: z.uuid(),
    coop: CoopRef,
    orgType: z.enum(ORG_TYPES),
    roles: z.array(z.string()),
    people: z.array(z.object({ id: z.uuid(), name: z.string() })),
    skills: z.array(TermRef),
    knowledge: z.string(),
    contacts: z.string(),
    tools: z.string(),
    pastProjects: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('CallApplication');

export const CallDetail = z
  .object({
    id: z.uuid(),
    title: z.string(),
    programme: z.string(),
    description: z.string(),
    descriptionHtml: z.string(),
    deadline: z.string().nullable(),
    visibility: z.enum(['network', 'private']),
    postedBy: CoopRef,
    rules: z.object({
      minPartners: z.number().int(),
      maxPartners: z.number().int().nullable(),
      minCountries: z.number().int(),
      orgTypes: z.array(z.enum(ORG_TYPES)),
      requiredRoles: z.array(z.string()),
      competences: z.array(TermRef),
    }),
    checklist: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        done: z.boolean(),
        doneAt: z.string().nullable(),
        doneBy: z.string().nullable(),
      }),
    ),
    status: z.enum(CALL_STATUSES),
    result: z.object({ note: z.string(), postMortem: z.string(), decidedAt: z.string().nullable() }),
    applicationCount: z.number().int(),
    applications: z.array(Application).openapi({
      description: 'All applications for those who run the call; otherwise only the reader’s own co-ops’',
    }),
    createdAt: z.string(),
    can: z.object({ manage: z.boolean(), apply: z.boolean() }),
  })
  .openapi('Call');

export const CallSummary = CallDetail.omit({
  applications: true,
  description: true,
  descriptionHtml: true,
}).openapi('CallSummary');
export const CallPage = pageOf(CallSummary, 'CallPage');
export const CallListQuery = z.object({ ...PagingQuery, status: z.enum(CALL_STATUSES).optional() });
export type CallListFilter = z.infer<typeof CallListQuery>;
export const CallIdParam = z.object({ id: z.uuid() });

export const EligibilityResponse = z
  .object({
    eligible: z.boolean(),
    unmet: z.array(z.object({ rule: z.string(), reason: Bilingual }).passthrough()),
    partners: z.array(z.object({ coop: CoopRef, orgType: z.string(), roles: z.array(z.string()) })),
  })
  .openapi('Eligibility');

export const SuggestionsResponse = z
  .object({
    method: z.enum(['exhaustive', 'greedy']),
    compositions: z.array(z.object({ coops: z.array(CoopRef), countries: z.array(z.string()) })),
  })
  .openapi('CompositionSuggestions');

export const CallStats = z
  .object({
    decided: z.number().int(),
    won: z.number().int(),
    rate: z.number().nullable(),
    byProgramme: z.array(
      z.object({ programme: z.string(), decided: z.number().int(), won: z.number().int(), rate: z.number() }),
    ),
    programmes: z.array(
      z.object({ name: z.string(), rate: z.number(), period: z.string(), source: z.string() }),
    ),
  })
  .openapi('CallStats');
