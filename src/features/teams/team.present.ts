/** Team rows → the response shape. */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../http/context.ts';
import { renderMarkdown } from '../leads/lead.markdown.ts';
import { canCommentOnTeam, canEditTeam, type TeamAccess } from './team.policy.ts';
import type { TeamRecord } from './team.queries.ts';
import type { TeamDetail } from './team.schemas.ts';

export function teamAccess(r: TeamRecord, leadVisible: boolean | null): TeamAccess {
  return { memberCoopIds: r.members.map((m) => m.coop.id), leadVisible };
}

export function presentTeam(r: TeamRecord, actor: Actor, access: TeamAccess): z.infer<typeof TeamDetail> {
  const coordinator =
    r.members.find((m) => m.coop.id === r.team.coordinatorCoopId)?.coop ?? r.members[0]!.coop;
  return {
    id: r.team.id,
    name: r.team.name,
    status: r.team.status,
    // A member co-op sees its own team's lead title even when the lead was not shared with it.
    lead: r.lead ? { id: r.lead.id, title: r.lead.title, status: r.lead.status } : null,
    outcomeId: r.team.outcomeId,
    coordinator,
    members: r.members,
    terms: {
      transparencyToClient: r.team.transparencyToClient,
      noCutOnOthersWork: r.team.noCutOnOthersWork,
      text: r.team.termsText,
      html: renderMarkdown(r.team.termsText),
    },
    createdAt: r.team.createdAt.toISOString(),
    updatedAt: r.team.updatedAt.toISOString(),
    can: { edit: canEditTeam(actor, access), comment: canCommentOnTeam(actor, access) },
  };
}
