/**
 * Who may write and read retrospectives and feedback. A retrospective marked
 * 'team' is for the co-ops involved in the work and network admins; one
 * marked 'network' for every member who may see the work itself.
 */
import type { Actor } from '../../http/context.ts';

type User = Extract<Actor, { kind: 'user' }>;
const isUser = (a: Actor): a is User => a.kind === 'user';
const isNetworkAdmin = (a: Actor) => isUser(a) && a.networkRole === 'admin';

/** A member writes for their own co-op, and only about work that co-op was part of. */
export const canWriteFor = (a: Actor, coopId: string, involvedCoopIds: readonly string[]) =>
  isUser(a) && a.coops.has(coopId) && involvedCoopIds.includes(coopId);

export function canReadRetrospective(
  a: Actor,
  r: { visibility: 'team' | 'network' },
  subject: { involvedCoopIds: readonly string[]; visibleTo(a: Actor): boolean },
): boolean {
  if (!isUser(a)) return false;
  if (subject.involvedCoopIds.some((id) => a.coops.has(id))) return true;
  if (!subject.visibleTo(a)) return false;
  return isNetworkAdmin(a) || r.visibility === 'network';
}

/** Ratings are for members; the words that go with them for the two co-ops and network admins. */
export const canSeeFeedbackNote = (a: Actor, fromCoopId: string, toCoopId: string) =>
  isNetworkAdmin(a) || (isUser(a) && (a.coops.has(fromCoopId) || a.coops.has(toCoopId)));
