/** HTTP for the fairness ledger: validate → service → present. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { LeadDetail } from '../leads/lead.schemas.ts';
import { getLead } from '../leads/lead.service.ts';
import {
  DeliveryInput,
  LedgerEntriesQuery,
  LedgerEntryPage,
  LedgerQuery,
  LedgerSummary,
} from './ledger.schemas.ts';
import { ledgerEntries, ledgerSummary } from './ledger.service.ts';
import { recordDelivery } from './ledger.write.ts';

export function ledgerRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/ledger',
        tags: ['Allocation'],
        summary: 'Work each co-op received over a window, against its fair share',
        request: { query: LedgerQuery },
        responses: { 200: jsonResponse(LedgerSummary, 'Per co-op totals'), ...problems(401, 422) },
      }),
      async (c) => c.json(await ledgerSummary(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/ledger/entries',
        tags: ['Allocation'],
        summary: 'Ledger entries, newest first',
        request: { query: LedgerEntriesQuery },
        responses: { 200: jsonResponse(LedgerEntryPage, 'A page of entries'), ...problems(401, 404, 422) },
      }),
      async (c) => c.json(await ledgerEntries(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/leads/{id}/delivery',
        tags: ['Allocation'],
        summary: 'Mark a lead delivered, with the actual effort and value when they differ',
        request: { params: z.object({ id: z.uuid() }), body: jsonBody(DeliveryInput) },
        responses: {
          200: jsonResponse(LeadDetail, 'The delivered lead'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const actor = c.get('actor');
        const { id } = c.req.valid('param');
        await recordDelivery(db, actor, id, c.req.valid('json'));
        return c.json(await getLead(db, actor, id), 200);
      },
    );
}
