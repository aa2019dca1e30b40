/**
 * The inputs of lead matching, in one statement: every co-op that has at
 * least one of the lead's technologies (from the coop_skills summary, one
 * small row per co-op and technology), with its head count, who is free or
 * could be free and from when, and the languages its profile and people
 * speak. A lead shown to chosen co-ops only considers those co-ops; the
 * finder co-op is never a candidate (it brought the lead).
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { CandidateCoop, LeadToMatch, SkillCounts } from '../../engine/matching/match-lead.ts';
import type { Seniority } from '../../engine/vocabulary.ts';

export interface LeadForMatching extends LeadToMatch {
  id: string;
  finderCoopId: string | null;
  visibility: 'network' | 'chosen';
}

type Row = {
  id: string;
  name: string;
  headcount: number;
  free: number;
  could: string[] | null;
  languages: string[] | null;
  skills: Record<string, [number, number, number, number]> | string;
};

/** The lead's profiles keyed by technology id, as matching reads them. */
export async function leadForMatching(db: DbOrTx, leadId: string): Promise<LeadForMatching | undefined> {
  const r = await db.execute<{
    id: string;
    finder_coop_id: string | null;
    visibility: 'network' | 'chosen';
    languages: string[];
    start_date: string | null;
    profiles: Array<{ technology: string; minSeniority: Seniority; count: number }> | string;
  }>(sql`
    select l.id, l.finder_coop_id, l.visibility, l.languages, l.start_date::text as start_date,
      coalesce((select json_agg(json_build_object('technology', p.technology_id, 'minSeniority', p.min_seniority,
                                                  'count', p.count) order by p.position)
                from lead_profiles p where p.lead_id = l.id), '[]') as profiles
    from leads l where l.id = ${leadId}`);
  const row = r.rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    finderCoopId: row.finder_coop_id,
    visibility: row.visibility,
    languages: row.languages,
    startDate: row.start_date,
    profiles: typeof row.profiles === 'string' ? JSON.parse(row.profiles) : row.profiles,
  };
}

export async function candidateCoops(
  db: DbOrTx,
  lead: LeadForMatching,
): Promise<Array<CandidateCoop & { name: string }>> {
  const techs = [...new Set(lead.profiles.map((p) => p.technology))];
  if (techs.length === 0) return [];
  const chosenOnly =
    lead.visibility === 'chosen'
      ? sql`and cs.coop_id in (select v.coop_id from lead_visible_coops v where v.lead_id = ${lead.id})`
      : sql``;
  const r = await db.execute<Row>(sql`
    with cand as (
      select cs.coop_id,
        json_object_agg(cs.term_id, json_build_array(cs.juniors, cs.semi_seniors, cs.seniors, cs.experts)) as skills
      from coop_skills cs
      where cs.term_id = any(${`{${techs.join(',')}}`}::uuid[])
        and cs.coop_id is distinct from ${lead.finderCoopId}::uuid
        ${chosenOnly}
      group by cs.coop_id
    )
    select c.id, c.name, c.people_total as headcount, cand.skills,
      a.free, a.could,
      (select array_agg(distinct x) from (
         select unnest(c.languages) as x
         union select unnest(p.languages) from people p where p.coop_id = c.id) langs) as languages
    from cand
    join coops c on c.id = cand.coop_id
    cross join lateral (
      select count(*) filter (where p.availability = 'free')::int as free,
        array_agg(coalesce(p.free_from::text, '')) filter (where p.availability = 'could_be_free') as could
      from people p where p.coop_id = c.id) a`);
  return r.rows.map((row) => {
    const skills = typeof row.skills === 'string' ? JSON.parse(row.skills) : row.skills;
    return {
      id: row.id,
      name: row.name,
      headcount: row.headcount,
      free: row.free,
      couldBeFree: (row.could ?? []).map((d) => d || null),
      languages: row.languages ?? [],
      skills: new Map(
        Object.entries(skills as Record<string, [number, number, number, number]>).map(
          ([t, [j, ss, s, e]]) => [
            t,
            { junior: j, semi_senior: ss, senior: s, expert: e } satisfies SkillCounts,
          ],
        ),
      ),
    };
  });
}
