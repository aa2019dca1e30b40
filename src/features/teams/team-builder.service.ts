/**
 * The team builder behind HTTP: loads a lead's requirements and its
 * candidates from the database, runs the pure engine, and names the co-ops
 * in its answer. Anyone who can see the lead may ask; the people and
 * availability shown are those every member already sees in the directory.
 */
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { buildTeams, evaluateTeam } from '../../engine/teams/build-teams.ts';
import type { TeamProposal, TeamRequest } from '../../engine/teams/teams.types.ts';
import type { Actor } from '../../http/context.ts';
import { invalid } from '../../http/problem.ts';
import type { LeadRecord } from '../leads/lead.queries.ts';
import { visibleLead } from '../leads/lead.service.ts';
import { type CandidateScope, type CoopInfo, loadCandidates } from './team-builder.queries.ts';
import { teamRequestFor } from './team-builder.rules.ts';
import type { EvaluationInput, ProposalInput, TeamProposalSchema } from './team-builder.schemas.ts';

const today = () => new Date().toISOString().slice(0, 10);

function scopeFor(lead: LeadRecord, candidates: CandidateScope['candidates']): CandidateScope {
  return {
    leadId: lead.id,
    technologies: lead.profiles.map((p) => ({ id: p.technology.id, minSeniority: p.minSeniority })),
    candidates,
  };
}

function echo(request: TeamRequest) {
  return {
    requirements: request.requirements.map((r, index) => ({ index, ...r })),
    startDate: request.startDate,
    endDate: request.endDate ?? null,
    hoursPerSlot: request.hoursPerSlot,
    coordinatorRequired: request.coordinatorRequired,
    preference: request.preference,
  };
}

function presentProposal(
  team: TeamProposal,
  coops: Map<string, CoopInfo>,
): z.infer<typeof TeamProposalSchema> {
  return {
    ...team,
    coops: team.coops.map((c) => ({
      coopId: c.coopId,
      slug: coops.get(c.coopId)?.slug ?? '',
      name: c.name,
      role: c.role,
      people: c.people.map((p) => ({ personId: p.personId, name: p.name, covers: p.covers })),
    })),
  };
}

export async function proposeTeams(db: Db, actor: Actor, leadId: string, input: ProposalInput) {
  const lead = await visibleLead(db, actor, leadId);
  const request = teamRequestFor(lead, { ...input, today: today() });
  const { candidates, coops } = await loadCandidates(db, scopeFor(lead, input.candidates));
  const result = await buildTeams(request, candidates, { maxTeams: input.maxTeams, mode: input.mode });
  return {
    method: result.method,
    optimal: result.optimal,
    gap: result.gap,
    bound: result.bound,
    request: echo(request),
    teams: result.teams.map((t) => presentProposal(t, coops)),
    stats: result.stats,
  };
}

/** Scores a hand-picked composition; the interactive builder calls this on every change. */
export async function evaluateComposition(db: Db, actor: Actor, leadId: string, input: EvaluationInput) {
  const lead = await visibleLead(db, actor, leadId);
  const coordinators = input.coops.filter((c) => c.role === 'coordinator');
  if (coordinators.length > 1)
    throw invalid([
      { pointer: '#/json/coops', field: 'coops', detail: 'Name at most one coordinating co-op.' },
    ]);
  const request = teamRequestFor(lead, { ...input, today: today() });
  const coopIds = input.coops.map((c) => c.coopId);
  const { candidates, coops } = await loadCandidates(db, scopeFor(lead, { coopIds }));
  const unknown = input.coops.findIndex((c) => !coops.has(c.coopId));
  if (unknown >= 0)
    throw invalid([
      {
        pointer: `#/json/coops/${unknown}/coopId`,
        field: `coops.${unknown}.coopId`,
        detail: 'No such co-op.',
      },
    ]);
  const team = evaluateTeam(request, candidates, {
    coops: input.coops.map((c) => ({ coopId: c.coopId, ...(c.people ? { personIds: c.people } : {}) })),
    ...(coordinators[0] ? { coordinatorId: coordinators[0].coopId } : {}),
  });
  return { request: echo(request), team: presentProposal(team, coops) };
}
