/** The shared taxonomy of technologies and services, cached for the visit. */
import { useQuery } from '@tanstack/react-query';
import { api, must } from '../api/client.ts';

export function useTerms(kind: 'technology' | 'service') {
  return useQuery({
    queryKey: ['terms', kind],
    queryFn: async () => (await must(api.GET('/api/v1/terms', { params: { query: { kind } } }))).items,
    staleTime: 5 * 60_000,
  });
}
