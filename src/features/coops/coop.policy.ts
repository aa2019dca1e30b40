/** Who may do what with a co-op. Every service calls these; handlers never decide. */
import type { Actor } from '../../http/context.ts';

export const isSignedIn = (a: Actor): a is Extract<Actor, { kind: 'user' }> => a.kind === 'user';
export const isNetworkAdmin = (a: Actor) => a.kind === 'user' && a.networkRole === 'admin';

/** Contact details, declared need and availability are for the network's members. */
export const canSeeMembersOnly = (a: Actor) => isSignedIn(a);

/** A co-op's admins and the network's admins edit a co-op; nobody edits another co-op. */
export const canEditCoop = (a: Actor, coopId: string) =>
  isNetworkAdmin(a) || (a.kind === 'user' && a.coops.get(coopId) === 'admin');

export const canManagePeople = canEditCoop;
