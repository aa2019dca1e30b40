/** Directory use cases: search, read, edit. Authorization first, then rules, then SQL. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { coops, coopTerms } from '../../db/schema/directory.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { type FieldError, invalid, notFound } from '../../http/problem.ts';
import { resolveTerms } from '../terms/term.queries.ts';
import { canEditCoop, canSeeMembersOnly } from './coop.policy.ts';
import { presentCoopDetail, presentCoopSummary } from './coop.present.ts';
import { coopClientsAndCases, findCoopBySlug, searchCoops } from './coop.queries.ts';
import type { CoopSearch, CoopUpdateInput } from './coop.schemas.ts';

async function resolveOrFail(
  db: Db,
  kind: 'technology' | 'service',
  where: 'query' | 'body',
  field: string,
  spellings: string[],
) {
  const { ids, unknown } = await resolveTerms(db, kind, spellings);
  if (unknown.length) {
    const errors: FieldError[] = unknown.map((u) => ({
      pointer: `#/${where}/${field}`,
      field,
      detail: `Unknown ${kind} "${u}".`,
    }));
    throw invalid(errors);
  }
  return ids;
}

export async function searchDirectory(db: Db, actor: Actor, q: CoopSearch) {
  if (q.availability || q.minSeniority) {
    authorize(
      actor,
      canSeeMembersOnly(actor),
      'Availability and seniority are shared with the network’s members only.',
    );
  }
  const technologyIds = q.technology?.length
    ? await resolveOrFail(db, 'technology', 'query', 'technology', q.technology)
    : [];
  const serviceIds = q.service?.length
    ? await resolveOrFail(db, 'service', 'query', 'service', q.service)
    : [];
  const { rows, total } = await searchCoops(db, { ...q, technologyIds, serviceIds });
  return { items: rows.map((r) => presentCoopSummary(r, actor)), page: q.page, pageSize: q.pageSize, total };
}

export async function getCoop(db: Db, actor: Actor, slug: string) {
  const row = await findCoopBySlug(db, slug);
  if (!row) throw notFound(`Co-op "${slug}"`);
  return presentCoopDetail(row, await coopClientsAndCases(db, row.id), actor);
}

export async function updateCoop(db: Db, actor: Actor, slug: string, input: CoopUpdateInput) {
  const existing = await findCoopBySlug(db, slug);
  if (!existing) throw notFound(`Co-op "${slug}"`);
  authorize(actor, canEditCoop(actor, existing.id), 'Only this co-op’s admins can edit it.');
  const technologyIds = input.technologies
    ? await resolveOrFail(db, 'technology', 'body', 'technologies', input.technologies)
    : undefined;
  const serviceIds = input.services
    ? await resolveOrFail(db, 'service', 'body', 'services', input.services)
    : undefined;
  await db.transaction(async (tx) => {
    const set: Partial<typeof coops.$inferInsert> = { updatedAt: new Date() };
    if (input.name !== undefined) set.name = input.name;
    if (input.description?.en !== undefined) set.descriptionEn = input.description.en;
    if (input.description?.es !== undefined) set.descriptionEs = input.description.es;
    if (input.website !== undefined) set.website = input.website;
    if (input.country !== undefined) set.country = input.country;
    if (input.city !== undefined) set.city = input.city;
    if (input.location !== undefined) {
      set.latitude = input.location?.latitude ?? null;
      set.longitude = input.location?.longitude ?? null;
    }
    if (input.languages !== undefined) set.languages = input.languages;
    if (input.yearFounded !== undefined) set.yearFounded = input.yearFounded;
    if (input.headcount !== undefined) set.headcount = input.headcount;
    if (input.stage !== undefined) set.stage = input.stage;
    if (input.need !== undefined) set.need = input.need;
    if (input.needNote !== undefined) set.needNote = input.needNote;
    if (input.contact?.email !== undefined) set.email = input.contact.email;
    if (input.contact?.phone !== undefined) set.phone = input.contact.phone;
    if (input.contact?.address !== undefined) set.address = input.contact.address;
    await tx.update(coops).set(set).where(eq(coops.id, existing.id));
    for (const [kind, ids] of [
      ['technology', technologyIds],
      ['service', serviceIds],
    ] as const) {
      if (!ids) continue;
      await tx.execute(sql`delete from coop_terms ct using terms t
        where ct.term_id = t.id and ct.coop_id = ${existing.id} and t.kind = ${kind}::term_kind`);
      if (ids.length)
        await tx.insert(coopTerms).values(ids.map((termId) => ({ coopId: existing.id, termId })));
    }
  });
  return getCoop(db, actor, slug);
}
