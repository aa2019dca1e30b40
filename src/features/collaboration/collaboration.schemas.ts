/** Request and response shapes of the collaboration graph, retrospectives and feedback. */
import { z } from '@hono/zod-openapi';
import { STAGES } from '../../engine/vocabulary.ts';
import { PagingQuery, pageOf } from '../../http/paging.ts';

const CoopRef = z.object({ slug: z.string(), name: z.string() }).openapi('CollaborationCoopRef');

export const WorkSource = z
  .object({
    kind: z.enum(['case_study', 'team', 'lead']),
    id: z.uuid(),
    label: z.string(),
    date: z.string().nullable(),
  })
  .openapi('WorkSource');

export const GraphNode = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    stage: z.enum(STAGES),
    size: z.number().int(),
    /** How many co-ops it worked with. */
    partners: z.number().int(),
  })
  .openapi('GraphNode');

export const GraphEdge = z
  .object({
    source: z.string().openapi({ description: 'Co-op slug' }),
    target: z.string().openapi({ description: 'Co-op slug' }),
    count: z.number().int(),
    /** The works the reader may see; the rest are counted but not named. */
    sources: z.array(WorkSource),
    lastDate: z.string().nullable(),
    /** Mean 1–5 rating the two gave each other; members only. */
    averageRating: z.number().nullable(),
    ratings: z.number().int(),
  })
  .openapi('GraphEdge');

export const CollaborationGraph = z
  .object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) })
  .openapi('CollaborationGraph');

export const Collaborator = z
  .object({
    coop: CoopRef,
    count: z.number().int(),
    sources: z.array(WorkSource),
    lastDate: z.string().nullable(),
    averageRating: z.number().nullable(),
    ratings: z.number().int(),
  })
  .openapi('Collaborator');

export const CollaboratorList = z.object({ items: z.array(Collaborator) }).openapi('CollaboratorList');

const Text = (max: number) => z.string().trim().max(max);

export const RetrospectiveInput = z
  .object({
    leadId: z.uuid().optional(),
    teamId: z.uuid().optional(),
    callId: z.uuid().optional(),
    /** The co-op writing it, when the author belongs to several of the co-ops involved. */
    coop: z.string().min(1).max(100).optional(),
    worked: Text(4000).default(''),
    failed: Text(4000).default(''),
    change: Text(4000).default(''),
    visibility: z.enum(['team', 'network']).default('team'),
  })
  .refine((v) => [v.leadId, v.teamId, v.callId].filter(Boolean).length === 1, {
    message: 'Give exactly one of leadId, teamId or callId.',
    path: ['leadId'],
  })
  .refine((v) => v.worked !== '' || v.failed !== '' || v.change !== '', {
    message: 'Say at least what worked, what failed or what to change.',
    path: ['worked'],
  })
  .openapi('RetrospectiveInput');
export type RetrospectiveInput = z.infer<typeof RetrospectiveInput>;

export const Retrospective = z
  .object({
    id: z.uuid(),
    subject: z.object({ kind: z.enum(['lead', 'team', 'call']), id: z.uuid() }),
    coop: CoopRef,
    author: z.string().nullable(),
    worked: z.string(),
    failed: z.string(),
    change: z.string(),
    visibility: z.enum(['team', 'network']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Retrospective');

export const RetrospectiveQuery = z.object({
  lead: z.uuid().optional(),
  team: z.uuid().optional(),
  call: z.uuid().optional(),
  coop: z.string().min(1).max(100).optional(),
  ...PagingQuery,
});
export const RetrospectivePage = pageOf(Retrospective, 'RetrospectivePage');

export const FeedbackInput = z
  .object({
    from: z.string().min(1).max(100).openapi({ description: 'Slug of the co-op giving feedback' }),
    to: z.string().min(1).max(100).openapi({ description: 'Slug of the co-op it is about' }),
    leadId: z.uuid().optional(),
    teamId: z.uuid().optional(),
    rating: z.number().int().min(1).max(5),
    note: Text(2000).default(''),
  })
  .refine((v) => [v.leadId, v.teamId].filter(Boolean).length === 1, {
    message: 'Give exactly one of leadId or teamId: the work you did together.',
    path: ['leadId'],
  })
  .openapi('FeedbackInput');
export type FeedbackInput = z.infer<typeof FeedbackInput>;

export const Feedback = z
  .object({
    id: z.uuid(),
    from: CoopRef,
    to: CoopRef,
    subject: z.object({ kind: z.enum(['lead', 'team']), id: z.uuid() }),
    rating: z.number().int(),
    /** The two co-ops' members and network admins only. */
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Feedback');
export const FeedbackList = z.object({ items: z.array(Feedback) }).openapi('FeedbackList');
