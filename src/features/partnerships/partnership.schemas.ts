/** Requests and responses of the partnership, partner-lead and blocked-instance endpoints. */
import { z } from '@hono/zod-openapi';
import { PARTNERSHIP_STATUSES } from '../../db/schema/federation.ts';
import { INTEREST_ROLES } from '../../db/schema/leads.ts';
import { NEEDS } from '../../engine/vocabulary.ts';
import { PagingQuery, pageOf } from '../../http/paging.ts';

export const PartnershipRequest = z
  .object({
    handle: z.string().trim().min(3).max(500).openapi({
      description: 'The other network’s handle or actor URL',
      example: 'network@minga.cotech.coop',
    }),
    note: z.string().trim().max(1000).default(''),
  })
  .strict()
  .openapi('PartnershipRequest');

export const Partnership = z
  .object({
    id: z.uuid(),
    remoteActorId: z.string(),
    remoteHandle: z.string().nullable(),
    remoteName: z.string(),
    remoteHost: z.string(),
    direction: z.enum(['outgoing', 'incoming']),
    status: z.enum(PARTNERSHIP_STATUSES),
    note: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    acceptedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
  })
  .openapi('Partnership');
export const PartnershipList = z.object({ items: z.array(Partnership) }).openapi('PartnershipList');

export const PartnershipAction = z.enum(['accept', 'refuse', 'pause', 'resume', 'end']);
export const PartnershipActionParams = z.object({ id: z.uuid(), action: PartnershipAction });

export const PartnerLeadQuery = z.object({
  ...PagingQuery,
  status: z.string().max(40).optional().openapi({ description: 'e.g. open; all statuses when omitted' }),
});

export const PartnerLead = z
  .object({
    id: z.uuid(),
    objectId: z.string(),
    originNetwork: z.object({ actorId: z.string(), name: z.string() }),
    title: z.string(),
    summary: z.string(),
    url: z.string().nullable(),
    status: z.string(),
    details: z.record(z.string(), z.unknown()),
    assignedTo: z.array(z.string()),
    publishedAt: z.string().nullable(),
    receivedAt: z.string(),
    ourInterests: z.array(
      z.object({ id: z.uuid(), coop: z.object({ slug: z.string(), name: z.string() }), status: z.string() }),
    ),
  })
  .openapi('PartnerLead');
export const PartnerLeadPage = pageOf(PartnerLead, 'PartnerLeadPage');

export const PartnerInterestInput = z
  .object({
    coop: z.string().min(1).max(100).openapi({ description: 'Slug of our co-op that offers' }),
    availableFrom: z.iso.date().openapi({ example: '2031-03-01' }),
    hoursPerWeek: z
      .number()
      .int()
      .min(1)
      .max(80 * 50),
    capacityPersonDays: z.number().int().min(1).max(100_000),
    need: z.enum(NEEDS),
    needNote: z.string().trim().max(1000).default(''),
    fit: z.string().trim().min(1).max(5000),
    role: z.enum(INTEREST_ROLES),
  })
  .strict()
  .openapi('PartnerInterestInput');
export type PartnerInterestRequest = z.infer<typeof PartnerInterestInput>;

export const PartnerInterest = z
  .object({
    id: z.uuid(),
    partnerLeadId: z.uuid(),
    coop: z.object({ slug: z.string(), name: z.string() }),
    status: z.enum(['pending', 'chosen', 'declined', 'withdrawn']),
    activityId: z.string(),
    createdAt: z.string(),
  })
  .openapi('PartnerInterest');

export const RemoteInterest = z
  .object({
    id: z.uuid(),
    leadId: z.uuid(),
    coop: z.object({ actorId: z.string(), name: z.string() }),
    network: z.object({ actorId: z.string() }),
    availableFrom: z.string(),
    hoursPerWeek: z.number().int(),
    capacityPersonDays: z.number().int(),
    need: z.enum(NEEDS),
    needNote: z.string(),
    fit: z.string(),
    role: z.enum(INTEREST_ROLES),
    status: z.enum(['pending', 'chosen', 'declined', 'withdrawn']),
    createdAt: z.string(),
  })
  .openapi('RemoteInterest');
export const RemoteInterestList = z.object({ items: z.array(RemoteInterest) }).openapi('RemoteInterestList');
export const RemoteInterestChoice = z
  .object({ chosen: z.boolean().openapi({ description: 'Whether this remote co-op takes part' }) })
  .strict()
  .openapi('RemoteInterestChoice');

export const BlockedInstanceInput = z
  .object({
    host: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9.-]+(:\d+)?$/, 'A host name, optionally with a port')
      .max(300),
    reason: z.string().trim().max(1000).default(''),
  })
  .strict()
  .openapi('BlockedInstanceInput');
export const BlockedInstance = z
  .object({ host: z.string(), reason: z.string(), createdAt: z.string() })
  .openapi('BlockedInstance');
export const BlockedInstanceList = z
  .object({ items: z.array(BlockedInstance) })
  .openapi('BlockedInstanceList');
