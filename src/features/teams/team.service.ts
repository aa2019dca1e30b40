/**
 * Reading and changing team records, and the team's own discussion.
 * Authorization first (team.policy.ts), then rules (team.rules.ts), then SQL
 * in one transaction.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { teamComments, teams } from '../../db/schema/teams.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict, invalid, notFound } from '../../http/problem.ts';
import { renderMarkdown } from '../leads/lead.markdown.ts';
import { canSeeLead } from '../leads/lead.policy.ts';
import { loadLead } from '../leads/lead.queries.ts';
import { splitLeadLedger } from './team.ledger.ts';
import { canCommentOnTeam, canEditTeam, canSeeTeam, type TeamAccess } from './team.policy.ts';
import { presentTeam, teamAccess } from './team.present.ts';
import { listTeamIds, loadTeams, lockTeam, type TeamRecord, updateShares } from './team.queries.ts';
import { canMoveTeam, compositionErrors } from './team.rules.ts';
import type { TeamListFilter, TeamUpdateInput } from './team.schemas.ts';

/** Loads a team the actor may see; a team they may not see does not exist for them. */
async function visibleTeam(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ record: TeamRecord; access: TeamAccess }> {
  authorize(actor, actor.kind === 'user', 'Teams are shared with the network’s members.');
  const [record] = await loadTeams(db, [id]);
  if (!record) throw notFound('Team');
  const lead = record.lead ? await loadLead(db, record.lead.id) : undefined;
  const access = teamAccess(record, lead ? canSeeLead(actor, lead) : null);
  if (!canSeeTeam(actor, access)) throw notFound('Team');
  return { record, access };
}

export async function getTeam(db: Db, actor: Actor, id: string) {
  const { record, access } = await visibleTeam(db, actor, id);
  return presentTeam(record, actor, access);
}

export async function listTeams(db: Db, actor: Actor, f: TeamListFilter) {
  authorize(actor, actor.kind === 'user', 'Teams are shared with the network’s members.');
  const { ids, total } = await listTeamIds(db, actor, f);
  // Listed means visible: the SQL filter mirrors canSeeTeam, so the lead need not be reloaded here.
  const items = (await loadTeams(db, ids)).map((r) => presentTeam(r, actor, teamAccess(r, true)));
  return { items, page: f.page, pageSize: f.pageSize, total };
}

export async function updateTeam(db: Db, actor: Actor, id: string, input: TeamUpdateInput) {
  const { record, access } = await visibleTeam(db, actor, id);
  authorize(actor, canEditTeam(actor, access), 'Only the admins of this team’s co-ops can change it.');
  if (input.status && !canMoveTeam(record.team.status, input.status))
    throw conflict(`A team that is ${record.team.status} cannot become ${input.status}.`);
  if (input.shares) {
    const given = new Map(input.shares.map((s) => [s.coopId, s]));
    const members = record.members.map((m) => ({
      coopId: m.coop.id,
      role: m.role,
      shareWork: given.get(m.coop.id)?.shareWork ?? Number.NaN,
      shareMoney: given.get(m.coop.id)?.shareMoney ?? Number.NaN,
    }));
    const errors = compositionErrors(members).map((e) => ({
      ...e,
      pointer: e.pointer.replace('#/json/members', '#/json/shares'),
      field: e.field.replace(/^members/, 'shares'),
    }));
    const strangers = input.shares.findIndex((s) => !record.members.some((m) => m.coop.id === s.coopId));
    if (strangers >= 0)
      errors.push({
        pointer: `#/json/shares/${strangers}/coopId`,
        field: `shares.${strangers}.coopId`,
        detail: 'This co-op is not in the team.',
      });
    if (errors.length) throw invalid(errors);
  }
  await db.transaction(async (tx) => {
    await lockTeam(tx, id);
    const set: Partial<typeof teams.$inferInsert> = { updatedAt: new Date() };
    if (input.name !== undefined) set.name = input.name;
    if (input.status !== undefined) set.status = input.status;
    if (input.terms?.transparencyToClient !== undefined)
      set.transparencyToClient = input.terms.transparencyToClient;
    if (input.terms?.noCutOnOthersWork !== undefined) set.noCutOnOthersWork = input.terms.noCutOnOthersWork;
    if (input.terms?.text !== undefined) set.termsText = input.terms.text;
    await tx.update(teams).set(set).where(eq(teams.id, id));
    if (input.shares) {
      await updateShares(tx, id, input.shares);
      await splitLeadLedger(tx, id, actor.kind === 'user' ? actor.userId : null);
    }
  });
  return getTeam(db, actor, id);
}

export async function listTeamComments(db: Db, actor: Actor, teamId: string) {
  await visibleTeam(db, actor, teamId);
  const rows = await db
    .select({ c: teamComments, authorName: user.name })
    .from(teamComments)
    .leftJoin(user, eq(user.id, teamComments.authorId))
    .where(eq(teamComments.teamId, teamId))
    .orderBy(asc(teamComments.createdAt), asc(teamComments.id));
  return {
    items: rows.map(({ c, authorName }) => ({
      id: c.id,
      author: c.authorId ? { id: c.authorId, name: authorName ?? '' } : null,
      body: c.body,
      html: renderMarkdown(c.body),
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

export async function addTeamComment(db: Db, actor: Actor, teamId: string, body: string) {
  const { access } = await visibleTeam(db, actor, teamId);
  authorize(
    actor,
    canCommentOnTeam(actor, access),
    'Only this team’s co-ops and the facilitators write here.',
  );
  const authorId = actor.kind === 'user' ? actor.userId : null;
  const [c] = await db.insert(teamComments).values({ teamId, authorId, body }).returning();
  return {
    id: c!.id,
    author: authorId ? { id: authorId, name: actor.kind === 'user' ? actor.name : '' } : null,
    body: c!.body,
    html: renderMarkdown(c!.body),
    createdAt: c!.createdAt.toISOString(),
  };
}
