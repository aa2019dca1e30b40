/** Who is signed in, and signing in and out. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, authCall, must, type Schemas } from '../api/client.ts';
import { currentLocale, isLocale, setLocale, storedLocale } from './i18n.ts';

export type Me = Schemas['Me'];

export const meQueryKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await must(api.GET('/api/v1/me'));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** The co-ops the signed-in account administers (network admins may edit any). */
export function adminCoops(me: Me | null | undefined) {
  return (me?.coops ?? []).filter((c) => c.role === 'admin');
}

export function useSignIn() {
  const qc = useQueryClient();
  return async (email: string, password: string) => {
    await authCall('/sign-in/email', { email, password });
    const me = await qc.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
    // A language chosen in this browser wins; otherwise the account's preference applies.
    if (me && !storedLocale() && isLocale(me.locale) && me.locale !== currentLocale())
      await setLocale(me.locale);
    await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    return me;
  };
}

export function useSignOut() {
  const qc = useQueryClient();
  return async () => {
    await authCall('/sign-out', {});
    qc.setQueryData(meQueryKey, null);
    await qc.resetQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  };
}
