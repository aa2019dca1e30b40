import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

export type PersonRow = {
  id: string;
  coop_id: string;
  coop_slug: string;
  coop_name: string;
  user_id: string | null;
  name: string;
  languages: string[];
  availability: 'busy' | 'free' | 'could_be_free';
  hours_per_week: number;
  free_from: string | null;
  skills: Array<{
    slug: string;
    name: string;
    seniority: 'junior' | 'semi_senior' | 'senior' | 'expert';
    years: number;
  }>;
};

const select = sql`select p.id, p.coop_id, c.slug as coop_slug, c.name as coop_name, p.user_id, p.name, p.languages,
    p.availability, p.hours_per_week, to_char(p.free_from, 'YYYY-MM-DD') as free_from,
    coalesce((select json_agg(json_build_object('slug', t.slug, 'name', t.name, 'seniority', ps.seniority, 'years', ps.years)
              order by t.name) from person_skills ps join terms t on t.id = ps.term_id where ps.person_id = p.id), '[]'::json) as skills
  from people p join coops c on c.id = p.coop_id`;

export async function peopleOfCoop(db: DbOrTx, coopId: string): Promise<PersonRow[]> {
  return (
    await db.execute<PersonRow>(sql`${select} where p.coop_id = ${coopId} order by lower(p.name), p.id`)
  ).rows;
}

export async function findPerson(db: DbOrTx, id: string): Promise<PersonRow | undefined> {
  return (await db.execute<PersonRow>(sql`${select} where p.id = ${id}`)).rows[0];
}
