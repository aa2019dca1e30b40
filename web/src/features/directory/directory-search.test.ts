import { describe, expect, it } from 'vitest';
import { activeFilterCount, PAGE_SIZE, toApiQuery, withFilter } from './directory-search.ts';

const params = (s: string) => new URLSearchParams(s);

describe('toApiQuery', () => {
  it('passes the URL filters to the API with the page size', () => {
    expect(toApiQuery(params('technology=drupal,php&country=GB&stage=new&page=3'), false)).toEqual({
      technology: 'drupal,php',
      country: 'GB',
      stage: 'new',
      sort: 'name',
      page: 3,
      pageSize: PAGE_SIZE,
    });
  });

  it('sorts a text search by relevance unless told otherwise', () => {
    expect(toApiQuery(params('q=web'), false).sort).toBe('relevance');
    expect(toApiQuery(params('q=web&sort=headcount'), false).sort).toBe('headcount');
  });

  it('leaves members-only filters out for anonymous readers, who would get 401', () => {
    const q = toApiQuery(
      params('technology=drupal&minSeniority=senior&availability=available&sort=availability'),
      false,
    );
    expect(q).not.toHaveProperty('minSeniority');
    expect(q).not.toHaveProperty('availability');
    expect(q.sort).toBe('name');
  });

  it('sends members-only filters for members, seniority only with a technology', () => {
    expect(toApiQuery(params('technology=drupal&minSeniority=senior&availability=busy'), true)).toMatchObject(
      {
        minSeniority: 'senior',
        availability: 'busy',
      },
    );
    expect(toApiQuery(params('minSeniority=senior'), true)).not.toHaveProperty('minSeniority');
  });

  it('falls back to page 1 for a page that is not a positive whole number', () => {
    for (const page of ['0', '-2', 'abc', '1.5'])
      expect(toApiQuery(params(`page=${page}`), false).page).toBe(1);
  });
});

describe('withFilter', () => {
  it('changes one filter, goes back to page 1 and keeps the others', () => {
    const next = withFilter(params('country=GB&page=4'), 'stage', 'new');
    expect(next.toString()).toBe('country=GB&stage=new');
  });

  it('removes a filter given no value, and the seniority that depended on the technology', () => {
    expect(
      withFilter(params('technology=drupal&minSeniority=senior&country=GB'), 'technology', null).toString(),
    ).toBe('country=GB');
  });

  it('keeps the other filters when turning the page', () => {
    expect(withFilter(params('country=GB'), 'page', '2').toString()).toBe('country=GB&page=2');
  });
});

describe('activeFilterCount', () => {
  it('counts filters but not the search text or the sort', () => {
    expect(activeFilterCount(params('q=web&sort=name&technology=drupal&country=GB'))).toBe(2);
  });
});
