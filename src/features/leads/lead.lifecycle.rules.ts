/**
 * A lead's lifecycle as a pure state machine. The service asks `checkTransition`
 * before it writes; nothing else decides which status may follow which.
 *
 * | from        | to          | who may                                      |
 * |-------------|-------------|----------------------------------------------|
 * | draft       | in_triage   | finder co-op members, network admins         |
 * | draft       | open        | finder co-op members, network admins         |
 * | draft       | withdrawn   | finder co-op members, network admins         |
 * | in_triage   | open        | network admins (facilitators)                |
 * | in_triage   | declined    | network admins (with a reason)               |
 * | in_triage   | withdrawn   | finder co-op members, network admins         |
 * | open        | deciding    | finder co-op members, network admins         |
 * | open        | declined    | network admins (with a reason; also merges)  |
 * | open        | withdrawn   | finder co-op members, network admins         |
 * | open        | lost        | finder co-op members, network admins         |
 * | deciding    | assigned    | network admins (naming the assigned co-ops)  |
 * | deciding    | open        | finder co-op members, network admins         |
 * | deciding    | withdrawn   | finder co-op members, network admins         |
 * | deciding    | lost        | finder co-op members, network admins         |
 * | assigned    | in_progress | assigned co-op members, finder, admins       |
 * | assigned    | deciding    | network admins (the assignment fell through) |
 * | assigned    | lost        | assigned co-op members, finder, admins       |
 * | in_progress | delivered   | assigned co-op members, finder, admins       |
 * | in_progress | lost        | assigned co-op members, finder, admins       |
 *
 * delivered, lost, withdrawn and declined are terminal: nothing leaves them.
 * docs/leads.md carries the same table.
 */
import type { LEAD_STATUSES } from '../../db/schema/leads.ts';

export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** How the person asking stands towards this lead. */
export type LeadRole = 'network_admin' | 'finder' | 'assigned';

export const TERMINAL: ReadonlySet<LeadStatus> = new Set(['delivered', 'lost', 'withdrawn', 'declined']);

const FINDER: readonly LeadRole[] = ['network_admin', 'finder'];
const ADMIN: readonly LeadRole[] = ['network_admin'];
const DELIVERY: readonly LeadRole[] = ['network_admin', 'finder', 'assigned'];

/** from → to → the roles that may make that move. */
export const TRANSITIONS: Readonly<Record<LeadStatus, Partial<Record<LeadStatus, readonly LeadRole[]>>>> = {
  draft: { in_triage: FINDER, open: FINDER, withdrawn: FINDER },
  in_triage: { open: ADMIN, declined: ADMIN, withdrawn: FINDER },
  open: { deciding: FINDER, declined: ADMIN, withdrawn: FINDER, lost: FINDER },
  deciding: { assigned: ADMIN, open: FINDER, withdrawn: FINDER, lost: FINDER },
  assigned: { in_progress: DELIVERY, deciding: ADMIN, lost: DELIVERY },
  in_progress: { delivered: DELIVERY, lost: DELIVERY },
  delivered: {},
  lost: {},
  withdrawn: {},
  declined: {},
};

/** Transitions that must say why; the reason is kept in the lead's history (and mailed, for declines). */
export const NEEDS_NOTE: ReadonlySet<LeadStatus> = new Set(['declined', 'lost', 'withdrawn']);

const LABEL: Record<LeadStatus, string> = {
  draft: 'draft',
  in_triage: 'in-triage',
  open: 'open',
  deciding: 'deciding',
  assigned: 'assigned',
  in_progress: 'in-progress',
  delivered: 'delivered',
  lost: 'lost',
  withdrawn: 'withdrawn',
  declined: 'declined',
};
const article = (s: LeadStatus) => (/^[aeiou]/.test(LABEL[s]) ? 'An' : 'A');

export type TransitionCheck =
  | { ok: true }
  | { ok: false; problem: 'illegal'; reason: string }
  | { ok: false; problem: 'forbidden'; reason: string }
  | { ok: false; problem: 'note_required'; reason: string };

export function nextStatuses(from: LeadStatus): LeadStatus[] {
  return Object.keys(TRANSITIONS[from]) as LeadStatus[];
}

/** The statuses this person may move the lead to from where it is now. */
export function allowedNext(from: LeadStatus, roles: ReadonlySet<LeadRole>): LeadStatus[] {
  return nextStatuses(from).filter((to) => TRANSITIONS[from][to]?.some((r) => roles.has(r)));
}

export function checkTransition(
  from: LeadStatus,
  to: LeadStatus,
  roles: ReadonlySet<LeadRole>,
  note = '',
): TransitionCheck {
  if (from === to) return { ok: false, problem: 'illegal', reason: `The lead is already ${LABEL[to]}.` };
  if (TERMINAL.has(from)) {
    const what = TERMINAL.has(to) ? `be marked ${LABEL[to]}` : 'be reopened';
    return { ok: false, problem: 'illegal', reason: `${article(from)} ${LABEL[from]} lead cannot ${what}.` };
  }
  const who = TRANSITIONS[from][to];
  if (!who) {
    const options = nextStatuses(from).map((s) => LABEL[s]);
    return {
      ok: false,
      problem: 'illegal',
      reason: `${article(from)} ${LABEL[from]} lead cannot become ${LABEL[to]}; it can become ${options.join(', ')}.`,
    };
  }
  if (!who.some((r) => roles.has(r))) {
    const names = who.map((r) => ROLE_NAMES[r]).join(' or ');
    return {
      ok: false,
      problem: 'forbidden',
      reason: `Only ${names} can move a lead from ${LABEL[from]} to ${LABEL[to]}.`,
    };
  }
  if (NEEDS_NOTE.has(to) && note.trim() === '') {
    return { ok: false, problem: 'note_required', reason: `Say why the lead is ${LABEL[to]}.` };
  }
  return { ok: true };
}

const ROLE_NAMES: Record<LeadRole, string> = {
  network_admin: 'network admins',
  finder: 'members of the finder co-op',
  assigned: 'members of the assigned co-ops',
};
