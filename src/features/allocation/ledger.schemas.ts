/** Request and response shapes of the fairness ledger. */
import { z } from '@hono/zod-openapi';
import { LEDGER_KINDS } from '../../db/schema/allocation.ts';
import { PagingQuery, pageOf } from '../../http/paging.ts';

const when = z.iso
  .date()
  .or(z.iso.datetime({ offset: true }))
  .optional()
  .openapi({ example: '2026-01-01' });

export const LedgerQuery = z.object({
  from: when.openapi({
    description: 'Start of the window (inclusive); default: the policy’s window before `to`',
  }),
  to: when.openapi({ description: 'End of the window (exclusive); default: now' }),
  ...PagingQuery,
});

export const LedgerEntriesQuery = z.object({
  coop: z.string().min(1).max(100).optional().openapi({ description: 'Co-op slug' }),
  lead: z.uuid().optional(),
  from: when,
  to: when,
  ...PagingQuery,
});

const CoopRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const LedgerCoopLine = z
  .object({
    coop: CoopRef,
    headcount: z.number().int(),
    personDays: z.number(),
    value: z.number().nullable().openapi({ description: 'Null when none of its value is visible to you' }),
    valueHidden: z
      .boolean()
      .openapi({ description: 'Some of its value comes from private budgets you cannot see' }),
    entitlementShare: z.number(),
    receivedShare: z.number().openapi({ description: 'Its share of all person-days in the window' }),
  })
  .openapi('LedgerCoopLine');

export const LedgerSummary = z
  .object({
    from: z.string(),
    to: z.string(),
    policyVersion: z.number().int(),
    entitlement: z.enum(['equal', 'headcount']),
    totals: z.object({
      coopCount: z.number().int(),
      headcount: z.number().int(),
      personDays: z.number(),
      value: z.number().nullable(),
      valueHidden: z.boolean(),
    }),
    items: z.array(LedgerCoopLine),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .openapi('LedgerSummary');

export const LedgerEntry = z
  .object({
    id: z.number().int(),
    coop: CoopRef,
    lead: z.object({ id: z.uuid(), title: z.string().nullable() }),
    kind: z.enum(LEDGER_KINDS),
    share: z.number(),
    personDays: z.number(),
    value: z.number().nullable(),
    currency: z.string().nullable(),
    outcomeId: z.uuid().nullable(),
    at: z.string(),
    note: z.string(),
  })
  .openapi('LedgerEntry');

export const LedgerEntryPage = pageOf(LedgerEntry, 'LedgerEntryPage');

export const DeliveryInput = z
  .object({
    actualPersonDays: z.number().min(0).max(1_000_000).optional(),
    actualValue: z.number().min(0).max(1_000_000_000_000).optional(),
    note: z.string().trim().max(2000).default(''),
  })
  .strict()
  .openapi('DeliveryInput');
