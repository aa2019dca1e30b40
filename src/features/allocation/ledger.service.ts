/** Reading the fairness ledger: per co-op totals over a window, and its entries. */
import type { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { coops } from '../../db/schema/directory.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { offsetOf } from '../../http/paging.ts';
import { invalid, notFound } from '../../http/problem.ts';
import { visibleLeadsSql } from '../leads/lead.queries.ts';
import { visibleLead } from '../leads/lead.service.ts';
import { canReadAllocation } from './allocation.policy.ts';
import { coopTotalsPage, type EntryRow, entriesPage, networkFigures } from './ledger.queries.ts';
import { shareOf } from './ledger.rules.ts';
import type { LedgerEntriesQuery, LedgerEntry, LedgerQuery } from './ledger.schemas.ts';
import { currentPolicyRow } from './policy.queries.ts';

const DAY = 86_400_000;
const WHY = 'The fairness ledger is open to the network’s members.';

function window(q: { from?: string; to?: string }, days: number) {
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - days * DAY);
  if (from >= to)
    throw invalid([
      { pointer: '#/query/from', field: 'from', detail: 'The window must start before it ends.' },
    ]);
  return { from, to };
}

export async function ledgerSummary(db: Db, actor: Actor, q: z.infer<typeof LedgerQuery>) {
  authorize(actor, canReadAllocation(actor), WHY);
  const { p: policy } = await currentPolicyRow(db);
  const { from, to } = window(q, policy.fairnessWindowDays);
  const [page, network] = await Promise.all([
    coopTotalsPage(db, actor, { from, to, limit: q.pageSize, offset: offsetOf(q) }),
    networkFigures(db, from, to),
  ]);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    policyVersion: policy.version,
    entitlement: policy.entitlement,
    totals: {
      coopCount: network.coopCount,
      headcount: network.headcount,
      personDays: page.totals.personDays,
      value: page.totals.value,
      valueHidden: page.totals.valueHidden,
    },
    items: page.rows.map((r) => ({
      coop: { id: r.id, slug: r.slug, name: r.name },
      headcount: r.headcount,
      personDays: r.person_days,
      value: r.value,
      valueHidden: r.value_hidden,
      ...shareOf(
        { headcount: r.headcount, received: r.person_days },
        { coopCount: network.coopCount, headcount: network.headcount, received: page.totals.personDays },
        policy.entitlement,
      ),
    })),
    page: q.page,
    pageSize: q.pageSize,
    total: network.coopCount,
  };
}

export function presentEntry(r: EntryRow): z.infer<typeof LedgerEntry> {
  return {
    id: r.id,
    coop: { id: r.coop_id, slug: r.coop_slug, name: r.coop_name },
    lead: { id: r.lead_id, title: r.lead_title },
    kind: r.kind,
    share: r.share,
    personDays: r.person_days,
    value: r.value,
    currency: r.currency,
    outcomeId: r.outcome_id,
    at: r.at.toISOString(),
    note: r.note,
  };
}

export async function ledgerEntries(db: Db, actor: Actor, q: z.infer<typeof LedgerEntriesQuery>) {
  authorize(actor, canReadAllocation(actor), WHY);
  let coopId: string | undefined;
  if (q.coop) {
    const [c] = await db.select({ id: coops.id }).from(coops).where(eq(coops.slug, q.coop));
    if (!c) throw notFound(`Co-op "${q.coop}"`);
    coopId = c.id;
  }
  if (q.lead) await visibleLead(db, actor, q.lead);
  const { rows, total } = await entriesPage(db, actor, {
    coopId,
    leadId: q.lead,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    limit: q.pageSize,
    offset: offsetOf(q),
    leadVisibleSql: visibleLeadsSql(actor),
  });
  return { items: rows.map(presentEntry), page: q.page, pageSize: q.pageSize, total };
}
