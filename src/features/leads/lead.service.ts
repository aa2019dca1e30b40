/** Posting, editing and reading leads. Authorization first, then rules, then SQL in one transaction. */
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { leads } from '../../db/schema/leads.ts';
import { onLeadChanged } from '../../federation/lead-hook.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict, notFound } from '../../http/problem.ts';
import { leadColumns, resolveLeadInput } from './lead.input.ts';
import { canEditLead, canPostFor, canSeeLead } from './lead.policy.ts';
import { presentEvent, presentLeadDetail } from './lead.present.ts';
import {
  type LeadRecord,
  listEvents,
  loadLead,
  lockLead,
  recordEvent,
  replaceLeadLists,
} from './lead.queries.ts';
import { resolveScope, suggestScope } from './lead.rules.ts';
import type { LeadCreateInput, LeadUpdateInput } from './lead.schemas.ts';

/** Loads a lead the actor may see; a lead they may not see does not exist for them. */
export async function visibleLead(db: DbOrTx, actor: Actor, id: string): Promise<LeadRecord> {
  authorize(actor, actor.kind === 'user', 'Leads are shared with the network’s members.');
  const lead = await loadLead(db, id);
  if (!lead || !canSeeLead(actor, lead)) throw notFound('Lead');
  return lead;
}

export async function getLead(db: Db, actor: Actor, id: string) {
  return presentLeadDetail(await visibleLead(db, actor, id), actor);
}

export async function getLeadEvents(db: Db, actor: Actor, id: string) {
  await visibleLead(db, actor, id);
  return { items: (await listEvents(db, id)).map(presentEvent) };
}

const suggestionFor = (
  effortPersonDays: number | null | undefined,
  profiles: ReadonlyArray<{ technologyId: string; count: number }>,
) => suggestScope({ effortPersonDays: effortPersonDays ?? null, profiles });

export async function createLead(db: Db, actor: Actor, input: LeadCreateInput, now = new Date()) {
  authorize(actor, actor.kind === 'user', 'Sign in to post a lead.');
  const resolved = await resolveLeadInput(db, input, now);
  // A member of exactly one co-op posts for it unless they say otherwise.
  const own = actor.kind === 'user' && actor.coops.size === 1 ? [...actor.coops.keys()][0]! : null;
  const finderCoopId = resolved.finderCoopId !== undefined ? resolved.finderCoopId : own;
  authorize(actor, canPostFor(actor, finderCoopId), 'You can post a lead only for a co-op you belong to.');
  const { set } = leadColumns(input);
  const scope = resolveScope(
    input.scope,
    undefined,
    suggestionFor(input.effortPersonDays, resolved.profiles ?? []),
  );
  const userId = actor.kind === 'user' ? actor.userId : null;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(leads)
      .values({ ...set, ...scope, title: input.title, finderCoopId, createdBy: userId, status: 'draft' })
      .returning({ id: leads.id });
    await replaceLeadLists(tx, row!.id, resolved);
    await recordEvent(tx, { leadId: row!.id, kind: 'created', actorId: userId, toStatus: 'draft' });
    return row!.id;
  });
  return getLead(db, actor, id);
}

export async function updateLead(db: Db, actor: Actor, id: string, input: LeadUpdateInput, now = new Date()) {
  const lead = await visibleLead(db, actor, id);
  authorize(
    actor,
    canEditLead(actor, lead),
    'Members of the finder co-op edit a lead until a decision is under way; network admins until it is closed.',
  );
  const resolved = await resolveLeadInput(db, input, now);
  if (resolved.finderCoopId !== undefined && resolved.finderCoopId !== lead.finderCoopId) {
    authorize(
      actor,
      canPostFor(actor, resolved.finderCoopId),
      'You can name only a co-op you belong to as finder.',
    );
  }
  const { set, fields } = leadColumns(input);
  if (fields.length === 0) return presentLeadDetail(lead, actor);
  await db.transaction(async (tx) => {
    await lockLead(tx, id);
    const fresh = await loadLead(tx, id);
    if (!fresh || fresh.status !== lead.status)
      throw conflict('The lead changed while you were editing it; reload it.');
    const profiles =
      resolved.profiles ??
      fresh.profiles.map((p) => ({
        technologyId: p.technology.id,
        count: p.count,
        minSeniority: p.minSeniority,
      }));
    const scope = resolveScope(
      input.scope,
      fresh,
      suggestionFor(
        input.effortPersonDays !== undefined ? input.effortPersonDays : fresh.effortPersonDays,
        profiles,
      ),
    );
    const finder = resolved.finderCoopId !== undefined ? { finderCoopId: resolved.finderCoopId } : {};
    await tx
      .update(leads)
      .set({ ...set, ...scope, ...finder, updatedAt: now })
      .where(eq(leads.id, id));
    await replaceLeadLists(tx, id, resolved);
    await recordEvent(tx, {
      leadId: id,
      kind: 'edited',
      actorId: actor.kind === 'user' ? actor.userId : null,
      fields: fields.sort(),
    });
    await onLeadChanged(tx, id);
  });
  return getLead(db, actor, id);
}
