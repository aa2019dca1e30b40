/** People use cases. Every change to a person recounts the co-op's availability in the same transaction. */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { people, personSkills } from '../../db/schema/directory.ts';
import { seniorityRank } from '../../engine/vocabulary.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { invalid, notFound } from '../../http/problem.ts';
import { findCoopBySlug, refreshAvailabilityCounts } from '../coops/coop.queries.ts';
import { resolveTerms } from '../terms/term.queries.ts';
import { canEditAvailability, canEditPerson, canSeePeople } from './person.policy.ts';
import { presentPerson } from './person.present.ts';
import { findPerson, peopleOfCoop } from './person.queries.ts';
import type { PersonCreateInput, PersonUpdateInput } from './person.schemas.ts';

const MEMBERS_ONLY = 'People are shared with the network’s members only.';

async function skillRows(db: Db, skills: NonNullable<PersonCreateInput['skills']>) {
  const { unknown, bySpelling } = await resolveTerms(
    db,
    'technology',
    skills.map((s) => s.technology),
  );
  if (unknown.length) {
    throw invalid(
      skills.flatMap((s, i) =>
        unknown.includes(s.technology)
          ? [
              {
                pointer: `#/body/skills/${i}/technology`,
                field: `skills.${i}.technology`,
                detail: `Unknown technology "${s.technology}".`,
              },
            ]
          : [],
      ),
    );
  }
  const resolved = skills.map((s) => ({ ...s, termId: bySpelling.get(s.technology)! }));
  // Two spellings of one technology keep the higher seniority.
  const byTerm = new Map<string, (typeof resolved)[number]>();
  for (const s of resolved) {
    const prev = byTerm.get(s.termId);
    if (!prev || seniorityRank(prev.seniority) < seniorityRank(s.seniority)) byTerm.set(s.termId, s);
  }
  return [...byTerm.values()];
}

async function replaceSkills(tx: Tx, personId: string, rows: Awaited<ReturnType<typeof skillRows>>) {
  await tx.delete(personSkills).where(eq(personSkills.personId, personId));
  if (rows.length) {
    await tx
      .insert(personSkills)
      .values(rows.map((s) => ({ personId, termId: s.termId, seniority: s.seniority, years: s.years })));
  }
}

export async function listPeople(db: Db, actor: Actor, coopSlug: string) {
  authorize(actor, canSeePeople(actor), MEMBERS_ONLY);
  const coop = await findCoopBySlug(db, coopSlug);
  if (!coop) throw notFound(`Co-op "${coopSlug}"`);
  return { items: (await peopleOfCoop(db, coop.id)).map((p) => presentPerson(p, actor)) };
}

export async function getPerson(db: Db, actor: Actor, id: string) {
  authorize(actor, canSeePeople(actor), MEMBERS_ONLY);
  const row = await findPerson(db, id);
  if (!row) throw notFound('That person');
  return presentPerson(row, actor);
}

export async function addPerson(db: Db, actor: Actor, coopSlug: string, input: PersonCreateInput) {
  const coop = await findCoopBySlug(db, coopSlug);
  if (!coop) throw notFound(`Co-op "${coopSlug}"`);
  authorize(
    actor,
    canEditPerson(actor, { coopId: coop.id }),
    'Only this co-op’s admins can add people to it.',
  );
  const skills = await skillRows(db, input.skills);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(people)
      .values({
        coopId: coop.id,
        name: input.name,
        languages: input.languages,
        availability: input.availability,
        hoursPerWeek: input.hoursPerWeek,
        freeFrom: input.freeFrom,
      })
      .returning({ id: people.id });
    await replaceSkills(tx, row!.id, skills);
    await refreshAvailabilityCounts(tx, coop.id);
    return row!.id;
  });
  return getPerson(db, actor, id);
}

export async function updatePerson(db: Db, actor: Actor, id: string, input: PersonUpdateInput) {
  const existing = await findPerson(db, id);
  if (!existing) throw notFound('That person');
  authorize(
    actor,
    canEditPerson(actor, { coopId: existing.coop_id }),
    'Only this co-op’s admins can edit its people.',
  );
  const skills = input.skills ? await skillRows(db, input.skills) : undefined;
  await db.transaction(async (tx) => {
    const { skills: _ignored, ...fields } = input;
    if (Object.keys(fields).length)
      await tx
        .update(people)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(people.id, id));
    if (skills) await replaceSkills(tx, id, skills);
    await refreshAvailabilityCounts(tx, existing.coop_id);
  });
  return getPerson(db, actor, id);
}

export async function setAvailability(
  db: Db,
  actor: Actor,
  id: string,
  input: { availability: 'busy' | 'free' | 'could_be_free'; hoursPerWeek: number; freeFrom: string | null },
) {
  const existing = await findPerson(db, id);
  if (!existing) throw notFound('That person');
  authorize(
    actor,
    canEditAvailability(actor, { id, coopId: existing.coop_id }),
    'Only the person themself or their co-op’s admins can change this availability.',
  );
  await db.transaction(async (tx) => {
    await tx
      .update(people)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(people.id, id));
    await refreshAvailabilityCounts(tx, existing.coop_id);
  });
  return getPerson(db, actor, id);
}

export async function removePerson(db: Db, actor: Actor, id: string) {
  const existing = await findPerson(db, id);
  if (!existing) throw notFound('That person');
  authorize(
    actor,
    canEditPerson(actor, { coopId: existing.coop_id }),
    'Only this co-op’s admins can remove its people.',
  );
  await db.transaction(async (tx) => {
    await tx.delete(people).where(eq(people.id, id));
    await refreshAvailabilityCounts(tx, existing.coop_id);
  });
}
