import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, ProblemSchema, problems } from '../../http/router.ts';
import { Me } from './account.schemas.ts';
import type { Auth } from './auth.ts';
import {
  InvitationAccept,
  InvitationCreate,
  InvitationCreated,
  InvitationView,
  PendingInvitationList,
} from './invitation.schemas.ts';
import {
  acceptInvitation,
  createInvitation,
  listPendingInvitations,
  revokeInvitation,
  viewInvitation,
} from './invitation.service.ts';

const TokenParam = z.object({ token: z.string().min(1).max(200) });
const goneResponse = {
  410: {
    description: 'The invitation has expired or has already been used',
    content: { 'application/problem+json': { schema: ProblemSchema } },
  },
};

export function invitationRoutes(deps: Deps & { auth: Auth }) {
  const { db } = deps.database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/invitations',
        tags: ['Accounts'],
        summary: 'Invite someone by email (network admins; co-op admins into their co-op)',
        request: { body: jsonBody(InvitationCreate) },
        responses: { 201: jsonResponse(InvitationCreated, 'Invited'), ...problems(401, 403, 409, 422) },
      }),
      async (c) => c.json(await createInvitation(deps, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/invitations',
        tags: ['Accounts'],
        summary: 'Pending invitations (network admins: all; co-op admins: their co-op’s)',
        responses: { 200: jsonResponse(PendingInvitationList, 'Pending invitations'), ...problems(401, 403) },
      }),
      async (c) => c.json(await listPendingInvitations(db, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/invitations/{id}',
        tags: ['Accounts'],
        summary: 'Revoke a pending invitation',
        request: { params: z.object({ id: z.uuid() }) },
        responses: { 204: { description: 'Revoked' }, ...problems(401, 403, 404, 409) },
      }),
      async (c) => {
        await revokeInvitation(db, c.get('actor'), c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/invitations/{token}',
        tags: ['Accounts'],
        summary: 'What an invitation link offers (public: the link is the credential)',
        request: { params: TokenParam },
        responses: { 200: jsonResponse(InvitationView, 'The invitation'), ...problems(404), ...goneResponse },
      }),
      async (c) => c.json(await viewInvitation(db, c.req.valid('param').token), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/invitations/{token}/accept',
        tags: ['Accounts'],
        summary:
          'Accept an invitation: create the account (or join, if signed in as the invitee) and sign in',
        request: { params: TokenParam, body: jsonBody(InvitationAccept) },
        responses: {
          201: jsonResponse(Me, 'The account, signed in'),
          ...problems(403, 404, 409, 422),
          ...goneResponse,
        },
      }),
      async (c) => {
        const { me, setCookies } = await acceptInvitation(
          { db, auth: deps.auth },
          c.get('actor'),
          c.req.valid('param').token,
          c.req.valid('json'),
          c.req.raw.headers,
        );
        for (const cookie of setCookies) c.header('Set-Cookie', cookie, { append: true });
        return c.json(me, 201);
      },
    );
}
