/** The leads slice's SQL: loading leads whole, visibility as SQL, relations and the history log. */
import { asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { coops, terms } from '../../db/schema/directory.ts';
import {
  leadAssignedCoops,
  leadEvents,
  leadProfiles,
  leadServices,
  leads,
  leadVisibleCoops,
} from '../../db/schema/leads.ts';
import type { Seniority } from '../../engine/vocabulary.ts';
import type { Actor } from '../../http/context.ts';
import type { LeadStatus } from './lead.lifecycle.rules.ts';
import type { LeadAccess } from './lead.policy.ts';

export interface Ref {
  id: string;
  slug: string;
  name: string;
}

const { searchEn: _en, searchEs: _es, ...leadColumns } = getTableColumns(leads);
type LeadRow = { [K in keyof typeof leadColumns]: (typeof leads.$inferSelect)[K] };

export interface LeadRecord extends Omit<LeadRow, 'status'>, LeadAccess {
  status: LeadStatus;
  finderCoop: Ref | null;
  profiles: Array<{ count: number; technology: Ref; minSeniority: Seniority }>;
  services: Ref[];
  visibleCoops: Ref[];
  assignedCoops: Ref[];
}

const group = <T extends { leadId: string }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.leadId, [...(m.get(r.leadId) ?? []), r]);
  return m;
};

/** Loads leads with everything they refer to, in the order of `ids`. */
export async function loadLeads(db: DbOrTx, ids: readonly string[]): Promise<LeadRecord[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const coopRef = { id: coops.id, slug: coops.slug, name: coops.name };
  const termRef = { id: terms.id, slug: terms.slug, name: terms.name };
  const [rows, profiles, services, visible, assigned, finders] = await Promise.all([
    db.select(leadColumns).from(leads).where(inArray(leads.id, list)),
    db
      .select({
        leadId: leadProfiles.leadId,
        count: leadProfiles.count,
        minSeniority: leadProfiles.minSeniority,
        technology: termRef,
      })
      .from(leadProfiles)
      .innerJoin(terms, eq(terms.id, leadProfiles.technologyId))
      .where(inArray(leadProfiles.leadId, list))
      .orderBy(asc(leadProfiles.position)),
    db
      .select({ leadId: leadServices.leadId, term: termRef })
      .from(leadServices)
      .innerJoin(terms, eq(terms.id, leadServices.serviceId))
      .where(inArray(leadServices.leadId, list))
      .orderBy(asc(terms.name)),
    db
      .select({ leadId: leadVisibleCoops.leadId, coop: coopRef })
      .from(leadVisibleCoops)
      .innerJoin(coops, eq(coops.id, leadVisibleCoops.coopId))
      .where(inArray(leadVisibleCoops.leadId, list))
      .orderBy(asc(coops.name)),
    db
      .select({ leadId: leadAssignedCoops.leadId, coop: coopRef })
      .from(leadAssignedCoops)
      .innerJoin(coops, eq(coops.id, leadAssignedCoops.coopId))
      .where(inArray(leadAssignedCoops.leadId, list))
      .orderBy(asc(coops.name)),
    db
      .select({ leadId: leads.id, coop: coopRef })
      .from(leads)
      .innerJoin(coops, eq(coops.id, leads.finderCoopId))
      .where(inArray(leads.id, list)),
  ]);
  const [p, s, v, a, f] = [group(profiles), group(services), group(visible), group(assigned), group(finders)];
  const byId = new Map(
    rows.map((r) => {
      const visibleCoops = (v.get(r.id) ?? []).map((x) => x.coop);
      const assignedCoops = (a.get(r.id) ?? []).map((x) => x.coop);
      const record: LeadRecord = {
        ...r,
        status: r.status as LeadStatus,
        finderCoop: f.get(r.id)?.[0]?.coop ?? null,
        profiles: (p.get(r.id) ?? []).map(({ count, technology, minSeniority }) => ({
          count,
          technology,
          minSeniority,
        })),
        services: (s.get(r.id) ?? []).map((x) => x.term),
        visibleCoops,
        assignedCoops,
        visibleCoopIds: visibleCoops.map((c) => c.id),
        assignedCoopIds: assignedCoops.map((c) => c.id),
      };
      return [r.id, record] as const;
    }),
  );
  return list.flatMap((id) => byId.get(id) ?? []);
}

