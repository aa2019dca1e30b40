/** Notifications as TanStack Query hooks; the unread count is polled so the bell stays current. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api, must, type Schemas } from '../../api/client.ts';

export type Notification = Schemas['Notification'];

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  page: (page: number, unreadOnly: boolean) => ['notifications', 'page', page, unreadOnly] as const,
};

/** How often the bell asks for the unread count. */
export const POLL_MS = 30_000;

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: async () =>
      (await must(api.GET('/api/v1/notifications', { params: { query: { pageSize: 1, unread: 'true' } } })))
        .unread,
    enabled,
    refetchInterval: POLL_MS,
    staleTime: 10_000,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      must(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => must(api.POST('/api/v1/notifications/read-all')),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** The lead notifications' sentences, in the UI's language (the server's `text` follows the account's). */
const BODIES: Record<string, string> = {
  'notifications.leadMatched': 'notifications.body.leadMatched',
  'notifications.savedSearchMatched': 'notifications.body.savedSearchMatched',
  'notifications.mentioned': 'notifications.body.mentioned',
  'notifications.interestCreated': 'notifications.body.interestCreated',
  'notifications.interestUpdated': 'notifications.body.interestUpdated',
  'notifications.interestWithdrawn': 'notifications.body.interestWithdrawn',
};

export function notificationText(n: Notification, t: TFunction): string {
  const key = BODIES[n.bodyKey];
  return key ? String(t(key as 'notifications.body.mentioned', n.params as { author: string })) : n.text;
}

/** Where a notification leads inside the app: its lead, or the path of its own address. */
export function notificationHref(n: Notification): string | null {
  if (n.lead) return `/leads/${n.lead.id}`;
  if (!n.url) return null;
  try {
    const u = new URL(n.url, window.location.origin);
    return u.origin === window.location.origin ? u.pathname + u.search : n.url;
  } catch {
    return null;
  }
}
