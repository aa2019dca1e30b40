import { describe, expect, it } from 'vitest';
import {
  activeLeadFilterCount,
  fromSavedQuery,
  toLeadQuery,
  toSavedQuery,
  withLeadFilter,
} from './lead-search.ts';

describe('lead search in the URL', () => {
  it('turns params into the API query, lists as arrays, relevance first when searching words', () => {
    const params = new URLSearchParams('q=drupal&status=open,deciding&technology=drupal&page=2&finder=');
    expect(toLeadQuery(params)).toEqual({
      q: 'drupal',
      status: ['open', 'deciding'],
      technology: ['drupal'],
      sort: 'relevance',
      page: 2,
      pageSize: 20,
    });
    expect(toLeadQuery(new URLSearchParams('page=-3')).sort).toBe('newest');
    expect(toLeadQuery(new URLSearchParams('page=-3')).page).toBe(1);
  });

  it('saves only the filters, and a saved query opens the same search', () => {
    const params = new URLSearchParams('q=web&lang=es&scope=team&deadlineAfter=2031-01-01&page=3');
    const saved = toSavedQuery(params);
    expect(saved).toEqual({ q: 'web', lang: 'es', scope: 'team', deadlineAfter: '2031-01-01' });
    expect(fromSavedQuery(saved).toString()).toBe('q=web&lang=es&scope=team&deadlineAfter=2031-01-01');
    expect(fromSavedQuery({ status: ['open', 'deciding'], nonsense: 'x' }).toString()).toBe(
      'status=open%2Cdeciding',
    );
  });

  it('goes back to page 1 on any change, and forgets the language with the words', () => {
    const params = new URLSearchParams('q=web&lang=es&page=4');
    expect(withLeadFilter(params, 'scope', 'team').toString()).toBe('q=web&lang=es&scope=team');
    expect(withLeadFilter(params, 'q', null).toString()).toBe('');
    expect(withLeadFilter(params, 'page', '5').get('page')).toBe('5');
  });

  it('counts filters, not words or order', () => {
    expect(activeLeadFilterCount(new URLSearchParams('q=x&sort=newest&lang=en&status=open&finder=mc3'))).toBe(
      2,
    );
  });
});