export async function loadLead(db: DbOrTx, id: string): Promise<LeadRecord | undefined> {
  return (await loadLeads(db, [id]))[0];
}

/** Locks the lead's row for the rest of the transaction, so two changes cannot interleave. */
export async function lockLead(tx: DbOrTx, id: string): Promise<void> {
  await tx.execute(sql`select 1 from leads where id = ${id} for update`);
}

/**
 * SQL twin of canSeeLead() in lead.policy.ts, over the alias `l`. The cheap
 * column tests come first: PostgreSQL stops at the first true branch of an
 * OR, so most rows (published to the whole network) never run a subquery.
 */
export function visibleLeadsSql(a: Actor): SQL {
  if (a.kind !== 'user') return sql`false`;
  if (a.networkRole === 'admin') return sql`true`;
  const mine = `{${[...a.coops.keys()].join(',')}}`;
  return sql`((l.published_at is not null and l.visibility = 'network')
    or l.finder_coop_id = any(${mine}::uuid[])
    or l.created_by = ${a.userId}
    or (l.published_at is not null
      and exists (select 1 from lead_visible_coops x where x.lead_id = l.id and x.coop_id = any(${mine}::uuid[])))
    or exists (select 1 from lead_assigned_coops x where x.lead_id = l.id and x.coop_id = any(${mine}::uuid[])))`;
}

/** Replaces a lead's profiles, services, chosen co-ops; `undefined` leaves that list alone. */
export async function replaceLeadLists(
  tx: DbOrTx,
  leadId: string,
  lists: {
    profiles?: Array<{ count: number; technologyId: string; minSeniority: Seniority }>;
    serviceIds?: string[];
    visibleCoopIds?: string[];
  },
): Promise<void> {
  if (lists.profiles) {
    await tx.delete(leadProfiles).where(eq(leadProfiles.leadId, leadId));
    if (lists.profiles.length)
      await tx.insert(leadProfiles).values(lists.profiles.map((p, position) => ({ ...p, leadId, position })));
  }
  if (lists.serviceIds) {
    await tx.delete(leadServices).where(eq(leadServices.leadId, leadId));
    if (lists.serviceIds.length)
      await tx.insert(leadServices).values(lists.serviceIds.map((serviceId) => ({ leadId, serviceId })));
  }
  if (lists.visibleCoopIds) {
    await tx.delete(leadVisibleCoops).where(eq(leadVisibleCoops.leadId, leadId));
    if (lists.visibleCoopIds.length)
      await tx.insert(leadVisibleCoops).values(lists.visibleCoopIds.map((coopId) => ({ leadId, coopId })));
  }
}

export async function setAssignedCoops(
  tx: DbOrTx,
  leadId: string,
  coopIds: readonly string[],
): Promise<void> {
  await tx.delete(leadAssignedCoops).where(eq(leadAssignedCoops.leadId, leadId));
  if (coopIds.length)
    await tx.insert(leadAssignedCoops).values(coopIds.map((coopId) => ({ leadId, coopId })));
}

export type LeadEventInsert = typeof leadEvents.$inferInsert;

export async function recordEvent(tx: DbOrTx, event: LeadEventInsert): Promise<void> {
  await tx.insert(leadEvents).values(event);
}

export async function listEvents(db: DbOrTx, leadId: string) {
  return db
    .select({
      id: leadEvents.id,
      kind: leadEvents.kind,
      actorId: leadEvents.actorId,
      actorName: user.name,
      from: leadEvents.fromStatus,
      to: leadEvents.toStatus,
      note: leadEvents.note,
      fields: leadEvents.fields,
      at: leadEvents.at,
    })
    .from(leadEvents)
    .leftJoin(user, eq(user.id, leadEvents.actorId))
    .where(eq(leadEvents.leadId, leadId))
    .orderBy(asc(leadEvents.id));
}

/** Co-ops by slug; unknown slugs come back in `unknown` as given. */
export async function coopsBySlug(db: DbOrTx, slugs: readonly string[]) {
  const rows = slugs.length
    ? await db
        .select({ id: coops.id, slug: coops.slug })
        .from(coops)
        .where(inArray(coops.slug, [...slugs]))
    : [];
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  return { bySlug, unknown: slugs.filter((s) => !bySlug.has(s)) };
}
