import { describe, expect, it } from 'vitest';
import { emptyLead, newProfileRow, suggestedScope, toLeadBody } from './lead-form-state.ts';

describe('toLeadBody', () => {
  it('sends an empty form as a minimal draft: no budget, no scope (Minga suggests one), network audience', () => {
    const body = toLeadBody(
      { ...emptyLead('mc3'), title: 'Tenant portal', description: 'A portal' },
      { withContact: true },
    );
    expect(body).toMatchObject({
      title: 'Tenant portal',
      finderCoop: 'mc3',
      profiles: [],
      budget: null,
      effortPersonDays: null,
      interestDeadline: null,
      visibility: { audience: 'network', coops: [] },
      tags: [],
    });
    expect('scope' in body).toBe(false);
  });

  it('maps every field a member fills in', () => {
    const s = {
      ...emptyLead(''),
      title: 'T',
      description: 'D',
      email: 'ana@client.org',
      profiles: [
        { ...newProfileRow(), count: '2', technology: 'drupal', minSeniority: 'senior' as const },
        newProfileRow(),
      ],
      budgetMin: '1000',
      budgetMax: '',
      currency: 'gbp',
      budgetVisibility: 'private' as const,
      scope: 'consortium' as const,
      audience: 'chosen' as const,
      coops: ['mc3'],
      interestDeadline: '2031-02-01T17:00',
      tags: ' housing, , drupal ',
      finderFee: '5',
    };
    const body = toLeadBody(s, { withContact: true });
    expect(body.finderCoop).toBeNull();
    expect(body.client?.email).toBe('ana@client.org');
    expect(body.profiles).toEqual([{ count: 2, technology: 'drupal', minSeniority: 'senior' }]);
    expect(body.budget).toEqual({ min: 1000, max: null, currency: 'GBP', visibility: 'private' });
    expect(body.scope).toBe('consortium');
    expect(body.visibility?.coops).toEqual(['mc3']);
    expect(body.interestDeadline).toBe(new Date('2031-02-01T17:00').toISOString());
    expect(body.tags).toEqual(['housing', 'drupal']);
    expect(body.terms?.finderFeePercent).toBe(5);
  });

  it('never blanks a contact the editor was not shown', () => {
    const body = toLeadBody(
      { ...emptyLead(''), title: 'T', description: 'D', organisation: 'Acme' },
      { withContact: false },
    );
    expect(body.client).toEqual({ organisation: 'Acme' });
  });
});

describe('suggestedScope', () => {
  const rows = (...r: Array<[string, string]>) =>
    r.map(([technology, count]) => ({ ...newProfileRow(), technology, count }));
  it('follows the server rule: 200 person-days, 6 people, or 2 technologies with 4 people', () => {
    expect(suggestedScope({ effort: '199', profiles: rows(['drupal', '5']) })).toBe('single_coop');
    expect(suggestedScope({ effort: '200', profiles: [] })).toBe('team');
    expect(suggestedScope({ effort: '', profiles: rows(['drupal', '6']) })).toBe('team');
    expect(suggestedScope({ effort: '', profiles: rows(['drupal', '2'], ['react', '2']) })).toBe('team');
    expect(suggestedScope({ effort: '', profiles: rows(['drupal', '2'], ['drupal', '1']) })).toBe(
      'single_coop',
    );
    expect(suggestedScope({ effort: '', profiles: rows(['', '9']) })).toBe('single_coop');
  });
});
