/**
 * The directory as a Minga directory document, in one canonical order (by
 * slug; people by name), so two exports of the same data are byte-identical
 * and the importer can compare a co-op with what it already holds.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { keysOf } from '../terms/term.rules.ts';
import {
  type CaseStudyRecord,
  type ClientRecord,
  type CoopRecord,
  type DirectoryDocument,
  emptyDocument,
  type TermRecord,
} from './directory.document.ts';

type CoopExportRow = {
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
  stage: CoopRecord['stage'];
  need: CoopRecord['need'];
  need_note: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  technologies: string[];
  services: string[];
  clients: string[];
  people: NonNullable<CoopRecord['people']>;
};

export async function exportTerms(db: DbOrTx, kind: 'technology' | 'service'): Promise<TermRecord[]> {
  const r = await db.execute<{ slug: string; name: string; keys: string[] }>(sql`
    select t.slug, t.name,
      coalesce((select array_agg(a.key order by a.key) from term_aliases a where a.term_id = t.id), '{}') as keys
    from terms t where t.kind = ${kind}::term_kind order by t.slug`);
  return r.rows.map((t) => {
    // Slug and name are keys of their own; the rest are the aliases.
    const own = new Set(keysOf(t));
    return { slug: t.slug, name: t.name, aliases: t.keys.filter((k) => !own.has(k)) };
  });
}

export async function exportClients(db: DbOrTx): Promise<ClientRecord[]> {
  const r = await db.execute<ClientRecord>(sql`select slug, name from clients order by slug`);
  return r.rows.map((c) => ({ slug: c.slug, name: c.name }));
}

/** Co-ops in canonical form, all of them or those with the given slugs. */
export async function exportCoops(db: DbOrTx, slugs?: readonly string[]): Promise<CoopRecord[]> {
  if (slugs && slugs.length === 0) return [];
  const filter = slugs ? sql`where c.slug = any(${sql.param(slugs)}::text[])` : sql``;
  const terms = (kind: string) => sql`coalesce((select array_agg(t.slug order by t.slug) from coop_terms ct
      join terms t on t.id = ct.term_id where ct.coop_id = c.id and t.kind = ${kind}::term_kind), '{}')`;
  const r = await db.execute<CoopExportRow>(sql`
    select c.slug, c.name, c.description_en, c.description_es, c.website, c.country, c.city,
      c.latitude, c.longitude, c.languages, c.year_founded, c.headcount, c.stage, c.need, c.need_note,
      c.email, c.phone, c.address,
      ${terms('technology')} as technologies, ${terms('service')} as services,
      coalesce((select array_agg(cl.slug order by cl.slug) from coop_clients cc
        join clients cl on cl.id = cc.client_id where cc.coop_id = c.id), '{}') as clients,
      coalesce((select json_agg(json_build_object(
          'key', p.id, 'name', p.name, 'languages', p.languages, 'availability', p.availability,
          'hoursPerWeek', p.hours_per_week, 'freeFrom', to_char(p.free_from, 'YYYY-MM-DD'),
          'skills', coalesce((select json_agg(json_build_object('technology', t.slug, 'seniority', ps.seniority,
              'years', ps.years) order by t.slug)
            from person_skills ps join terms t on t.id = ps.term_id where ps.person_id = p.id), '[]'::json))
        order by lower(p.name), p.id) from people p where p.coop_id = c.id), '[]'::json) as people
    from coops c ${filter} order by c.slug`);
  return r.rows.map((c) => ({
    slug: c.slug,
    name: c.name,
    description: { en: c.description_en, es: c.description_es },
    website: c.website,
    country: c.country,
    city: c.city,
    location:
      c.latitude !== null && c.longitude !== null ? { latitude: c.latitude, longitude: c.longitude } : null,
    languages: c.languages,
    yearFounded: c.year_founded,
    headcount: c.headcount,
    stage: c.stage,
    need: c.need,
    needNote: c.need_note,
    contact: { email: c.email, phone: c.phone, address: c.address },
    technologies: c.technologies,
    services: c.services,
    clients: c.clients,
    people: c.people,
  }));
}

export async function exportCaseStudies(db: DbOrTx): Promise<CaseStudyRecord[]> {
  const r = await db.execute<CaseStudyRecord & { client_name: string; project_name: string }>(sql`
    select s.slug, s.client_name, s.project_name, s.services, s.links,
      coalesce((select array_agg(c.slug order by c.slug) from case_study_coops sc
        join coops c on c.id = sc.coop_id where sc.case_study_id = s.id), '{}') as coops
    from case_studies s order by s.slug`);
  return r.rows.map((s) => ({
    slug: s.slug,
    clientName: s.client_name,
    projectName: s.project_name,
    services: s.services,
    links: s.links,
    coops: s.coops,
  }));
}

export async function exportDirectory(db: DbOrTx, source?: string): Promise<DirectoryDocument> {
  return {
    ...emptyDocument(source),
    technologies: await exportTerms(db, 'technology'),
    services: await exportTerms(db, 'service'),
    clients: await exportClients(db),
    coops: await exportCoops(db),
    caseStudies: await exportCaseStudies(db),
  };
}
