import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../http/context.ts';
import { canEditAvailability, canEditPerson } from './person.policy.ts';
import type { PersonRow } from './person.queries.ts';
import type { Person } from './person.schemas.ts';

export function presentPerson(row: PersonRow, actor: Actor): z.infer<typeof Person> {
  const ref = { id: row.id, coopId: row.coop_id };
  return {
    id: row.id,
    coop: { slug: row.coop_slug, name: row.coop_name },
    name: row.name,
    languages: row.languages,
    availability: row.availability,
    hoursPerWeek: row.hours_per_week,
    freeFrom: row.free_from,
    skills: row.skills.map((s) => ({
      technology: { slug: s.slug, name: s.name },
      seniority: s.seniority,
      years: s.years,
    })),
    isMe: actor.kind === 'user' && actor.personId === row.id,
    can: { edit: canEditPerson(actor, ref), editAvailability: canEditAvailability(actor, ref) },
  };
}
