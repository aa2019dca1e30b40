/** The partner-network API as TanStack Query hooks, with shared query keys. */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, must, type Schemas } from '../../api/client.ts';

export type PartnerLead = Schemas['PartnerLead'];
export type PartnerLeadPage = Schemas['PartnerLeadPage'];
export type RemoteInterest = Schemas['RemoteInterest'];
export type BlockedInstance = Schemas['BlockedInstance'];

/** Every key starts with 'federation', so one invalidation refreshes all of them. */
export const partnerKeys = {
  all: ['federation'] as const,
  partnerships: ['federation', 'partnerships'] as const,
  blocked: ['federation', 'blocked'] as const,
  leads: ['federation', 'partner-leads'] as const,
  leadPage: (q: { page: number; status?: string }) => ['federation', 'partner-leads', q] as const,
  lead: (id: string) => ['federation', 'partner-lead', id] as const,
  remoteInterests: (leadId: string) => ['federation', 'remote-interests', leadId] as const,
};

export function usePartnerships(enabled: boolean) {
  return useQuery({
    queryKey: partnerKeys.partnerships,
    queryFn: async () => (await must(api.GET('/api/v1/partnerships'))).items,
    enabled,
  });
}

export function useBlockedInstances(enabled: boolean) {
  return useQuery({
    queryKey: partnerKeys.blocked,
    queryFn: async () => (await must(api.GET('/api/v1/blocked-instances'))).items,
    enabled,
  });
}

export function usePartnerLeads(q: { page: number; status?: string }, enabled: boolean) {
  return useQuery({
    queryKey: partnerKeys.leadPage(q),
    queryFn: () =>
      must(
        api.GET('/api/v1/partner-leads', {
          params: { query: { page: q.page, pageSize: 20, ...(q.status ? { status: q.status } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * One partner lead. The API lists them only, so the detail view reads the
 * list (newest first, 100 at a time) until it finds it, showing the copy
 * from a list page already fetched meanwhile.
 */
export function usePartnerLead(id: string, enabled: boolean) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: partnerKeys.lead(id),
    enabled,
    placeholderData: () => {
      for (const [, data] of qc.getQueriesData<PartnerLeadPage>({ queryKey: partnerKeys.leads })) {
        const hit = data?.items.find((l) => l.id === id);
        if (hit) return hit;
      }
      return undefined;
    },
    queryFn: async (): Promise<PartnerLead | null> => {
      for (let page = 1; page <= 100; page++) {
        const res = await must(
          api.GET('/api/v1/partner-leads', { params: { query: { page, pageSize: 100 } } }),
        );
        const hit = res.items.find((l) => l.id === id);
        if (hit) return hit;
        if (page * res.pageSize >= res.total) break;
      }
      return null;
    },
  });
}

export function useRemoteInterests(leadId: string, enabled: boolean) {
  return useQuery({
    queryKey: partnerKeys.remoteInterests(leadId),
    queryFn: async () =>
      (await must(api.GET('/api/v1/leads/{id}/remote-interests', { params: { path: { id: leadId } } })))
        .items,
    enabled,
  });
}
