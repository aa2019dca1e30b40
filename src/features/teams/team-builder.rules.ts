/**
 * Pure pieces of turning a lead and the network's records into the team
 * builder's inputs: the request (requirements, dates, hours a slot needs)
 * and how strong a past collaboration is.
 */
import { hoursPerSlotFor } from '../../engine/teams/teams.model.ts';
import type { TeamRequest } from '../../engine/teams/teams.types.ts';
import type { Seniority } from '../../engine/vocabulary.ts';

/** What the builder needs to know about a lead. */
export interface LeadForTeam {
  profiles: ReadonlyArray<{ count: number; technology: { name: string }; minSeniority: Seniority }>;
  startDate: string | null;
  durationWeeks: number | null;
  effortPersonDays: number | null;
  scope: 'single_coop' | 'team' | 'consortium';
}

export interface TeamRequestOptions {
  preference?: 'fewest_coops' | 'spread_work';
  /** Defaults to true unless the lead is meant for a single co-op. */
  coordinatorRequired?: boolean;
  /** ISO date used when the lead has no start date. */
  today: string;
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Requirements come from the lead's profiles, named by technology so that
 * gaps read "no senior Elixir developer". Hours a slot needs follow from the
 * effort spread over the duration; without both, hours do not constrain the
 * team (every free person can hold one slot per requirement).
 */
export function teamRequestFor(lead: LeadForTeam, opts: TeamRequestOptions): TeamRequest {
  const requirements = lead.profiles.map((p) => ({
    technology: p.technology.name,
    minSeniority: p.minSeniority,
    count: p.count,
  }));
  const slots = requirements.reduce((n, r) => n + r.count, 0);
  const startDate = lead.startDate ?? opts.today;
  const endDate = lead.durationWeeks ? addDays(startDate, lead.durationWeeks * 7) : null;
  const hoursPerSlot =
    lead.effortPersonDays && endDate && slots > 0
      ? Math.round(hoursPerSlotFor(lead.effortPersonDays, startDate, endDate, slots) * 100) / 100
      : 0;
  return {
    requirements,
    startDate,
    endDate,
    hoursPerSlot,
    coordinatorRequired: opts.coordinatorRequired ?? lead.scope !== 'single_coop',
    preference: opts.preference ?? 'fewest_coops',
  };
}

/**
 * Strength 0..1 of two co-ops' past collaboration from how many projects they
 * delivered together (case studies and past Minga teams): the first counts
 * half, each further one halves what is left.
 */
export function collaborationStrength(projectsTogether: number): number {
  return projectsTogether <= 0 ? 0 : 1 - 0.5 ** projectsTogether;
}

/** The ledger's neutral share when there is no ledger yet: nobody owed more than anyone else. */
export const NEUTRAL_LEDGER_SHARE = 0.5;
