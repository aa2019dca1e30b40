/**
 * Lead search: full text in English and Spanish over title, description and
 * tags (the generated search_en / search_es columns, which never include the
 * client), filters, and the reader's visibility — all in one statement.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { offsetOf } from '../../http/paging.ts';
import { invalid } from '../../http/problem.ts';
import { resolveTerms } from '../terms/term.queries.ts';
import { canTriage } from './lead.policy.ts';
import { presentLeadSummary } from './lead.present.ts';
import { coopsBySlug, loadLeads, visibleLeadsSql } from './lead.queries.ts';
import type { LeadSearch } from './lead.search.schemas.ts';

const query = (config: 'english' | 'spanish', q: string) =>
  sql`websearch_to_tsquery(${config}::regconfig, ${q})`;

function textMatch(q: string, lang: 'en' | 'es' | undefined): { where: SQL; rank: SQL } {
  const en = {
    where: sql`l.search_en @@ ${query('english', q)}`,
    rank: sql`ts_rank(l.search_en, ${query('english', q)})`,
  };
  const es = {
    where: sql`l.search_es @@ ${query('spanish', q)}`,
    rank: sql`ts_rank(l.search_es, ${query('spanish', q)})`,
  };
  if (lang === 'en') return en;
  if (lang === 'es') return es;
  return { where: sql`(${en.where} or ${es.where})`, rank: sql`greatest(${en.rank}, ${es.rank})` };
}

/** `onlyLeadIds` narrows the search to these leads (saved searches test a newly published lead). */
export async function searchLeads(db: Db, actor: Actor, s: LeadSearch, onlyLeadIds?: readonly string[]) {
  authorize(actor, actor.kind === 'user', 'Leads are shared with the network’s members.');
  const where: SQL[] = [visibleLeadsSql(actor)];
  if (onlyLeadIds) where.push(sql`l.id = any(${`{${onlyLeadIds.join(',')}}`}::uuid[])`);
  if (s.technology?.length) {
    const { bySpelling, unknown } = await resolveTerms(db, 'technology', s.technology);
    if (unknown.length)
      throw invalid(
        unknown.map((u) => ({
          pointer: '#/query/technology',
          field: 'technology',
          detail: `Unknown technology "${u}".`,
        })),
      );
    for (const id of new Set(bySpelling.values()))
      where.push(
        sql`exists (select 1 from lead_profiles p where p.lead_id = l.id and p.technology_id = ${id})`,
      );
  }
  if (s.finder) {
    const { bySlug } = await coopsBySlug(db, [s.finder]);
    const id = bySlug.get(s.finder);
    if (!id)
      throw invalid([{ pointer: '#/query/finder', field: 'finder', detail: `Unknown co-op "${s.finder}".` }]);
    where.push(sql`l.finder_coop_id = ${id}`);
  }
  if (s.status?.length) where.push(sql`l.status::text = any(${`{${s.status.join(',')}}`}::text[])`);
  if (s.scope) where.push(sql`l.scope = ${s.scope}::lead_scope`);
  if (s.deadlineBefore) where.push(sql`l.interest_deadline < ${s.deadlineBefore}::timestamptz`);
  if (s.deadlineAfter) where.push(sql`l.interest_deadline > ${s.deadlineAfter}::timestamptz`);
  const text = s.q ? textMatch(s.q, s.lang) : undefined;
  if (text) where.push(text.where);
  const sort = s.sort ?? (text ? 'relevance' : 'newest');
  const order =
    sort === 'relevance' && text
      ? sql`${text.rank} desc, coalesce(l.published_at, l.created_at) desc, l.id`
      : sort === 'deadline'
        ? sql`l.interest_deadline asc nulls last, l.id`
        : sort === 'oldest'
          ? sql`l.created_at asc, l.id`
          : sql`coalesce(l.published_at, l.created_at) desc, l.id`;
  const whereSql = sql.join(where, sql` and `);
  // The page and the count as two statements: the page can then stop early along an
  // index in sort order, and the count touches no sort at all.
  const [r, counted] = await Promise.all([
    db.execute<{ id: string }>(sql`
      select l.id from leads l where ${whereSql} order by ${order} limit ${s.pageSize} offset ${offsetOf(s)}`),
    db.execute<{ n: string }>(sql`select count(*) as n from leads l where ${whereSql}`),
  ]);
  const total = Number(counted.rows[0]?.n ?? 0);
  const items = await loadLeads(
    db,
    r.rows.map((x) => x.id),
  );
  return { items: items.map((l) => presentLeadSummary(l, actor)), page: s.page, pageSize: s.pageSize, total };
}

/** The facilitators' queue: leads waiting in triage, oldest first. */
export async function triageQueue(db: Db, actor: Actor, paging: { page: number; pageSize: number }) {
  authorize(actor, canTriage(actor), 'The triage queue is for network admins.');
  return searchLeads(db, actor, { ...paging, status: ['in_triage'], sort: 'oldest' });
}
