/** Invitation requests and responses; the web UI's invitation pages are built against these. */
import { z } from '@hono/zod-openapi';
import { CoopRole, Locale, NetworkRole } from './account.schemas.ts';

const CoopRef = z.object({ slug: z.string(), name: z.string() });

export const InvitationCreate = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email().max(200)).openapi({ example: 'ana@example.coop' }),
    networkRole: NetworkRole.default('member'),
    coopSlug: z.string().min(1).max(100).optional().openapi({ description: 'Invite into this co-op' }),
    coopRole: CoopRole.default('member'),
  })
  .strict()
  .openapi('InvitationCreate');
export type InvitationCreateInput = z.infer<typeof InvitationCreate>;

export const InvitationCreated = z
  .object({ id: z.uuid(), email: z.string(), expiresAt: z.iso.datetime(), url: z.url() })
  .openapi('InvitationCreated');

/** What the person holding the link sees before accepting. */
export const InvitationView = z
  .object({
    email: z.string(),
    coop: CoopRef.nullable(),
    networkRole: NetworkRole,
    coopRole: CoopRole,
    expiresAt: z.iso.datetime(),
    /** The inviter's name, if their account still exists. */
    invitedBy: z.string().nullable(),
  })
  .openapi('InvitationView');

export const PendingInvitation = z
  .object({
    id: z.uuid(),
    email: z.string(),
    coop: CoopRef.nullable(),
    networkRole: NetworkRole,
    coopRole: CoopRole,
    expiresAt: z.iso.datetime(),
    invitedBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('PendingInvitation');
export const PendingInvitationList = z
  .object({ items: z.array(PendingInvitation) })
  .openapi('PendingInvitationList');

/** Name and password make a new account; both are ignored when the invitee is already signed in. */
export const InvitationAccept = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    password: z.string().min(10).max(128).optional(),
    locale: Locale.optional(),
  })
  .strict()
  .openapi('InvitationAccept');
export type InvitationAcceptInput = z.infer<typeof InvitationAccept>;
