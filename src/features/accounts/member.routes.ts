import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { Member, MemberList, MemberRoleUpdate, PersonLink } from './account.schemas.ts';
import { linkPerson, listMembers, removeMember, setMemberRole } from './member.service.ts';

const SlugParam = z.object({ slug: z.string().min(1).max(100) });
const MemberParams = SlugParam.extend({ userId: z.string().min(1).max(100) });

export function memberRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/coops/{slug}/members',
        tags: ['Accounts'],
        summary: 'Accounts that act for a co-op, and their roles (its members)',
        request: { params: SlugParam },
        responses: { 200: jsonResponse(MemberList, 'Members'), ...problems(401, 403, 404) },
      }),
      async (c) => c.json(await listMembers(db, c.get('actor'), c.req.valid('param').slug), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/coops/{slug}/members/{userId}',
        tags: ['Accounts'],
        summary: 'Change a member’s co-op role (its admins)',
        request: { params: MemberParams, body: jsonBody(MemberRoleUpdate) },
        responses: { 200: jsonResponse(Member, 'The member'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) => {
        const { slug, userId } = c.req.valid('param');
        return c.json(await setMemberRole(db, c.get('actor'), slug, userId, c.req.valid('json').role), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/coops/{slug}/members/{userId}',
        tags: ['Accounts'],
        summary: 'Remove someone from a co-op (its admins, or the member leaving)',
        request: { params: MemberParams },
        responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 409) },
      }),
      async (c) => {
        const { slug, userId } = c.req.valid('param');
        await removeMember(db, c.get('actor'), slug, userId);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/coops/{slug}/members/{userId}/person',
        tags: ['Accounts'],
        summary: 'Link a member’s account to one of the co-op’s person records, or unlink it (its admins)',
        request: { params: MemberParams, body: jsonBody(PersonLink) },
        responses: { 200: jsonResponse(Member, 'The member'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) => {
        const { slug, userId } = c.req.valid('param');
        return c.json(await linkPerson(db, c.get('actor'), slug, userId, c.req.valid('json').personId), 200);
      },
    );
}
