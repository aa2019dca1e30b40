/**
 * The lead search lives in the URL (shareable, bookmarkable), and a saved
 * search keeps the same filters. These turn search params into the API's
 * query, into a saved search's query, and back.
 */
import type { paths } from '../../api/openapi.d.ts';

export type LeadQuery = NonNullable<paths['/api/v1/leads']['get']['parameters']['query']>;
export type SavedQuery = Omit<LeadQuery, 'page' | 'pageSize'>;

export const LEAD_FILTER_KEYS = [
  'q',
  'lang',
  'status',
  'technology',
  'scope',
  'deadlineAfter',
  'deadlineBefore',
  'finder',
  'sort',
] as const;
export type LeadFilterKey = (typeof LEAD_FILTER_KEYS)[number];

export const LEADS_PAGE_SIZE = 20;

const list = (v: string | null) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The filters in `params`, as a saved search stores them (lists as arrays, nothing empty). */
export function toSavedQuery(params: URLSearchParams): SavedQuery {
  const q: Record<string, unknown> = {};
  for (const key of LEAD_FILTER_KEYS) {
    const v = params.get(key)?.trim();
    if (!v) continue;
    q[key] = key === 'status' || key === 'technology' ? list(v) : v;
  }
  return q as SavedQuery;
}

/** The API query for a page of results: the filters plus paging; relevance first when searching words. */
export function toLeadQuery(params: URLSearchParams): LeadQuery {
  const page = Number(params.get('page') ?? '1');
  const saved = toSavedQuery(params);
  return {
    ...saved,
    sort: saved.sort ?? (saved.q ? 'relevance' : 'newest'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: LEADS_PAGE_SIZE,
  };
}

/** A saved search's stored query back into URL params (what "run this search" opens). */
export function fromSavedQuery(query: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LEAD_FILTER_KEYS) {
    const v = query[key];
    if (Array.isArray(v) && v.length) params.set(key, v.map(String).join(','));
    else if (typeof v === 'string' && v) params.set(key, v);
  }
  return params;
}

/** A copy of `params` with one filter changed; any change goes back to page 1. */
export function withLeadFilter(params: URLSearchParams, key: LeadFilterKey | 'page', value: string | null) {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  if (key !== 'page') next.delete('page');
  if (key === 'q' && !value) next.delete('lang');
  return next;
}

export function activeLeadFilterCount(params: URLSearchParams): number {
  return LEAD_FILTER_KEYS.filter((k) => k !== 'q' && k !== 'sort' && k !== 'lang' && params.get(k)).length;
}
