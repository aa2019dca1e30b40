/** Who may do what with partner networks. */
import type { Actor } from '../../http/context.ts';

const isAdmin = (a: Actor) => a.kind === 'user' && a.networkRole === 'admin';

/** Partnerships, blocks and decisions on remote interests speak for the whole network. */
export const canManagePartnerships = (a: Actor) => isAdmin(a);

/** Every member sees what partner networks share with us (never client data: none is sent). */
export const canSeePartnerLeads = (a: Actor) => a.kind === 'user';

/** A co-op's members (and network admins) offer its interest in a partner's lead. */
export const canOfferFor = (a: Actor, coopId: string) =>
  a.kind === 'user' && (a.coops.has(coopId) || isAdmin(a));
