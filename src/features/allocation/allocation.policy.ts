/**
 * Who may read and change what in allocation. Members read the policy, the
 * recommendations of leads they can see and the ledger; network admins set
 * the policy; a lead's recommendation is asked for by its finder co-op's
 * admins or by network admins.
 */
import type { Actor } from '../../http/context.ts';

type User = Extract<Actor, { kind: 'user' }>;
const isUser = (a: Actor): a is User => a.kind === 'user';

export const isNetworkAdmin = (a: Actor) => isUser(a) && a.networkRole === 'admin';

export const canReadAllocation = (a: Actor) => isUser(a);

export const canSetPolicy = (a: Actor) => isNetworkAdmin(a);

export function canRecommend(a: Actor, lead: { finderCoopId: string | null }): boolean {
  if (!isUser(a)) return false;
  if (a.networkRole === 'admin') return true;
  return lead.finderCoopId !== null && a.coops.get(lead.finderCoopId) === 'admin';
}
