import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { describeLeadError } from './lead-errors.ts';

const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const problem = (status: number, errors: Array<[string, string]> = []) =>
  new ApiError(status, {
    title: 'x',
    errors: errors.map(([field, detail]) => ({ pointer: `#/json/${field}`, field, detail })),
  });

describe('describeLeadError', () => {
  it("words the leads' own rules, and leaves the shared ones to the shared translator", () => {
    const err = problem(422, [
      ['interestDeadline', 'The interest deadline must be in the future.'],
      ['startDate', 'The work cannot start before the deadline for interest.'],
      ['profiles.0.technology', 'Unknown technology "cobol-on-wheels".'],
      ['title', 'Too small: expected string to have >=3 characters'],
    ]);
    expect(describeLeadError(err, t).fields).toEqual({
      interestDeadline: 'leads.errors.deadlinePast',
      startDate: 'leads.errors.startBeforeDeadline',
      'profiles.0.technology': 'validation.unknownTerm',
      title: 'validation.tooShort {"count":3}',
    });
  });

  it('explains a 409 by what was being tried', () => {
    expect(describeLeadError(problem(409), t, 'interest').message).toBe('leads.errors.conflict.interest');
    expect(describeLeadError(problem(409), t).message).toBe('errors.conflict');
  });
});
