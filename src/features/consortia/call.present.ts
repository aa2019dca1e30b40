/** Call and application rows → response shapes; rows → the consortium engine's partners. */
import type { z } from '@hono/zod-openapi';
import type { ORG_TYPES } from '../../db/schema/teams.ts';
import type { ConsortiumPartner, ConsortiumRules } from '../../engine/consortia/eligibility.ts';
import type { Actor } from '../../http/context.ts';
import { renderMarkdown } from '../leads/lead.markdown.ts';
import { canApplyFor, canManageCall } from './call.policy.ts';
import type { ApplicationRecord, CallRecord } from './call.queries.ts';
import type { Application, CallDetail } from './call.schemas.ts';

type OrgType = (typeof ORG_TYPES)[number];

export function presentApplication(a: ApplicationRecord): z.infer<typeof Application> {
  return {
    id: a.app.id,
    coop: a.coop,
    orgType: a.app.orgType as OrgType,
    roles: a.app.roles,
    people: a.people,
    skills: a.skills,
    knowledge: a.app.knowledge,
    contacts: a.app.contacts,
    tools: a.app.tools,
    pastProjects: a.app.pastProjects,
    createdAt: a.app.createdAt.toISOString(),
    updatedAt: a.app.updatedAt.toISOString(),
  };
}

function canApplyToCall(actor: Actor, r: CallRecord) {
  if (actor.kind !== 'user' || !['draft', 'open'].includes(r.call.status)) return false;
  if (r.call.deadline && r.call.deadline <= new Date()) return false;
  return [...actor.coops.keys()].some((id) => canApplyFor(actor, id));
}

export function presentCallSummary(r: CallRecord, actor: Actor) {
  const c = r.call;
  return {
    id: c.id,
    title: c.title,
    programme: c.programme,
    deadline: c.deadline?.toISOString() ?? null,
    visibility: c.visibility,
    postedBy: r.postedBy,
    rules: {
      minPartners: c.minPartners,
      maxPartners: c.maxPartners,
      minCountries: c.minCountries,
      orgTypes: c.orgTypes as OrgType[],
      requiredRoles: c.requiredRoles,
      competences: r.competences,
    },
    checklist: c.checklist,
    status: c.status,
    result: { note: c.resultNote, postMortem: c.postMortem, decidedAt: c.decidedAt?.toISOString() ?? null },
    applicationCount: r.applicationCount,
    createdAt: c.createdAt.toISOString(),
    can: { manage: canManageCall(actor, r), apply: canApplyToCall(actor, r) },
  };
}

export function presentCall(
  r: CallRecord,
  apps: ApplicationRecord[],
  actor: Actor,
): z.infer<typeof CallDetail> {
  return {
    ...presentCallSummary(r, actor),
    description: r.call.description,
    descriptionHtml: renderMarkdown(r.call.description),
    applications: apps.map(presentApplication),
  };
}

export function rulesOf(r: CallRecord): ConsortiumRules {
  return {
    minPartners: r.call.minPartners,
    maxPartners: r.call.maxPartners,
    minCountries: r.call.minCountries,
    orgTypes: r.call.orgTypes,
    requiredRoles: r.call.requiredRoles,
    requiredCompetences: r.competences.map((t) => ({ key: t.id, label: t.name })),
  };
}

export function partnerOf(a: ApplicationRecord): ConsortiumPartner {
  return {
    id: a.coop.id,
    name: a.coop.name,
    country: a.coop.country,
    orgType: a.app.orgType,
    roles: a.app.roles,
    competences: [...new Set([...a.app.skillIds, ...a.peopleSkillIds])],
  };
}
