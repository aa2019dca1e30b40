/**
 * Applying to a call with what a co-op brings, checking a proposed
 * consortium against the call's rules, and suggesting consortia that meet
 * them. The checks run the pure engine in src/engine/consortia.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { callApplications } from '../../db/schema/teams.ts';
import { checkEligibility, countriesOf } from '../../engine/consortia/eligibility.ts';
import { suggestCompositions } from '../../engine/consortia/suggest.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict, type FieldError, invalid } from '../../http/problem.ts';
import { canApplyFor } from './call.policy.ts';
import { partnerOf, presentApplication, rulesOf } from './call.present.ts';
import { loadApplications, resolveCompetences } from './call.queries.ts';
import type { ApplicationRequest } from './call.schemas.ts';
import { managedCall, visibleCall } from './call.service.ts';

/** Creates or replaces the co-op's application; answers it and whether it is new. */
export async function applyToCall(
  db: Db,
  actor: Actor,
  callId: string,
  input: ApplicationRequest,
  now = new Date(),
) {
  const r = await visibleCall(db, actor, callId);
  const own = actor.kind === 'user' && actor.coops.size === 1 ? [...actor.coops.keys()][0] : undefined;
  const coopId = input.coopId ?? own;
  if (!coopId)
    throw invalid([{ pointer: '#/json/coopId', field: 'coopId', detail: 'Name the co-op applying.' }]);
  authorize(actor, canApplyFor(actor, coopId), 'Only this co-op’s members can apply for it.');
  if (!['draft', 'open'].includes(r.call.status))
    throw conflict(`This call is ${r.call.status}: it takes no more applications.`);
  if (r.call.deadline && r.call.deadline <= now) throw conflict('The deadline of this call has passed.');
  const skillIds = await resolveCompetences(db, 'skills', input.skills);
  if (input.people.length) {
    const owners = await db.execute<{ id: string; coop_id: string }>(
      sql`select id, coop_id from people where id = any(${`{${input.people.join(',')}}`}::uuid[])`,
    );
    const ownerOf = new Map(owners.rows.map((p) => [p.id, p.coop_id]));
    const errors: FieldError[] = input.people.flatMap((id, i) =>
      ownerOf.get(id) === coopId
        ? []
        : [
            {
              pointer: `#/json/people/${i}`,
              field: `people.${i}`,
              detail: 'This person is not one of this co-op’s people.',
            },
          ],
    );
    if (errors.length) throw invalid(errors);
  }
  const values = {
    orgType: input.orgType,
    roles: input.roles,
    peopleIds: input.people,
    skillIds,
    knowledge: input.knowledge,
    contacts: input.contacts,
    tools: input.tools,
    pastProjects: input.pastProjects,
    updatedAt: now,
  };
  const [row] = await db
    .insert(callApplications)
    .values({ callId, coopId, ...values, createdBy: actor.kind === 'user' ? actor.userId : null })
    .onConflictDoUpdate({ target: [callApplications.callId, callApplications.coopId], set: values })
    // xmax is 0 on a freshly inserted row and set on one the upsert updated.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const [app] = await loadApplications(db, callId, [coopId]);
  return { created: row!.inserted, application: presentApplication(app!) };
}

export async function checkConsortium(db: Db, actor: Actor, callId: string, coopIds: readonly string[]) {
  const r = await managedCall(db, actor, callId);
  const apps = await loadApplications(db, callId, coopIds);
  const byCoop = new Map(apps.map((a) => [a.coop.id, a]));
  const missing: FieldError[] = coopIds.flatMap((id, i) =>
    byCoop.has(id)
      ? []
      : [
          {
            pointer: `#/json/coopIds/${i}`,
            field: `coopIds.${i}`,
            detail: 'This co-op has not applied to this call.',
          },
        ],
  );
  if (missing.length) throw invalid(missing);
  const chosen = [...new Set(coopIds)].map((id) => byCoop.get(id)!);
  const result = checkEligibility(rulesOf(r), chosen.map(partnerOf));
  return {
    ...result,
    partners: chosen.map((a) => ({ coop: a.coop, orgType: a.app.orgType, roles: a.app.roles })),
  };
}

export async function suggestConsortia(db: Db, actor: Actor, callId: string) {
  const r = await managedCall(db, actor, callId);
  const apps = await loadApplications(db, callId);
  const partners = apps.map(partnerOf);
  const byId = new Map(apps.map((a) => [a.coop.id, a]));
  const { method, compositions } = suggestCompositions(rulesOf(r), partners);
  return {
    method,
    compositions: compositions.map((ids) => ({
      coops: ids.map((id) => byId.get(id)!.coop),
      countries: countriesOf(ids.map((id) => partners.find((p) => p.id === id)!)),
    })),
  };
}
