/**
 * Forming a team: by hand, or from a decision's outcome. `formTeam` is the
 * one writer (composition checks, rows, the ledger split) and runs inside the
 * caller's transaction, so the decisions slice can form the team in the same
 * transaction that records its outcome.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { leads } from '../../db/schema/leads.ts';
import { teams } from '../../db/schema/teams.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict, type FieldError, invalid, notFound } from '../../http/problem.ts';
import { visibleLead } from '../leads/lead.service.ts';
import { splitLeadLedger } from './team.ledger.ts';
import { canFormTeam } from './team.policy.ts';
import { existingCoopIds, insertMembers, peopleCoops } from './team.queries.ts';
import { compositionErrors, type MemberInput, withShares } from './team.rules.ts';
import type { TeamCreateInput } from './team.schemas.ts';

export interface Composition {
  name?: string | undefined;
  members?: MemberInput[] | undefined;
  /** With an outcome and no members: which chosen co-op coordinates (the first chosen by default). */
  coordinatorCoopId?: string | undefined;
  terms?:
    | {
        transparencyToClient?: boolean | undefined;
        noCutOnOthersWork?: boolean | undefined;
        text?: string | undefined;
      }
    | undefined;
}

export interface FormTeamInput extends Composition {
  leadId: string | null;
  outcomeId: string | null;
  members: MemberInput[];
  createdBy: string | null;
}

async function membershipErrors(tx: Tx, members: readonly MemberInput[]): Promise<FieldError[]> {
  const [known, owners] = await Promise.all([
    existingCoopIds(
      tx,
      members.map((m) => m.coopId),
    ),
    peopleCoops(
      tx,
      members.flatMap((m) => (m.people ?? []).map((p) => p.personId)),
    ),
  ]);
  const errors: FieldError[] = [];
  members.forEach((m, i) => {
    if (!known.has(m.coopId))
      errors.push({
        pointer: `#/json/members/${i}/coopId`,
        field: `members.${i}.coopId`,
        detail: 'No such co-op.',
      });
    (m.people ?? []).forEach((p, j) => {
      if (owners.get(p.personId) !== m.coopId)
        errors.push({
          pointer: `#/json/members/${i}/people/${j}/personId`,
          field: `members.${i}.people.${j}.personId`,
          detail: 'This person is not one of this co-op’s people.',
        });
    });
  });
  return errors;
}

/** Writes a team and its members in the caller's transaction; answers the new team's id. */
export async function formTeam(tx: Tx, input: FormTeamInput): Promise<string> {
  const members = withShares(input.members);
  const errors = compositionErrors(members);
  if (errors.length) throw invalid(errors);
  const more = await membershipErrors(tx, members);
  if (more.length) throw invalid(more);
  const coordinator = members.find((m) => m.role === 'coordinator')!;
  let name = input.name;
  if (!name && input.leadId) {
    const [lead] = await tx.select({ title: leads.title }).from(leads).where(eq(leads.id, input.leadId));
    name = lead?.title;
  }
  const [row] = await tx
    .insert(teams)
    .values({
      leadId: input.leadId,
      outcomeId: input.outcomeId,
      name: name ?? 'Team',
      coordinatorCoopId: coordinator.coopId,
      transparencyToClient: input.terms?.transparencyToClient ?? true,
      noCutOnOthersWork: input.terms?.noCutOnOthersWork ?? true,
      termsText: input.terms?.text ?? '',
      createdBy: input.createdBy,
    })
    .returning({ id: teams.id });
  await insertMembers(tx, row!.id, members);
  await splitLeadLedger(tx, row!.id, input.createdBy);
  return row!.id;
}

interface OutcomeForTeam {
  id: string;
  leadId: string | null;
  finderCoopId: string | null;
  chosenCoopIds: string[];
  shares: Record<string, number> | null;
}

/** The outcome as the teams slice needs it; read by SQL so the decisions slice stays free to evolve. */
async function loadOutcome(db: Db | Tx, outcomeId: string): Promise<OutcomeForTeam> {
  const r = await db.execute<{
    id: string;
    lead_id: string | null;
    finder_coop_id: string | null;
    chosen_coop_ids: string[];
    shares: Record<string, number> | null;
  }>(sql`select o.id, l.id as lead_id, l.finder_coop_id, o.chosen_coop_ids, o.shares
    from outcomes o left join decisions d on d.id = o.decision_id
    left join leads l on l.id = coalesce(o.lead_id, d.lead_id)
    where o.id = ${outcomeId}`);
  const o = r.rows[0];
  if (!o) throw notFound('Outcome');
  return {
    id: o.id,
    leadId: o.lead_id,
    finderCoopId: o.finder_coop_id,
    chosenCoopIds: o.chosen_coop_ids,
    shares: o.shares,
  };
}

