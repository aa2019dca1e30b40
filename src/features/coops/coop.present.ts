/** Turns directory rows into API responses, hiding members-only fields from anonymous readers. */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../http/context.ts';
import { canEditCoop, canManagePeople, canSeeMembersOnly } from './coop.policy.ts';
import type { CoopRow, coopClientsAndCases } from './coop.queries.ts';
import { coopAvailability } from './coop.rules.ts';
import type { CoopDetail, CoopSummary } from './coop.schemas.ts';

const refs = (row: CoopRow, kind: 'technology' | 'service') =>
  row.terms.filter((t) => t.kind === kind).map(({ slug, name }) => ({ slug, name }));

export function presentCoopSummary(row: CoopRow, actor: Actor): z.infer<typeof CoopSummary> {
  const members = canSeeMembersOnly(actor);
  const counts = { total: row.people_total, free: row.people_free, couldBeFree: row.people_could_be_free };
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: { en: row.description_en, es: row.description_es },
    website: row.website,
    country: row.country,
    city: row.city,
    languages: row.languages,
    headcount: row.headcount,
    stage: row.stage,
    technologies: refs(row, 'technology'),
    services: refs(row, 'service'),
    availability: members ? { ...coopAvailability(counts), people: counts } : null,
    need: members ? row.need : null,
  };
}

export function presentCoopDetail(
  row: CoopRow,
  extra: Awaited<ReturnType<typeof coopClientsAndCases>>,
  actor: Actor,
): z.infer<typeof CoopDetail> {
  const members = canSeeMembersOnly(actor);
  return {
    ...presentCoopSummary(row, actor),
    yearFounded: row.year_founded,
    location:
      row.latitude != null && row.longitude != null
        ? { latitude: row.latitude, longitude: row.longitude }
        : null,
    needNote: members ? row.need_note : null,
    clients: extra.clients,
    caseStudies: extra.caseStudies.map((cs) => ({
      slug: cs.slug,
      projectName: cs.project_name,
      clientName: cs.client_name,
      coops: cs.coops ?? [],
    })),
    contact: members ? { email: row.email, phone: row.phone, address: row.address } : null,
    can: { edit: canEditCoop(actor, row.id), managePeople: canManagePeople(actor, row.id) },
  };
}
