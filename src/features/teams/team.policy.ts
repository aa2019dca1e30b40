/**
 * Who may see and change a team. A team is seen by whoever can see its lead,
 * by every member when it has no lead, and always by its co-ops' members and
 * network admins. It is changed by its co-ops' admins and network admins.
 */
import type { Actor } from '../../http/context.ts';

type User = Extract<Actor, { kind: 'user' }>;
const isUser = (a: Actor): a is User => a.kind === 'user';
const isNetworkAdmin = (a: Actor) => isUser(a) && a.networkRole === 'admin';
const adminOf = (a: Actor, coopId: string | null | undefined) =>
  isUser(a) && !!coopId && a.coops.get(coopId) === 'admin';

export interface TeamAccess {
  memberCoopIds: readonly string[];
  /** Whether the actor may see the team's lead; null when the team has no lead. */
  leadVisible: boolean | null;
}

export function canSeeTeam(a: Actor, team: TeamAccess): boolean {
  if (!isUser(a)) return false;
  if (isNetworkAdmin(a) || team.memberCoopIds.some((id) => a.coops.has(id))) return true;
  return team.leadVisible ?? true;
}

export const canEditTeam = (a: Actor, team: TeamAccess) =>
  isNetworkAdmin(a) || team.memberCoopIds.some((id) => adminOf(a, id));

/** The team's own thread is for its co-ops' members and the facilitators. */
export const canCommentOnTeam = (a: Actor, team: TeamAccess) =>
  isNetworkAdmin(a) || (isUser(a) && team.memberCoopIds.some((id) => a.coops.has(id)));

/**
 * Forming a team by hand: network admins; for a lead, its finder co-op's
 * admins; without a lead, the coordinating co-op's admins. From a decision's
 * outcome, also the admins of any co-op it chose.
 */
export function canFormTeam(
  a: Actor,
  o: {
    finderCoopId: string | null;
    hasLead: boolean;
    coordinatorCoopId: string;
    chosenCoopIds?: readonly string[];
  },
): boolean {
  if (isNetworkAdmin(a)) return true;
  if (o.chosenCoopIds?.some((id) => adminOf(a, id))) return true;
  return o.hasLead ? adminOf(a, o.finderCoopId) : adminOf(a, o.coordinatorCoopId);
}
