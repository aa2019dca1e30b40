/**
 * Who may manage accounts, memberships and invitations. Network admins run
 * the network; a co-op's admins run their own co-op and nothing else.
 */
import type { Actor } from '../../http/context.ts';
import { isNetworkAdmin } from '../coops/coop.policy.ts';

type Role = 'admin' | 'member';

export const isCoopAdmin = (a: Actor, coopId: string) => a.kind === 'user' && a.coops.get(coopId) === 'admin';

/** Network admins invite anyone with any role; a co-op's admins invite members into their co-op only. */
export function canInvite(a: Actor, inv: { networkRole: Role; coopId: string | null }): boolean {
  if (isNetworkAdmin(a)) return true;
  return inv.networkRole === 'member' && inv.coopId !== null && isCoopAdmin(a, inv.coopId);
}

/** Listing or revoking an invitation: whoever could have sent it. */
export const canManageInvitation = (a: Actor, inv: { networkRole: Role; coopId: string | null }) =>
  canInvite(a, inv);

/** Anyone who may invite at all sees a list of pending invitations (filtered to what they manage). */
export const canListInvitations = (a: Actor) =>
  isNetworkAdmin(a) || (a.kind === 'user' && [...a.coops.values()].includes('admin'));

export const canManageUsers = isNetworkAdmin;

/** A co-op's members see who else acts for it; its admins and network admins change that. */
export const canSeeMembers = (a: Actor, coopId: string) =>
  isNetworkAdmin(a) || (a.kind === 'user' && a.coops.has(coopId));
export const canManageMembers = (a: Actor, coopId: string) => isNetworkAdmin(a) || isCoopAdmin(a, coopId);

/** Leaving a co-op is always one's own choice (as long as it keeps an admin). */
export const canRemoveMember = (a: Actor, coopId: string, userId: string) =>
  canManageMembers(a, coopId) || (a.kind === 'user' && a.userId === userId && a.coops.has(coopId));
