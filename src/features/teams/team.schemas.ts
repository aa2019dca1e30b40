/** Requests and responses of team records: forming, reading, changing, and the team's discussion. */
import { z } from '@hono/zod-openapi';
import { TEAM_ROLES, TEAM_STATUSES } from '../../db/schema/teams.ts';
import { PagingQuery, pageOf } from '../../http/paging.ts';

const Share = z.number().min(0).max(1);

export const TeamMemberInput = z
  .object({
    coopId: z.uuid(),
    role: z.enum(TEAM_ROLES),
    shareWork: Share.optional(),
    shareMoney: Share.optional(),
    people: z
      .array(z.object({ personId: z.uuid(), covers: z.string().trim().max(200).optional() }).strict())
      .max(200)
      .optional(),
  })
  .strict()
  .openapi('TeamMemberInput');

const TermsInput = z
  .object({
    transparencyToClient: z.boolean().optional(),
    noCutOnOthersWork: z.boolean().optional(),
    text: z.string().max(20_000).optional(),
  })
  .strict();

export const TeamCreate = z
  .object({
    leadId: z.uuid().optional(),
    fromOutcomeId: z.uuid().optional().openapi({ description: 'Form the team a decision chose' }),
    name: z.string().trim().min(1).max(200).optional(),
    members: z.array(TeamMemberInput).max(100).optional().openapi({
      description: 'Co-ops, roles, shares (each kind adding up to 1; even when all omitted) and people',
    }),
    terms: TermsInput.optional(),
  })
  .strict()
  .openapi('TeamCreate');
export type TeamCreateInput = z.infer<typeof TeamCreate>;

export const TeamUpdate = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    status: z.enum(TEAM_STATUSES).optional(),
    terms: TermsInput.optional(),
    shares: z
      .array(z.object({ coopId: z.uuid(), shareWork: Share, shareMoney: Share }).strict())
      .max(100)
      .optional()
      .openapi({ description: 'New shares for every member co-op' }),
  })
  .strict()
  .openapi('TeamUpdate');
export type TeamUpdateInput = z.infer<typeof TeamUpdate>;

const CoopRef = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  country: z.string().nullable(),
});

export const TeamDetail = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(TEAM_STATUSES),
    lead: z.object({ id: z.uuid(), title: z.string(), status: z.string() }).nullable(),
    outcomeId: z.uuid().nullable(),
    coordinator: CoopRef,
    members: z.array(
      z.object({
        coop: CoopRef,
        role: z.enum(TEAM_ROLES),
        shareWork: z.number(),
        shareMoney: z.number(),
        people: z.array(z.object({ id: z.uuid(), name: z.string(), covers: z.string() })),
      }),
    ),
    terms: z.object({
      transparencyToClient: z.boolean(),
      noCutOnOthersWork: z.boolean(),
      text: z.string(),
      html: z.string(),
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
    can: z.object({ edit: z.boolean(), comment: z.boolean() }),
  })
  .openapi('Team');

export const TeamPage = pageOf(TeamDetail, 'TeamPage');

export const TeamListQuery = z.object({
  ...PagingQuery,
  leadId: z.uuid().optional(),
  coopId: z.uuid().optional(),
  status: z.enum(TEAM_STATUSES).optional(),
});
export type TeamListFilter = z.infer<typeof TeamListQuery>;

export const TeamIdParam = z.object({ id: z.uuid() });

export const TeamCommentInput = z
  .object({ body: z.string().trim().min(1).max(20_000) })
  .strict()
  .openapi('TeamCommentInput');

export const TeamComment = z
  .object({
    id: z.uuid(),
    author: z.object({ id: z.string(), name: z.string() }).nullable(),
    body: z.string(),
    html: z.string(),
    createdAt: z.string(),
  })
  .openapi('TeamComment');
export const TeamCommentList = z.object({ items: z.array(TeamComment) }).openapi('TeamCommentList');
