/**
 * Who may see and do what with a lead. Confidentiality is decided here and
 * only here: `canSeeClient` gates the client's contact and a private budget,
 * and the presenter asks it for every lead it shows. `visibleLeadsSql` in
 * lead.queries.ts mirrors `canSeeLead` for lists and search.
 */
import type { Actor } from '../../http/context.ts';
import { type LeadRole, TERMINAL } from './lead.lifecycle.rules.ts';

/** What the policy needs to know about a lead. */
export interface LeadAccess {
  status: string;
  finderCoopId: string | null;
  createdBy: string | null;
  visibility: 'network' | 'chosen';
  publishedAt: Date | null;
  visibleCoopIds: readonly string[];
  assignedCoopIds: readonly string[];
}

type User = Extract<Actor, { kind: 'user' }>;
const isUser = (a: Actor): a is User => a.kind === 'user';
export const isNetworkAdmin = (a: Actor) => isUser(a) && a.networkRole === 'admin';
const inCoop = (a: Actor, coopId: string | null) => isUser(a) && coopId !== null && a.coops.has(coopId);
const inAnyCoop = (a: Actor, ids: readonly string[]) => ids.some((id) => inCoop(a, id));

export const isFinder = (a: Actor, lead: LeadAccess) => inCoop(a, lead.finderCoopId);
export const isAssigned = (a: Actor, lead: LeadAccess) => inAnyCoop(a, lead.assignedCoopIds);

/** The lifecycle roles this person holds on this lead. */
export function leadRoles(a: Actor, lead: LeadAccess): Set<LeadRole> {
  const roles = new Set<LeadRole>();
  if (isNetworkAdmin(a)) roles.add('network_admin');
  if (isFinder(a, lead)) roles.add('finder');
  if (isAssigned(a, lead)) roles.add('assigned');
  return roles;
}

/**
 * Drafts and leads in triage: their finder co-op, their author and network
 * admins. Once published: every member (visibility "network") or members of
 * the chosen co-ops. Never anonymous readers.
 */
export function canSeeLead(a: Actor, lead: LeadAccess): boolean {
  if (!isUser(a)) return false;
  if (isNetworkAdmin(a) || isFinder(a, lead) || isAssigned(a, lead)) return true;
  if (lead.createdBy === a.userId) return true;
  if (lead.publishedAt === null) return false;
  return lead.visibility === 'network' || inAnyCoop(a, lead.visibleCoopIds);
}

/**
 * The client's contact person, email and phone, and a budget marked private:
 * network admins, members of the finder co-op and members of the assigned
 * co-ops. The client's organisation name is not confidential: it is shown to
 * everyone who can see the lead, so co-ops can judge fit and conflicts.
 */
export function canSeeClient(a: Actor, lead: LeadAccess): boolean {
  return isNetworkAdmin(a) || isFinder(a, lead) || isAssigned(a, lead);
}

/** Finder co-op members until a decision is under way; network admins until the lead is closed. */
export function canEditLead(a: Actor, lead: LeadAccess): boolean {
  if (TERMINAL.has(lead.status as never)) return false;
  if (isNetworkAdmin(a)) return true;
  return isFinder(a, lead) && ['draft', 'in_triage', 'open'].includes(lead.status);
}

/** A member posts a lead for a co-op they belong to; network admins for any co-op or none. */
export function canPostFor(a: Actor, finderCoopId: string | null): boolean {
  if (!isUser(a)) return false;
  if (isNetworkAdmin(a)) return true;
  return finderCoopId !== null && a.coops.has(finderCoopId);
}

/** Triage (the queue, merging duplicates) is the facilitators' work. */
export const canTriage = (a: Actor) => isNetworkAdmin(a);

/** A co-op's admins and members answer for it. */
export const canActForCoop = (a: Actor, coopId: string) => inCoop(a, coopId);
