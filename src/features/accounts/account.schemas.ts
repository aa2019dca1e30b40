/** Request and response shapes for accounts, co-op memberships and network admin management. */
import { z } from '@hono/zod-openapi';
import { PagingQuery, pageOf } from '../../http/paging.ts';

export const NetworkRole = z.enum(['admin', 'member']).openapi('NetworkRole');
export const CoopRole = z.enum(['admin', 'member']).openapi('CoopRole');
export const Locale = z.enum(['en', 'es']).openapi('Locale');

export const Membership = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string(), role: CoopRole })
  .openapi('Membership');

export const Me = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    networkRole: NetworkRole,
    locale: Locale,
    personId: z.uuid().nullable(),
    coops: z.array(Membership),
  })
  .openapi('Me');
export type MeBody = z.infer<typeof Me>;

export const MeUpdate = z
  .object({ name: z.string().trim().min(1).max(120), locale: Locale })
  .partial()
  .strict()
  .openapi('MeUpdate');

export const AdminUser = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: NetworkRole,
    coops: z.array(Membership),
    createdAt: z.iso.datetime(),
  })
  .openapi('AdminUser');
export const AdminUserPage = pageOf(AdminUser, 'AdminUserPage');
export const AdminUserQuery = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'Part of a name or email' }),
  ...PagingQuery,
});

export const RoleUpdate = z.object({ role: NetworkRole }).strict().openapi('NetworkRoleUpdate');

export const Member = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: CoopRole,
    /** The person record of this co-op that this account is, if linked. */
    personId: z.uuid().nullable(),
    since: z.iso.datetime(),
  })
  .openapi('CoopMember');
export const MemberList = z.object({ items: z.array(Member) }).openapi('CoopMemberList');
export const MemberRoleUpdate = z.object({ role: CoopRole }).strict().openapi('CoopRoleUpdate');
export const PersonLink = z.object({ personId: z.uuid().nullable() }).strict().openapi('PersonLink');