function membersFromOutcome(o: OutcomeForTeam, c: Composition): MemberInput[] {
  if (o.chosenCoopIds.length === 0)
    throw conflict('The decision chose no co-op, so there is no team to form.');
  if (c.members) {
    const chosen = new Set(o.chosenCoopIds);
    const named = new Set(c.members.map((m) => m.coopId));
    if (named.size !== chosen.size || [...named].some((id) => !chosen.has(id)))
      throw invalid([
        {
          pointer: '#/json/members',
          field: 'members',
          detail: 'A team formed from a decision is made of exactly the co-ops the decision chose.',
        },
      ]);
    return c.members;
  }
  const coordinator = c.coordinatorCoopId ?? o.chosenCoopIds[0];
  const shares =
    o.shares && o.chosenCoopIds.every((id) => typeof o.shares?.[id] === 'number') ? o.shares : null;
  return o.chosenCoopIds.map((coopId) => ({
    coopId,
    role: coopId === coordinator ? 'coordinator' : 'partner',
    shareWork: shares?.[coopId],
    shareMoney: shares?.[coopId],
  }));
}

/**
 * Forms the team a decision chose, in the caller's transaction: its co-ops
 * are the outcome's chosen co-ops, its shares the outcome's (or even), and
 * its lead the outcome's lead. One team per outcome.
 */
export async function formTeamFromOutcome(
  tx: Tx,
  outcomeId: string,
  composition: Composition = {},
  createdBy: string | null = null,
): Promise<string> {
  const outcome = await loadOutcome(tx, outcomeId);
  const existing = await tx.select({ id: teams.id }).from(teams).where(eq(teams.outcomeId, outcomeId));
  if (existing.length) throw conflict('A team was already formed from this outcome.');
  return formTeam(tx, {
    ...composition,
    leadId: outcome.leadId,
    outcomeId,
    members: membersFromOutcome(outcome, composition),
    createdBy,
  });
}

/** POST /teams: from an outcome, for a lead, or on its own. Answers the new team's id. */
export async function createTeam(db: Db, actor: Actor, input: TeamCreateInput): Promise<string> {
  authorize(actor, actor.kind === 'user', 'Sign in to form a team.');
  const createdBy = actor.kind === 'user' ? actor.userId : null;
  if (input.fromOutcomeId) {
    const outcome = await loadOutcome(db, input.fromOutcomeId);
    const coordinator =
      input.members?.find((m) => m.role === 'coordinator')?.coopId ?? outcome.chosenCoopIds[0] ?? '';
    authorize(
      actor,
      canFormTeam(actor, {
        finderCoopId: outcome.finderCoopId,
        hasLead: outcome.leadId !== null,
        coordinatorCoopId: coordinator,
        chosenCoopIds: outcome.chosenCoopIds,
      }),
      'Only network admins, the finder co-op’s admins and the chosen co-ops’ admins can form this team.',
    );
    const outcomeId = input.fromOutcomeId;
    return db.transaction((tx) => formTeamFromOutcome(tx, outcomeId, input, createdBy));
  }
  if (!input.members)
    throw invalid([{ pointer: '#/json/members', field: 'members', detail: 'Name the team’s co-ops.' }]);
  const lead = input.leadId ? await visibleLead(db, actor, input.leadId) : null;
  const coordinator = input.members.find((m) => m.role === 'coordinator')?.coopId ?? '';
  authorize(
    actor,
    canFormTeam(actor, {
      finderCoopId: lead?.finderCoopId ?? null,
      hasLead: lead !== null,
      coordinatorCoopId: coordinator,
    }),
    lead
      ? 'Only network admins and the finder co-op’s admins can form a team for this lead.'
      : 'Only network admins and the coordinating co-op’s admins can form this team.',
  );
  const members = input.members;
  return db.transaction((tx) =>
    formTeam(tx, { ...input, leadId: lead?.id ?? null, outcomeId: null, members, createdBy }),
  );
}
