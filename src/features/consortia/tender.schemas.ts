/** Requests and responses of private tender declarations. */
import { z } from '@hono/zod-openapi';
import { JOINT_BID_ANSWERS } from '../../db/schema/teams.ts';

export const DeclarationInput = z
  .object({
    coopId: z
      .uuid()
      .optional()
      .openapi({ description: 'The declaring co-op; the declarer’s own when they have one' }),
    tenderRef: z.string().trim().min(1).max(2000).openapi({
      description: 'The tender’s web address, or its reference (then `buyer` is required)',
      example: 'https://www.find-tender.service.gov.uk/Notice/012345-2031',
    }),
    buyer: z.string().trim().max(300).default(''),
    note: z.string().max(5000).default(''),
  })
  .strict()
  .openapi('TenderDeclarationInput');
export type DeclarationRequest = z.infer<typeof DeclarationInput>;

export const JointBidInput = z.object({ accept: z.boolean() }).strict().openapi('JointBidAnswer');

export const Declaration = z
  .object({
    id: z.uuid(),
    coop: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    tenderRef: z.string(),
    buyer: z.string(),
    note: z.string(),
    createdAt: z.string(),
    match: z
      .object({
        otherCoops: z
          .number()
          .int()
          .openapi({ description: 'How many other co-ops declared the same tender' }),
        since: z.string(),
        jointBid: z.enum(JOINT_BID_ANSWERS),
        /** Named only among co-ops that accepted, and only to those that accepted. */
        partners: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string() })),
        jointCallId: z.uuid().nullable(),
      })
      .nullable(),
  })
  .openapi('TenderDeclaration');
export const DeclarationList = z.object({ items: z.array(Declaration) }).openapi('TenderDeclarationList');
export const DeclarationIdParam = z.object({ id: z.uuid() });

export const TenderStats = z
  .object({ declarations: z.number().int(), matchedTenders: z.number().int() })
  .openapi('TenderStats');
