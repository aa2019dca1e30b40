/**
 * The directory's filters live in the URL so a filtered directory can be
 * bookmarked and shared. These turn search params into the API query and back.
 */
import type { paths } from '../../api/openapi.d.ts';

export type DirectoryQuery = NonNullable<paths['/api/v1/coops']['get']['parameters']['query']>;

export const FILTER_KEYS = [
  'q',
  'technology',
  'minSeniority',
  'service',
  'language',
  'country',
  'stage',
  'availability',
  'sort',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const PAGE_SIZE = 20;

export function toApiQuery(params: URLSearchParams, signedIn: boolean): DirectoryQuery {
  const get = (k: string) => params.get(k) || undefined;
  const page = Number(params.get('page') ?? '1');
  const q: Record<string, unknown> = {
    q: get('q'),
    technology: get('technology'),
    service: get('service'),
    language: get('language'),
    country: get('country'),
    stage: get('stage'),
    sort: get('sort') ?? (get('q') ? 'relevance' : 'name'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
  };
  // Seniority and availability filters are for members; anonymous readers would get 401.
  if (signedIn) {
    q.minSeniority = get('technology') ? get('minSeniority') : undefined;
    q.availability = get('availability');
  } else if (q.sort === 'availability') q.sort = 'name';
  for (const k of Object.keys(q)) if (q[k] === undefined) delete q[k];
  return q as DirectoryQuery;
}

/** A copy of `params` with one filter changed; any change goes back to page 1. */
export function withFilter(params: URLSearchParams, key: FilterKey | 'page', value: string | null) {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  if (key !== 'page') next.delete('page');
  if (key === 'technology' && !value) next.delete('minSeniority');
  return next;
}

export function activeFilterCount(params: URLSearchParams): number {
  return FILTER_KEYS.filter((k) => k !== 'q' && k !== 'sort' && params.get(k)).length;
}
