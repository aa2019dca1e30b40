/**
 * Who may do what with group decisions. Seeing a lead decision follows the
 * lead (leads/lead.policy.ts); network questions are open to every member.
 * Votes are cast by members of an eligible co-op: for it (one vote per
 * co-op) or for themselves (one per member). Outcomes are the creator's or a
 * network admin's to close; a direct award is for network admins.
 */
import type { Actor } from '../../http/context.ts';
import type { LeadAccess } from '../leads/lead.policy.ts';
import { isFinder, isNetworkAdmin } from '../leads/lead.policy.ts';

type User = Extract<Actor, { kind: 'user' }>;
const isUser = (a: Actor): a is User => a.kind === 'user';

/** A member of at least one co-op, or a network admin. */
export const isNetworkMember = (a: Actor) => isUser(a) && (a.networkRole === 'admin' || a.coops.size > 0);

export function canPropose(a: Actor, lead: LeadAccess | null): boolean {
  if (lead) return isNetworkAdmin(a) || isFinder(a, lead);
  return isNetworkMember(a);
}

export function canClose(a: Actor, decision: { createdBy: string | null }): boolean {
  return (
    isUser(a) &&
    (a.networkRole === 'admin' || (decision.createdBy !== null && decision.createdBy === a.userId))
  );
}

export const canAward = (a: Actor) => isNetworkAdmin(a);

/**
 * The co-ops whose people may vote: every co-op, unless the lead is shown
 * only to chosen co-ops — then those, its finder and its assigned co-ops.
 * `null` means every co-op.
 */
export function votingCoops(lead: (LeadAccess & { visibility: string }) | null): string[] | null {
  if (!lead || lead.visibility === 'network') return null;
  return [
    ...new Set([
      ...lead.visibleCoopIds,
      ...lead.assignedCoopIds,
      ...(lead.finderCoopId ? [lead.finderCoopId] : []),
    ]),
  ];
}
