/** Writing a co-op's people: matched by key, replaced only when the document lists them. */
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { people, personSkills } from '../../db/schema/directory.ts';
import type { PersonRecord } from './directory.document.ts';
import { chunks, same, type WriteCounts } from './write.support.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A person's id from their key: the key itself when it is a UUID (an export), else a name-based UUID within the co-op. */
export function personId(coopSlug: string, key: string): string {
  if (UUID.test(key)) return key.toLowerCase();
  const h = createHash('sha1').update(`minga-person\n${coopSlug}\n${key}`).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Makes the co-op's people exactly `incoming`; true when anything changed. */
export async function writePeople(
  tx: Tx,
  coopId: string,
  incoming: PersonRecord[],
  current: PersonRecord[],
  skillTerm: (slug: string) => string,
  counts: WriteCounts['people'],
): Promise<boolean> {
  const before = new Map(current.map((p) => [p.key, p]));
  const keep = new Set(incoming.map((p) => p.key));
  const gone = current.filter((p) => !keep.has(p.key)).map((p) => p.key);
  if (gone.length) await tx.delete(people).where(and(eq(people.coopId, coopId), inArray(people.id, gone)));
  counts.removed += gone.length;
  const changed = gone.length > 0;
  const changedPeople = incoming.filter((p) => {
    const old = before.get(p.key);
    if (old && same(old, p)) counts.unchanged++;
    else counts[old ? 'updated' : 'created']++;
    return !old || !same(old, p);
  });
  if (!changedPeople.length) return changed;
  // One statement each for the people, their old skills and their new ones, whatever the co-op's size.
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await tx
    .insert(people)
    .values(
      changedPeople.map((p) => ({
        id: p.key,
        coopId,
        name: p.name,
        languages: p.languages,
        availability: p.availability,
        hoursPerWeek: p.hoursPerWeek,
        freeFrom: p.freeFrom,
      })),
    )
    .onConflictDoUpdate({
      target: people.id,
      set: {
        coopId: excluded('coop_id'),
        name: excluded('name'),
        languages: excluded('languages'),
        availability: excluded('availability'),
        hoursPerWeek: excluded('hours_per_week'),
        freeFrom: excluded('free_from'),
        updatedAt: sql`now()`,
      },
    });
  const ids = changedPeople.map((p) => p.key);
  await tx.delete(personSkills).where(inArray(personSkills.personId, ids));
  const skills = changedPeople.flatMap((p) =>
    p.skills.map((s) => ({
      personId: p.key,
      termId: skillTerm(s.technology),
      seniority: s.seniority,
      years: s.years,
    })),
  );
  for (const batch of chunks(skills)) await tx.insert(personSkills).values(batch);
  return true;
}
