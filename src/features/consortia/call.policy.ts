/**
 * Who may see and run a call for partners. A network call is seen by every
 * member and run by its posting co-op's members and network admins. A private
 * call (a joint bid from a tender match) is seen and run only by the members
 * of its co-ops: network admins are not told of it.
 */
import type { Actor } from '../../http/context.ts';

export interface CallAccess {
  visibility: 'network' | 'private';
  postedByCoopId: string;
  /** For private calls: the co-ops it is shared with (the poster among them). */
  coopIds: readonly string[];
}

type User = Extract<Actor, { kind: 'user' }>;
const isUser = (a: Actor): a is User => a.kind === 'user';

export function canSeeCall(a: Actor, c: CallAccess): boolean {
  if (!isUser(a)) return false;
  if (c.visibility === 'network') return true;
  return c.coopIds.some((id) => a.coops.has(id));
}

export function canManageCall(a: Actor, c: CallAccess): boolean {
  if (!isUser(a)) return false;
  if (c.visibility === 'private') return c.coopIds.some((id) => a.coops.has(id));
  return a.networkRole === 'admin' || a.coops.has(c.postedByCoopId);
}

/** A member posts a call for a co-op they belong to; network admins for any co-op. */
export const canPostCallFor = (a: Actor, coopId: string) =>
  isUser(a) && (a.networkRole === 'admin' || a.coops.has(coopId));

/** A co-op's members apply for it. */
export const canApplyFor = (a: Actor, coopId: string) => isUser(a) && a.coops.has(coopId);
