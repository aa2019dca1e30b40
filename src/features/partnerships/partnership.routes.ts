/** HTTP for partner networks: partnerships, partner leads, cross-network interests, blocked instances. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import {
  chooseRemoteInterest,
  listPartnerLeads,
  listRemoteInterests,
  offerInterest,
} from './partner-lead.service.ts';
import {
  BlockedInstance,
  BlockedInstanceInput,
  BlockedInstanceList,
  PartnerInterest,
  PartnerInterestInput,
  PartnerLeadPage,
  PartnerLeadQuery,
  Partnership,
  PartnershipActionParams,
  PartnershipList,
  PartnershipRequest,
  RemoteInterest,
  RemoteInterestChoice,
  RemoteInterestList,
} from './partnership.schemas.ts';
import {
  actOnPartnership,
  blockInstance,
  listBlocked,
  listPartnerships,
  requestPartnership,
  unblockInstance,
} from './partnership.service.ts';

const IdParam = z.object({ id: z.uuid() });
const tags = ['Federation'];

export function partnershipRoutes(deps: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/partnerships',
        tags,
        summary:
          'Partner networks: requested, pending our answer, active, paused, ended, refused (network admins)',
        responses: {
          200: jsonResponse(PartnershipList, 'Most recently changed first'),
          ...problems(401, 403),
        },
      }),
      async (c) => c.json(await listPartnerships(deps, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/partnerships',
        tags,
        summary: 'Ask another Minga network to partner (sends a Follow to its network actor)',
        request: { body: jsonBody(PartnershipRequest) },
        responses: {
          201: jsonResponse(Partnership, 'The request, waiting for their answer'),
          ...problems(401, 403, 409, 422),
        },
      }),
      async (c) => c.json(await requestPartnership(deps, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/partnerships/{id}/{action}',
        tags,
        summary: 'Accept or refuse a request; pause, resume or end a partnership',
        request: { params: PartnershipActionParams },
        responses: { 200: jsonResponse(Partnership, 'The partnership now'), ...problems(401, 403, 404, 409) },
      }),
      async (c) => {
        const { id, action } = c.req.valid('param');
        return c.json(await actOnPartnership(deps, c.get('actor'), id, action), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/partner-leads',
        tags,
        summary: 'Leads partner networks shared with us, newest first, each with its origin network',
        request: { query: PartnerLeadQuery },
        responses: { 200: jsonResponse(PartnerLeadPage, 'A page of partner leads'), ...problems(401, 422) },
      }),
      async (c) => c.json(await listPartnerLeads(deps, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/partner-leads/{id}/interests',
        tags,
        summary: 'Offer one of our co-ops for a partner’s lead (sent to the origin network)',
        request: { params: IdParam, body: jsonBody(PartnerInterestInput) },
        responses: {
          201: jsonResponse(PartnerInterest, 'The offer, pending the origin’s decision'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) =>
        c.json(await offerInterest(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/leads/{id}/remote-interests',
        tags,
        summary: 'Offers from partner networks’ co-ops for one of our leads (network admins)',
        request: { params: IdParam },
        responses: { 200: jsonResponse(RemoteInterestList, 'Oldest first'), ...problems(401, 403) },
      }),
      async (c) => c.json(await listRemoteInterests(deps, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/remote-interests/{id}/choice',
        tags,
        summary: 'Choose a partner’s co-op for the lead (or undo the choice) before the lead is decided',
        request: { params: IdParam, body: jsonBody(RemoteInterestChoice) },
        responses: {
          200: jsonResponse(RemoteInterest, 'The offer now'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) =>
        c.json(
          await chooseRemoteInterest(
            deps,
            c.get('actor'),
            c.req.valid('param').id,
            c.req.valid('json').chosen,
          ),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/blocked-instances',
        tags,
        summary: 'Instances whose activities we refuse and to which we send nothing (network admins)',
        responses: { 200: jsonResponse(BlockedInstanceList, 'By host'), ...problems(401, 403) },
      }),
      async (c) => c.json(await listBlocked(deps, c.get('actor')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/blocked-instances',
        tags,
        summary: 'Block an instance (ends any partnership with it)',
        request: { body: jsonBody(BlockedInstanceInput) },
        responses: { 201: jsonResponse(BlockedInstance, 'The block'), ...problems(401, 403, 422) },
      }),
      async (c) => c.json(await blockInstance(deps, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/blocked-instances/{host}',
        tags,
        summary: 'Unblock an instance',
        request: { params: z.object({ host: z.string().min(1).max(300) }) },
        responses: { 204: { description: 'Unblocked' }, ...problems(401, 403, 404) },
      }),
      async (c) => {
        await unblockInstance(deps, c.get('actor'), c.req.valid('param').host);
        return c.body(null, 204);
      },
    );
}
