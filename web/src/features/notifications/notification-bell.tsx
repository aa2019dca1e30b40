/** The header's bell: a link to the notifications with the unread count, polled every 30 seconds. */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useFormat } from '../../lib/format.ts';
import { useUnreadCount } from './notification-api.ts';
import './notifications.css';

export function NotificationBell() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unread = useUnreadCount(true);
  const n = unread.data ?? 0;
  const label =
    n > 0
      ? t('notifications.bell.unread', { count: n, formatted: fmt.number(n) })
      : t('notifications.bell.label');
  return (
    <NavLink
      to="/notifications"
      className="bell"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" />
      </svg>
      {n > 0 && (
        <span className="bell__count" aria-hidden="true">
          {n > 99 ? '99+' : fmt.number(n)}
        </span>
      )}
    </NavLink>
  );
}
