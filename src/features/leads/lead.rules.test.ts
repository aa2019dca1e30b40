import { describe, expect, it } from 'vitest';
import { checkLeadValues, interestsOpen, resolveScope, suggestScope } from './lead.rules.ts';

const p = (technologyId: string, count: number) => ({ technologyId, count });

describe('suggestScope', () => {
  it('suggests one co-op for small work', () => {
    expect(suggestScope({ effortPersonDays: 20, profiles: [p('react', 2)] })).toBe('single_coop');
    expect(suggestScope({ effortPersonDays: null, profiles: [] })).toBe('single_coop');
  });
  it('suggests a team for large effort, many people, or several technologies with several people', () => {
    expect(suggestScope({ effortPersonDays: 200, profiles: [p('react', 1)] })).toBe('team');
    expect(suggestScope({ effortPersonDays: 10, profiles: [p('react', 6)] })).toBe('team');
    expect(suggestScope({ effortPersonDays: 10, profiles: [p('react', 2), p('elixir', 2)] })).toBe('team');
    expect(suggestScope({ effortPersonDays: 10, profiles: [p('react', 2), p('react', 1)] })).toBe(
      'single_coop',
    );
  });
});

describe('resolveScope', () => {
  it('keeps a chosen scope and lets the suggestion follow otherwise', () => {
    expect(resolveScope('consortium', undefined, 'single_coop')).toEqual({
      scope: 'consortium',
      scopeChosen: true,
    });
    expect(resolveScope(undefined, { scope: 'consortium', scopeChosen: true }, 'team')).toEqual({
      scope: 'consortium',
      scopeChosen: true,
    });
    expect(resolveScope(undefined, { scope: 'single_coop', scopeChosen: false }, 'team')).toEqual({
      scope: 'team',
      scopeChosen: false,
    });
  });
});

describe('checkLeadValues', () => {
  const now = new Date('2030-01-10T12:00:00Z');
  it('refuses a deadline in the past, a start before it and an upside-down budget', () => {
    const errors = checkLeadValues(
      { interestDeadline: '2030-01-01T00:00:00Z', startDate: '2029-12-01', budget: { min: 10, max: 5 } },
      now,
    );
    expect(errors.map((e) => e.pointer)).toEqual([
      '#/json/interestDeadline',
      '#/json/startDate',
      '#/json/budget/max',
    ]);
  });
  it('accepts sensible values', () => {
    expect(
      checkLeadValues(
        { interestDeadline: '2030-02-01T00:00:00Z', startDate: '2030-03-01', budget: { min: 1, max: 2 } },
        now,
      ),
    ).toEqual([]);
  });
});

describe('interestsOpen', () => {
  const now = new Date('2030-01-10T12:00:00Z');
  it('is open only while the lead is open and before the deadline', () => {
    expect(interestsOpen({ status: 'open', interestDeadline: null }, now)).toEqual({ ok: true });
    expect(
      interestsOpen({ status: 'open', interestDeadline: new Date('2030-01-09T00:00:00Z') }, now),
    ).toMatchObject({
      ok: false,
    });
    expect(interestsOpen({ status: 'deciding', interestDeadline: null }, now)).toMatchObject({ ok: false });
  });
});
