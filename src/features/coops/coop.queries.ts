/** The directory's SQL. Search is one statement: filters, sort, page and each co-op's terms. */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Seniority } from '../../engine/vocabulary.ts';
import { offsetOf } from '../../http/paging.ts';
import { AVAILABLE_SHARE, type CoopAvailability } from './coop.rules.ts';

/** Mirrors coopAvailability() in coop.rules.ts. */
export const availabilitySql = sql`(case
  when c.people_total = 0 then 'unknown'
  when c.people_free::float8 / c.people_total >= ${sql.raw(String(AVAILABLE_SHARE))} then 'available'
  when c.people_free + c.people_could_be_free > 0 then 'partly_available'
  else 'busy' end)`;

export type CoopRow = {
  id: string;
  slug: string;
  name: string;
  description_en: string;
  description_es: string;
  website: string | null;
  country: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  languages: string[];
  year_founded: number | null;
  headcount: number | null;
  stage: 'new' | 'growing' | 'stable';
  need: 'low' | 'medium' | 'high';
  need_note: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  people_total: number;
  people_free: number;
  people_could_be_free: number;
  terms: Array<{ slug: string; name: string; kind: 'technology' | 'service' }>;
};

export interface CoopFilter {
  q?: string;
  technologyIds: string[];
  minSeniority?: Seniority;
  serviceIds: string[];
  language?: string;
  country?: string;
  stage?: string;
  availability?: CoopAvailability;
  sort: 'name' | 'relevance' | 'headcount' | 'availability';
  page: number;
  pageSize: number;
}

const tsQuery = (q: string) =>
  sql`(websearch_to_tsquery('simple', ${q}) || websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('spanish', ${q}))`;

function conditions(f: CoopFilter): SQL[] {
  const where: SQL[] = [];
  if (f.q)
    where.push(sql`(c.search @@ ${tsQuery(f.q)} or c.name ilike ${`%${f.q.replace(/[%_\\]/g, '\\$&')}%`})`);
  // Semi-joins on id sets, so PostgreSQL can hash them once instead of probing per co-op.
  for (const t of f.technologyIds) {
    const skilled = f.minSeniority
      ? sql`select cs.coop_id from coop_skills cs where cs.term_id = ${t} and cs.best >= ${f.minSeniority}::seniority`
      : sql`select cs.coop_id from coop_skills cs where cs.term_id = ${t}`;
    where.push(
      f.minSeniority
        ? sql`c.id in (${skilled})`
        : sql`c.id in (select ct.coop_id from coop_terms ct where ct.term_id = ${t} union ${skilled})`,
    );
  }
  for (const s of f.serviceIds) {
    where.push(sql`c.id in (select ct.coop_id from coop_terms ct where ct.term_id = ${s})`);
  }
  if (f.language) where.push(sql`c.languages @> array[${f.language}]::text[]`);
  if (f.country) where.push(sql`c.country = ${f.country}`);
  if (f.stage) where.push(sql`c.stage = ${f.stage}::coop_stage`);
  if (f.availability) where.push(sql`${availabilitySql} = ${f.availability}`);
  return where;
}

function orderBy(f: CoopFilter): SQL {
  switch (f.sort) {
    case 'relevance':
      return f.q
        ? sql`ts_rank(c.search, ${tsQuery(f.q)}) desc, lower(c.name), c.id`
        : sql`lower(c.name), c.id`;
    case 'headcount':
      return sql`c.headcount desc nulls last, lower(c.name), c.id`;
    case 'availability':
      return sql`(case when c.people_total = 0 then -1 else c.people_free::float8 / c.people_total end) desc, lower(c.name), c.id`;
    default:
      return sql`lower(c.name), c.id`;
  }
}

const termsOf = sql`coalesce((select json_agg(json_build_object('slug', t.slug, 'name', t.name, 'kind', t.kind) order by t.name)
  from coop_terms ct join terms t on t.id = ct.term_id where ct.coop_id = c.id), '[]'::json) as terms`;

