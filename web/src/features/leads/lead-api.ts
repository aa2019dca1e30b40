/** The leads API as TanStack Query hooks, the words of the lead lifecycle, and shared query keys. */
import { useQuery } from '@tanstack/react-query';
import { api, must, type Schemas } from '../../api/client.ts';

export type Lead = Schemas['LeadDetail'];
export type LeadSummary = Schemas['LeadSummary'];
export type LeadStatus = LeadSummary['status'];
export type LeadMode = LeadSummary['mode'];
export type LeadScope = LeadSummary['scope'];
export type Interest = Schemas['Interest'];
export type InterestRole = Interest['role'];
export type Need = Interest['need'];
export type Seniority = LeadSummary['profiles'][number]['minSeniority'];

export const STATUSES: LeadStatus[] = [
  'draft',
  'in_triage',
  'open',
  'deciding',
  'assigned',
  'in_progress',
  'delivered',
  'lost',
  'withdrawn',
  'declined',
];
export const MODES: LeadMode[] = ['fixed_price', 'time_and_materials', 'staff_augmentation', 'unknown'];
export const SCOPES: LeadScope[] = ['single_coop', 'team', 'consortium'];
export const ROLES: InterestRole[] = ['lead', 'partner', 'subcontractor'];
export const NEEDS: Need[] = ['low', 'medium', 'high'];
export const SENIORITIES: Seniority[] = ['junior', 'semi_senior', 'senior', 'expert'];

/**
 * Moves that must say why (the server's NEEDS_NOTE in lead.lifecycle.rules.ts):
 * the reason is kept in the history and, for a decline, mailed to the client.
 */
export const NEEDS_NOTE: ReadonlySet<LeadStatus> = new Set(['declined', 'lost', 'withdrawn']);

/** Lists go to the API comma-separated (`status=open,deciding`), as the search expects. */
export const commaLists = { array: { style: 'form', explode: false } } as const;

/** Query keys: every lead query starts with 'lead' or 'leads' so one invalidation refreshes them all. */
export const leadKeys = {
  all: ['leads'] as const,
  detail: (id: string) => ['lead', id] as const,
  interests: (id: string) => ['lead', id, 'interests'] as const,
  comments: (id: string) => ['lead', id, 'comments'] as const,
  events: (id: string) => ['lead', id, 'events'] as const,
  savedSearches: ['saved-searches'] as const,
};

export function useLead(id: string) {
  return useQuery({
    queryKey: leadKeys.detail(id),
    queryFn: () => must(api.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
  });
}

export function useInterests(id: string) {
  return useQuery({
    queryKey: leadKeys.interests(id),
    queryFn: async () =>
      (await must(api.GET('/api/v1/leads/{id}/interests', { params: { path: { id } } }))).items,
    enabled: id !== '',
  });
}

export function useLeadEvents(id: string) {
  return useQuery({
    queryKey: leadKeys.events(id),
    queryFn: async () =>
      (await must(api.GET('/api/v1/leads/{id}/events', { params: { path: { id } } }))).items,
  });
}

export function useComments(id: string) {
  return useQuery({
    queryKey: leadKeys.comments(id),
    queryFn: async () =>
      (await must(api.GET('/api/v1/leads/{id}/comments', { params: { path: { id } } }))).items,
  });
}

/** Every co-op's slug and name, for the finder filter and the "chosen co-ops" picker. */
export function useCoopNames() {
  return useQuery({
    queryKey: ['coops', 'names'],
    queryFn: async () => {
      const out: Array<{ slug: string; name: string }> = [];
      for (let page = 1; page < 100; page++) {
        const res = await must(
          api.GET('/api/v1/coops', { params: { query: { sort: 'name', page, pageSize: 100 } } }),
        );
        out.push(...res.items.map((c) => ({ slug: c.slug, name: c.name })));
        if (page * res.pageSize >= res.total) break;
      }
      return out;
    },
    staleTime: 5 * 60_000,
  });
}

/** Active interests only: a withdrawn interest is history, not an offer. */
export const activeInterests = (items: Interest[] | undefined) =>
  (items ?? []).filter((i) => i.status === 'active');
