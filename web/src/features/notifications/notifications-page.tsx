/** Your notifications, newest first: unread ones marked, each linking to its lead; mark one or all read. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import {
  type Notification,
  notificationHref,
  notificationKeys,
  notificationText,
  useMarkAllRead,
  useMarkRead,
} from './notification-api.ts';
import './notifications.css';

const PAGE_SIZE = 20;

function NotificationItem(props: { n: Notification }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const markRead = useMarkRead();
  const n = props.n;
  const href = notificationHref(n);
  const unread = !n.readAt;
  const title = n.lead?.title ?? n.title;
  return (
    <li className={`notification${unread ? ' notification--unread' : ''}`} data-testid="notification">
      <div>
        <strong>
          {href?.startsWith('/') ? (
            <Link to={href} onClick={() => unread && markRead.mutate(n.id)}>
              {title}
            </Link>
          ) : (
            title
          )}
        </strong>
        {unread && <span className="tag tag--current">{t('notifications.unread')}</span>}
        <p>{notificationText(n, t)}</p>
        <p className="muted">
          <time dateTime={n.createdAt}>{fmt.dateTime(n.createdAt)}</time>
        </p>
      </div>
      {unread && (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={markRead.isPending}
          onClick={() => markRead.mutate(n.id)}
        >
          {t('notifications.markRead')}
          <span className="visually-hidden"> {title}</span>
        </button>
      )}
    </li>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('notifications.title'));
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const unreadOnly = params.get('unread') === 'true';
  const list = useQuery({
    queryKey: notificationKeys.page(page, unreadOnly),
    queryFn: () =>
      must(
        api.GET('/api/v1/notifications', {
          params: {
            query: { page, pageSize: PAGE_SIZE, ...(unreadOnly ? { unread: 'true' as const } : {}) },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled: !!me.data,
  });
  const markAll = useMarkAllRead();
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/sign-in?next=/notifications" replace />;
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const go = (next: URLSearchParams) => setParams(next);

  return (
    <div className="page page--narrow">
      <div className="page__header">
        <h1>{t('notifications.title')}</h1>
        <p className="lede">
          {t('notifications.lede')}{' '}
          <Link to="/account#notification-settings">{t('notifications.settingsLink')}</Link>
        </p>
      </div>
      <div className="results-bar">
        <h2 className="results-bar__count" aria-live="polite">
          {data
            ? t('notifications.unreadCount', { count: data.unread, formatted: fmt.number(data.unread) })
            : ''}
        </h2>
        <div className="actions">
          <div className="checkbox-grid">
            <label>
              <input
                type="checkbox"
                checked={unreadOnly}
                onChange={(e) => go(new URLSearchParams(e.target.checked ? { unread: 'true' } : {}))}
              />
              {t('notifications.onlyUnread')}
            </label>
          </div>
          {data && data.unread > 0 && (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {t('notifications.markAllRead')}
            </button>
          )}
        </div>
      </div>
      {markAll.isError && (
        <p className="field__error" role="alert">
          {describeError(markAll.error, t).message}
        </p>
      )}
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} retry={() => void list.refetch()} />}
      {data && data.items.length === 0 && (
        <div className="notice">
          <p>{t(unreadOnly ? 'notifications.noneUnread' : 'notifications.none')}</p>
        </div>
      )}
      {data && data.items.length > 0 && (
        <ul className="notification-list">
          {data.items.map((n) => (
            <NotificationItem key={n.id} n={n} />
          ))}
        </ul>
      )}
      {data && pages > 1 && (
        <nav className="pagination" aria-label={t('directory.pagination.label')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={page <= 1}
            onClick={() =>
              go(new URLSearchParams({ ...(unreadOnly ? { unread: 'true' } : {}), page: String(page - 1) }))
            }
          >
            {t('directory.pagination.previous')}
          </button>
          <span>
            {t('directory.pagination.pageOf', { page: fmt.number(page), pages: fmt.number(pages) })}
          </span>
          <button
            type="button"
            className="button button--secondary"
            disabled={page >= pages}
            onClick={() =>
              go(new URLSearchParams({ ...(unreadOnly ? { unread: 'true' } : {}), page: String(page + 1) }))
            }
          >
            {t('directory.pagination.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
