/**
 * Interests: a co-op says it wants the work, with availability, capacity and
 * need. One current interest per co-op per lead; changed or withdrawn until
 * the deadline. Everyone who can see the lead sees who is interested.
 */

import type { z } from '@hono/zod-openapi';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { coops, people } from '../../db/schema/directory.ts';
import { leadInterests, leadOutbox } from '../../db/schema/leads.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict, invalid, notFound } from '../../http/problem.ts';
import type { Interest, InterestRequest } from './interest.schemas.ts';
import { canActForCoop } from './lead.policy.ts';
import { lockLead } from './lead.queries.ts';
import { interestsOpen } from './lead.rules.ts';
import { visibleLead } from './lead.service.ts';

async function listInterestRows(db: Db, leadId: string, coopId?: string) {
  const where = coopId
    ? and(eq(leadInterests.leadId, leadId), eq(leadInterests.coopId, coopId))
    : eq(leadInterests.leadId, leadId);
  const rows = await db
    .select({ i: leadInterests, coop: { id: coops.id, slug: coops.slug, name: coops.name } })
    .from(leadInterests)
    .innerJoin(coops, eq(coops.id, leadInterests.coopId))
    .where(where)
    .orderBy(asc(leadInterests.createdAt));
  const ids = [...new Set(rows.flatMap((r) => r.i.proposedPeople))];
  const names = ids.length
    ? new Map(
        (
          await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids))
        ).map((p) => [p.id, p.name]),
      )
    : new Map<string, string>();
  return rows.map(
    ({ i, coop }): z.infer<typeof Interest> => ({
      id: i.id,
      coop,
      availableFrom: i.availableFrom,
      hoursPerWeek: i.hoursPerWeek,
      capacityPersonDays: i.capacityPersonDays,
      need: i.need,
      needNote: i.needNote,
      fit: i.fit,
      role: i.role,
      proposedPeople: i.proposedPeople.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : [])),
      status: i.withdrawnAt ? 'withdrawn' : 'active',
      createdAt: i.createdAt.toISOString(),
      updatedAt: i.updatedAt.toISOString(),
    }),
  );
}

export async function listInterests(db: Db, actor: Actor, leadId: string) {
  await visibleLead(db, actor, leadId);
  return { items: await listInterestRows(db, leadId) };
}

async function coopFor(db: Db, actor: Actor, slug: string) {
  const [coop] = await db.select({ id: coops.id }).from(coops).where(eq(coops.slug, slug));
  if (!coop) throw notFound(`Co-op "${slug}"`);
  authorize(actor, canActForCoop(actor, coop.id), 'Only this co-op’s members can answer for it.');
  return coop.id;
}

/** Creates or replaces this co-op's interest; answers whether it was new. */
export async function putInterest(
  db: Db,
  actor: Actor,
  leadId: string,
  coopSlug: string,
  input: InterestRequest,
  now = new Date(),
) {
  const lead = await visibleLead(db, actor, leadId);
  const coopId = await coopFor(db, actor, coopSlug);
  const open = interestsOpen(lead, now);
  if (!open.ok) throw conflict(open.reason);
  if (input.proposedPeople.length) {
    const own = new Set(
      (
        await db
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.coopId, coopId), inArray(people.id, input.proposedPeople)))
      ).map((p) => p.id),
    );
    const errors = input.proposedPeople.flatMap((id, i) =>
      own.has(id)
        ? []
        : [
            {
              pointer: `#/json/proposedPeople/${i}`,
              field: `proposedPeople.${i}`,
              detail: 'Not a person of this co-op.',
            },
          ],
    );
    if (errors.length) throw invalid(errors);
  }
  const created = await db.transaction(async (tx) => {
    await lockLead(tx, leadId);
    const values = {
      ...input,
      proposedPeople: [...new Set(input.proposedPeople)],
      updatedAt: now,
      withdrawnAt: null,
    };
    const [existing] = await tx
      .select({ id: leadInterests.id })
      .from(leadInterests)
      .where(and(eq(leadInterests.leadId, leadId), eq(leadInterests.coopId, coopId)));
    const [row] = existing
      ? await tx.update(leadInterests).set(values).where(eq(leadInterests.id, existing.id)).returning()
      : await tx
          .insert(leadInterests)
          .values({ ...values, leadId, coopId, createdBy: actor.kind === 'user' ? actor.userId : null })
          .returning();
    await tx.insert(leadOutbox).values({
      topic: 'interest.changed',
      leadId,
      payload: { interestId: row!.id, coopId, change: existing ? 'updated' : 'created' },
    });
    return !existing;
  });
  const [interest] = await listInterestRows(db, leadId, coopId);
  return { interest: interest!, created };
}

export async function withdrawInterest(
  db: Db,
  actor: Actor,
  leadId: string,
  coopSlug: string,
  now = new Date(),
) {
  const lead = await visibleLead(db, actor, leadId);
  const coopId = await coopFor(db, actor, coopSlug);
  const open = interestsOpen(lead, now);
  if (!open.ok) throw conflict(open.reason);
  await db.transaction(async (tx) => {
    await lockLead(tx, leadId);
    const [row] = await tx
      .update(leadInterests)
      .set({ withdrawnAt: now, updatedAt: now })
      .where(and(eq(leadInterests.leadId, leadId), eq(leadInterests.coopId, coopId)))
      .returning({ id: leadInterests.id });
    if (!row) throw notFound('This co-op’s interest');
    await tx.insert(leadOutbox).values({
      topic: 'interest.changed',
      leadId,
      payload: { interestId: row.id, coopId, change: 'withdrawn' },
    });
  });
  const [interest] = await listInterestRows(db, leadId, coopId);
  return interest!;
}
