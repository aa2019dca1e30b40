import type { Actor } from '../../http/context.ts';
import { canManagePeople, isSignedIn } from '../coops/coop.policy.ts';

/** People and their skills are shared with the network's members, not the public. */
export const canSeePeople = isSignedIn;
export const canEditPerson = (a: Actor, p: { coopId: string }) => canManagePeople(a, p.coopId);
/** Anyone keeps their own availability true; their co-op's admins can too. */
export const canEditAvailability = (a: Actor, p: { id: string; coopId: string }) =>
  (a.kind === 'user' && a.personId === p.id) || canManagePeople(a, p.coopId);
