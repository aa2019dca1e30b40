import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { AdminUser, AdminUserPage, AdminUserQuery, Me, MeUpdate, RoleUpdate } from './account.schemas.ts';
import { getMe, listAccounts, setNetworkRole, updateMe } from './account.service.ts';

export function accountRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/me',
        tags: ['Accounts'],
        summary: 'Who is signed in',
        responses: { 200: jsonResponse(Me, 'The signed-in account'), ...problems(401) },
      }),
      async (c) => c.json(await getMe(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/me',
        tags: ['Accounts'],
        summary: 'Change my name or language',
        request: { body: jsonBody(MeUpdate) },
        responses: { 200: jsonResponse(Me, 'The updated account'), ...problems(401, 422) },
      }),
      async (c) => c.json(await updateMe(db, c.get('actor'), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/admin/users',
        tags: ['Accounts'],
        summary: 'Every account, with its co-op memberships (network admins)',
        request: { query: AdminUserQuery },
        responses: { 200: jsonResponse(AdminUserPage, 'A page of accounts'), ...problems(401, 403, 422) },
      }),
      async (c) => c.json(await listAccounts(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/admin/users/{id}',
        tags: ['Accounts'],
        summary: 'Change an account’s network role (network admins)',
        request: { params: z.object({ id: z.string().min(1).max(100) }), body: jsonBody(RoleUpdate) },
        responses: { 200: jsonResponse(AdminUser, 'The account'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) =>
        c.json(
          await setNetworkRole(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').role),
          200,
        ),
    );
}
