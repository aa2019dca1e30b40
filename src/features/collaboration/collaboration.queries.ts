/**
 * Where the collaboration graph comes from: case studies (public), delivered
 * teams and delivered leads with several assigned co-ops (members only, with
 * titles only where the reader may see the lead), and feedback ratings.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { visibleLeadsSql } from '../leads/lead.queries.ts';
import type { JointWork } from './collaboration.rules.ts';

const ids = (v: unknown): string[] =>
  Array.isArray(v)
    ? (v as string[])
    : typeof v === 'string'
      ? v.replace(/[{}]/g, '').split(',').filter(Boolean)
      : [];
const isoDate = (v: unknown): string | null =>
  v === null || v === undefined ? null : (v instanceof Date ? v.toISOString() : String(v)).slice(0, 10);

/** Restricts a query to works touching one co-op, when asked. */
const touching = (coopId: string | undefined, list: SQL): SQL =>
  coopId ? sql`and ${coopId}::uuid = any(${list})` : sql``;

export async function caseStudyWorks(db: DbOrTx, coopId?: string): Promise<JointWork[]> {
  const r = await db.execute<{ id: string; label: string; coop_ids: unknown }>(sql`
    select cs.id, cs.project_name || ' (' || cs.client_name || ')' as label,
      array_agg(x.coop_id order by x.coop_id) as coop_ids
    from case_studies cs join case_study_coops x on x.case_study_id = cs.id
    group by cs.id
    having count(*) > 1 ${coopId ? sql`and ${coopId}::uuid = any(array_agg(x.coop_id))` : sql``}`);
  return r.rows.map((w) => ({
    kind: 'case_study',
    id: w.id,
    label: w.label,
    date: null,
    coopIds: ids(w.coop_ids),
  }));
}

/** Delivered teams; the name shows when the reader may see the team (its lead, or no lead at all). */
export async function teamWorks(db: DbOrTx, actor: Actor, coopId?: string): Promise<JointWork[]> {
  const mine = actor.kind === 'user' ? `{${[...actor.coops.keys()].join(',')}}` : '{}';
  const r = await db.execute<{
    id: string;
    name: string;
    lead_id: string | null;
    at: unknown;
    coop_ids: unknown;
    visible: boolean;
  }>(sql`
    select t.id, t.name, t.lead_id, t.updated_at as at, m.coop_ids,
      (t.lead_id is null or m.coop_ids && ${mine}::uuid[]
        or exists (select 1 from leads l where l.id = t.lead_id and ${visibleLeadsSql(actor)})) as visible
    from teams t
    join lateral (select array_agg(coop_id order by coop_id) as coop_ids from team_members where team_id = t.id) m on true
    where t.status = 'delivered' and cardinality(m.coop_ids) > 1 ${touching(coopId, sql`m.coop_ids`)}`);
  return r.rows.map((w) => ({
    kind: 'team',
    id: w.id,
    label: w.visible ? w.name : null,
    date: isoDate(w.at),
    coopIds: ids(w.coop_ids),
    leadId: w.lead_id,
  }));
}

/** Delivered leads assigned to two or more co-ops; the title shows where the reader may see the lead. */
export async function leadWorks(db: DbOrTx, actor: Actor, coopId?: string): Promise<JointWork[]> {
  const r = await db.execute<{
    id: string;
    title: string;
    at: unknown;
    coop_ids: unknown;
    visible: boolean;
  }>(sql`
    select l.id, l.title, a.coop_ids, ${visibleLeadsSql(actor)} as visible,
      coalesce((select max(e.at) from lead_events e where e.lead_id = l.id and e.to_status = 'delivered'), l.updated_at) as at
    from leads l
    join lateral (select array_agg(coop_id order by coop_id) as coop_ids from lead_assigned_coops where lead_id = l.id) a on true
    where l.status = 'delivered' and cardinality(a.coop_ids) > 1 ${touching(coopId, sql`a.coop_ids`)}`);
  return r.rows.map((w) => ({
    kind: 'lead',
    id: w.id,
    label: w.visible ? w.title : null,
    date: isoDate(w.at),
    coopIds: ids(w.coop_ids),
  }));
}

/** Ratings between pairs of co-ops (both directions), keyed by pair. */
export async function pairRatings(db: DbOrTx): Promise<Array<{ a: string; b: string; rating: number }>> {
  const r = await db.execute<{ from_coop_id: string; to_coop_id: string; rating: number }>(
    sql`select from_coop_id, to_coop_id, rating from collaboration_feedback`,
  );
  return r.rows.map((x) => ({ a: x.from_coop_id, b: x.to_coop_id, rating: Number(x.rating) }));
}

export interface CoopNode {
  id: string;
  slug: string;
  name: string;
  stage: 'new' | 'growing' | 'stable';
  size: number;
}

export async function coopNodes(db: DbOrTx, coopIds: readonly string[]): Promise<CoopNode[]> {
  if (coopIds.length === 0) return [];
  const r = await db.execute<{
    id: string;
    slug: string;
    name: string;
    stage: CoopNode['stage'];
    size: number;
  }>(sql`
    select id, slug, name, stage, coalesce(headcount, people_total, 0) as size
    from coops where id = any(${`{${coopIds.join(',')}}`}::uuid[]) order by name`);
  return r.rows.map((c) => ({ ...c, size: Number(c.size) }));
}

export async function coopIdBySlug(db: DbOrTx, slug: string) {
  const r = await db.execute<{ id: string; name: string }>(
    sql`select id, name from coops where slug = ${slug}`,
  );
  return r.rows[0] ?? null;
}
