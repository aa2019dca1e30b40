/**
 * Lead-specific wording for the server's (English) problems: the shared
 * translator knows lengths, ranges and addresses; these are the rules only
 * leads have (deadlines, budgets, lifecycle, interests).
 */
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';
import { type DescribedError, describeError } from '../../ui/errors.ts';

const DETAILS: Array<[RegExp, string]> = [
  [/deadline must be in the future/i, 'leads.errors.deadlinePast'],
  [/cannot start before the deadline/i, 'leads.errors.startBeforeDeadline'],
  [/start date is in the past/i, 'leads.errors.startPast'],
  [/maximum budget must not be below/i, 'leads.errors.budgetOrder'],
  [/Choose at least one co-op/i, 'leads.errors.chooseCoops'],
  [/Unknown co-op/i, 'leads.errors.unknownCoop'],
  [/Not a person of this co-op/i, 'leads.errors.notOurPerson'],
  [/^Say why/i, 'leads.errors.noteRequired'],
  [/Name the co-op/i, 'leads.errors.nameAssigned'],
  [/cannot absorb itself/i, 'leads.errors.mergeSelf'],
  [/ISO 4217/i, 'leads.errors.currency'],
];

/** What a 409 means depends on what was tried; the caller names it. */
export type ConflictContext = 'transition' | 'interest' | 'edit' | 'merge';

export function describeLeadError(err: unknown, t: TFunction, conflict?: ConflictContext): DescribedError {
  const base = describeError(err, t);
  if (!(err instanceof ApiError)) return base;
  const fields = { ...base.fields };
  for (const [field, detail] of Object.entries(err.fields)) {
    const key = DETAILS.find(([re]) => re.test(detail))?.[1];
    if (key) fields[field] = t(key as 'leads.errors.deadlinePast');
  }
  const message = err.status === 409 && conflict ? t(`leads.errors.conflict.${conflict}`) : base.message;
  return { message, fields };
}