const whereOf = (f: CoopFilter) => {
  const where = conditions(f);
  return where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
};

/**
 * The one statement behind a directory search (exported so the benchmark can
 * time it without HTTP). The page is chosen first from ids and sort keys only;
 * the wide columns and each co-op's terms are read for that page alone.
 */
export function searchCoopsQuery(f: CoopFilter): SQL {
  return sql`
    with page as (
      select c.id, count(*) over () as total, row_number() over (order by ${orderBy(f)}) as position
      from coops c ${whereOf(f)}
      order by position
      limit ${f.pageSize} offset ${offsetOf(f)}
    )
    select c.*, ${termsOf}, page.total
    from page join coops c on c.id = page.id
    order by page.position`;
}

export async function searchCoops(db: DbOrTx, f: CoopFilter): Promise<{ rows: CoopRow[]; total: number }> {
  const whereSql = whereOf(f);
  const result = await db.execute<CoopRow & { total: string }>(searchCoopsQuery(f));
  let total = Number(result.rows[0]?.total ?? 0);
  if (result.rows.length === 0 && f.page > 1) {
    const counted = await db.execute<{ n: string }>(sql`select count(*) as n from coops c ${whereSql}`);
    total = Number(counted.rows[0]?.n ?? 0);
  }
  return { rows: result.rows, total };
}

export async function findCoopBySlug(db: DbOrTx, slug: string): Promise<CoopRow | undefined> {
  const r = await db.execute<CoopRow>(sql`select c.*, ${termsOf} from coops c where c.slug = ${slug}`);
  return r.rows[0];
}

export async function coopClientsAndCases(db: DbOrTx, coopId: string) {
  const [clientRows, caseRows] = await Promise.all([
    db.execute<{ slug: string; name: string }>(sql`
      select cl.slug, cl.name from coop_clients cc join clients cl on cl.id = cc.client_id
      where cc.coop_id = ${coopId} order by lower(cl.name)`),
    db.execute<{
      slug: string;
      project_name: string;
      client_name: string;
      coops: Array<{ slug: string; name: string }>;
    }>(sql`
      select cs.slug, cs.project_name, cs.client_name,
        (select json_agg(json_build_object('slug', c2.slug, 'name', c2.name) order by c2.name)
           from case_study_coops x join coops c2 on c2.id = x.coop_id where x.case_study_id = cs.id) as coops
      from case_studies cs join case_study_coops csc on csc.case_study_id = cs.id
      where csc.coop_id = ${coopId} order by cs.project_name`),
  ]);
  return { clients: clientRows.rows, caseStudies: caseRows.rows };
}

/**
 * Recounts a co-op's people by availability and rebuilds its skill summary
 * (coop_skills); call in the same transaction as any change to its people.
 */
export async function refreshAvailabilityCounts(db: DbOrTx, coopId: string): Promise<void> {
  await db.execute(sql`delete from coop_skills where coop_id = ${coopId}`);
  await db.execute(sql`
    insert into coop_skills (coop_id, term_id, best, juniors, semi_seniors, seniors, experts)
    select p.coop_id, ps.term_id, max(ps.seniority),
      count(*) filter (where ps.seniority = 'junior')::int,
      count(*) filter (where ps.seniority = 'semi_senior')::int,
      count(*) filter (where ps.seniority = 'senior')::int,
      count(*) filter (where ps.seniority = 'expert')::int
    from people p join person_skills ps on ps.person_id = p.id
    where p.coop_id = ${coopId}
    group by p.coop_id, ps.term_id`);
  await db.execute(sql`
    update coops c set
      people_total = s.total, people_free = s.free, people_could_be_free = s.could, updated_at = now()
    from (select count(*)::int as total,
                 count(*) filter (where availability = 'free')::int as free,
                 count(*) filter (where availability = 'could_be_free')::int as could
          from people where coop_id = ${coopId}) s
    where c.id = ${coopId}`);
}
