/** Small builders for directory rows, written straight to the database through the real queries. */
import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../src/db/client.ts';
import { coops, coopTerms, people, personSkills } from '../../src/db/schema/directory.ts';
import type { Availability, Seniority } from '../../src/engine/vocabulary.ts';
import { refreshAvailabilityCounts } from '../../src/features/coops/coop.queries.ts';
import { upsertTerm } from '../../src/features/terms/term.queries.ts';

export async function term(db: DbOrTx, kind: 'technology' | 'service', name: string, aliases: string[] = []) {
  return upsertTerm(db, kind, { slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name }, aliases);
}

export async function coop(
  db: DbOrTx,
  o: Partial<typeof coops.$inferInsert> & { technologies?: string[]; services?: string[] } = {},
) {
  const { technologies = [], services = [], ...fields } = o;
  const slug = fields.slug ?? `coop-${randomBytes(3).toString('hex')}`;
  const [row] = await db
    .insert(coops)
    .values({ name: fields.name ?? slug, ...fields, slug })
    .returning();
  for (const t of technologies)
    await db
      .insert(coopTerms)
      .values({ coopId: row!.id, termId: await term(db, 'technology', t) })
      .onConflictDoNothing();
  for (const s of services)
    await db
      .insert(coopTerms)
      .values({ coopId: row!.id, termId: await term(db, 'service', s) })
      .onConflictDoNothing();
  return row!;
}

export async function person(
  db: DbOrTx,
  coopId: string,
  o: {
    name?: string;
    availability?: Availability;
    hoursPerWeek?: number;
    skills?: Array<[string, Seniority]>;
    languages?: string[];
  } = {},
) {
  const [row] = await db
    .insert(people)
    .values({
      coopId,
      name: o.name ?? `Person ${randomBytes(2).toString('hex')}`,
      availability: o.availability ?? 'busy',
      hoursPerWeek: o.hoursPerWeek ?? 0,
      languages: o.languages ?? ['en'],
    })
    .returning();
  for (const [tech, seniority] of o.skills ?? []) {
    await db
      .insert(personSkills)
      .values({ personId: row!.id, termId: await term(db, 'technology', tech), seniority, years: 3 });
  }
  await refreshAvailabilityCounts(db, coopId);
  return row!;
}
