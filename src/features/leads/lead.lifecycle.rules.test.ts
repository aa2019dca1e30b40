import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAD_STATUSES } from '../../db/schema/leads.ts';
import {
  allowedNext,
  checkTransition,
  type LeadRole,
  type LeadStatus,
  nextStatuses,
  TERMINAL,
  TRANSITIONS,
} from './lead.lifecycle.rules.ts';

const ALL_ROLES: ReadonlySet<LeadRole> = new Set(['network_admin', 'finder', 'assigned']);
const roles = (...r: LeadRole[]) => new Set(r);

describe('lead lifecycle', () => {
  it('follows the main path draft → … → delivered for an admin', () => {
    const path: LeadStatus[] = [
      'draft',
      'in_triage',
      'open',
      'deciding',
      'assigned',
      'in_progress',
      'delivered',
    ];
    for (let i = 1; i < path.length; i++) {
      expect(checkTransition(path[i - 1]!, path[i]!, roles('network_admin'))).toEqual({ ok: true });
    }
  });

  it('explains why a delivered lead cannot be reopened', () => {
    expect(checkTransition('delivered', 'open', ALL_ROLES)).toEqual({
      ok: false,
      problem: 'illegal',
      reason: 'A delivered lead cannot be reopened.',
    });
    expect(checkTransition('declined', 'lost', ALL_ROLES)).toMatchObject({
      problem: 'illegal',
      reason: 'A declined lead cannot be marked lost.',
    });
  });

  it('names the possible next statuses when a jump is illegal', () => {
    const r = checkTransition('draft', 'delivered', ALL_ROLES);
    expect(r).toMatchObject({ ok: false, problem: 'illegal' });
    expect(r.ok ? '' : r.reason).toBe(
      'A draft lead cannot become delivered; it can become in-triage, open, withdrawn.',
    );
  });

  it('keeps triage decisions for network admins', () => {
    expect(checkTransition('in_triage', 'open', roles('finder'))).toMatchObject({ problem: 'forbidden' });
    expect(checkTransition('in_triage', 'open', roles('network_admin'))).toEqual({ ok: true });
    expect(checkTransition('deciding', 'assigned', roles('finder', 'assigned'))).toMatchObject({
      problem: 'forbidden',
    });
  });

  it('lets the assigned co-op deliver, but not publish or withdraw', () => {
    expect(checkTransition('in_progress', 'delivered', roles('assigned'))).toEqual({ ok: true });
    expect(checkTransition('draft', 'open', roles('assigned'))).toMatchObject({ problem: 'forbidden' });
    expect(checkTransition('open', 'withdrawn', roles('assigned'), 'x')).toMatchObject({
      problem: 'forbidden',
    });
  });

  it('asks for a reason to decline, withdraw or lose a lead', () => {
    expect(checkTransition('in_triage', 'declined', ALL_ROLES)).toMatchObject({ problem: 'note_required' });
    expect(checkTransition('in_triage', 'declined', ALL_ROLES, 'Out of scope')).toEqual({ ok: true });
    expect(checkTransition('open', 'lost', ALL_ROLES, '  ')).toMatchObject({ problem: 'note_required' });
  });

  it('refuses staying in place', () => {
    expect(checkTransition('open', 'open', ALL_ROLES)).toMatchObject({ problem: 'illegal' });
  });

  it('lists only the moves a role may make', () => {
    expect(allowedNext('in_triage', roles('finder'))).toEqual(['withdrawn']);
    expect(allowedNext('in_triage', roles('network_admin')).sort()).toEqual([
      'declined',
      'open',
      'withdrawn',
    ]);
    expect(allowedNext('open', new Set())).toEqual([]);
  });

  it('has no exits from terminal states, and every other state has one', () => {
    for (const s of LEAD_STATUSES) {
      expect(nextStatuses(s).length === 0).toBe(TERMINAL.has(s));
    }
  });

  it('never leaves the set of statuses, and ends nowhere but in a terminal state when stuck', () => {
    const statuses = new Set<string>(LEAD_STATUSES);
    const roleSets = fc
      .subarray(['network_admin', 'finder', 'assigned'] as LeadRole[])
      .map((r) => new Set(r));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), roleSets), { maxLength: 40 }), (steps) => {
        let s: LeadStatus = 'draft';
        for (const [pick, who] of steps) {
          const options = allowedNext(s, who);
          if (options.length === 0) continue;
          const to = options[pick % options.length]!;
          expect(checkTransition(s, to, who, 'because')).toEqual({ ok: true });
          s = to;
          expect(statuses.has(s)).toBe(true);
        }
        if (nextStatuses(s).length === 0) expect(TERMINAL.has(s)).toBe(true);
      }),
    );
  });

  it('refuses every move out of a terminal state, whoever asks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TERMINAL),
        fc.constantFrom(...LEAD_STATUSES),
        fc.subarray(['network_admin', 'finder', 'assigned'] as LeadRole[]),
        (from, to, who) => {
          const r = checkTransition(from, to, new Set(who), 'note');
          expect(r.ok).toBe(false);
          expect(r.ok ? '' : r.problem).toBe('illegal');
        },
      ),
    );
  });

  it('every transition in the table names at least one role and a known status', () => {
    for (const [from, tos] of Object.entries(TRANSITIONS)) {
      expect(LEAD_STATUSES).toContain(from);
      for (const [to, who] of Object.entries(tos)) {
        expect(LEAD_STATUSES).toContain(to);
        expect(who?.length).toBeGreaterThan(0);
      }
    }
  });
});
