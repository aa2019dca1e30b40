/**
 * Pure decisions about a lead's content: which scope to suggest, which dates
 * make sense, and the shape the matching work reads a lead in.
 */
import type { ProfileRequirement } from '../../engine/vocabulary.ts';
import type { FieldError } from '../../http/problem.ts';

export type LeadScope = 'single_coop' | 'team' | 'consortium';

/** Above this effort one co-op rarely has the people to spare: suggest a team. */
export const TEAM_EFFORT_PERSON_DAYS = 200;
/** More people than a typical small co-op can free at once. */
export const TEAM_PEOPLE = 6;
/** Several technologies and this many people: usually more than one co-op's mix. */
export const MIXED_TEAM_PEOPLE = 4;

/**
 * Suggests single_coop or team from effort and profiles. A consortium bid is
 * never suggested: it is a deliberate choice (a public call, a partner search).
 */
export function suggestScope(lead: {
  effortPersonDays: number | null;
  profiles: ReadonlyArray<{ technologyId: string; count: number }>;
}): Exclude<LeadScope, 'consortium'> {
  const people = lead.profiles.reduce((n, p) => n + p.count, 0);
  const technologies = new Set(lead.profiles.map((p) => p.technologyId)).size;
  if ((lead.effortPersonDays ?? 0) >= TEAM_EFFORT_PERSON_DAYS) return 'team';
  if (people >= TEAM_PEOPLE) return 'team';
  if (technologies >= 2 && people >= MIXED_TEAM_PEOPLE) return 'team';
  return 'single_coop';
}

/** Scope to store: a chosen one stays; otherwise the suggestion follows the lead as it changes. */
export function resolveScope(
  chosen: LeadScope | undefined,
  current: { scope: LeadScope; scopeChosen: boolean } | undefined,
  suggestion: Exclude<LeadScope, 'consortium'>,
): { scope: LeadScope; scopeChosen: boolean } {
  if (chosen) return { scope: chosen, scopeChosen: true };
  if (current?.scopeChosen) return current;
  return { scope: suggestion, scopeChosen: false };
}

/** Dates and amounts that Zod alone cannot judge, as field errors under `#/json/...`. */
export function checkLeadValues(
  input: {
    interestDeadline?: string | null;
    startDate?: string | null;
    budget?: { min?: number | null; max?: number | null } | null;
  },
  now: Date,
): FieldError[] {
  const errors: FieldError[] = [];
  if (input.interestDeadline && new Date(input.interestDeadline).getTime() <= now.getTime()) {
    errors.push({
      pointer: '#/json/interestDeadline',
      field: 'interestDeadline',
      detail: 'The interest deadline must be in the future.',
    });
  }
  if (input.interestDeadline && input.startDate && input.startDate < input.interestDeadline.slice(0, 10)) {
    errors.push({
      pointer: '#/json/startDate',
      field: 'startDate',
      detail: 'The work cannot start before the deadline for interest.',
    });
  }
  const min = input.budget?.min;
  const max = input.budget?.max;
  if (min != null && max != null && min > max) {
    errors.push({
      pointer: '#/json/budget/max',
      field: 'budget.max',
      detail: 'The maximum budget must not be below the minimum.',
    });
  }
  return errors;
}

/** Interests may be made, changed or withdrawn while the lead is open and its deadline has not passed. */
export function interestsOpen(
  lead: { status: string; interestDeadline: Date | null },
  now: Date,
): { ok: true } | { ok: false; reason: string } {
  if (lead.status !== 'open') {
    return { ok: false, reason: 'Interests can only be made while the lead is open.' };
  }
  if (lead.interestDeadline && lead.interestDeadline.getTime() < now.getTime()) {
    return { ok: false, reason: 'The deadline for interest has passed.' };
  }
  return { ok: true };
}

/**
 * What matching reads of a lead: requirements, languages and start date —
 * never the client. `matchLead(lead: MatchableLead, coops)` belongs to the
 * notification work and the allocation engine.
 */
export interface MatchableLead {
  id: string;
  profiles: ProfileRequirement[];
  languages: string[];
  startDate: string | null;
  scope: LeadScope;
  visibleToCoopIds: string[] | null;
}
