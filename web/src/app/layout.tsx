/** The frame of every page: skip link, header with navigation and language switch, main, footer. */
import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { NotificationBell } from '../features/notifications/notification-bell.tsx';
import { currentLocale, LOCALES, type Locale, setLocale } from './i18n.ts';
import { useMe, useSignOut } from './session.ts';

function LanguageSwitch() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const active = currentLocale();
  const choose = async (locale: Locale) => {
    await setLocale(locale);
    // Remembered in the account too, so it follows the person to other devices.
    if (me) await api.PATCH('/api/v1/me', { body: { locale } }).catch(() => undefined);
  };
  return (
    <fieldset className="lang-switch" aria-label={t('layout.language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === active}
          onClick={() => void choose(l)}
          title={t(`layout.languageName.${l}`)}
        >
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="visually-hidden">{t(`layout.languageName.${l}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}

function AccountLinks() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  if (isPending) return <span className="header__account" aria-hidden="true" />;
  if (!me) {
    if (location.pathname === '/sign-in') return null;
    const next =
      location.pathname === '/sign-in'
        ? ''
        : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <Link className="button button--small" to={`/sign-in${next}`}>
        {t('layout.signIn')}
      </Link>
    );
  }
  return (
    <button
      type="button"
      className="button button--small button--secondary"
      onClick={async () => {
        await signOut();
        navigate('/');
      }}
    >
      {t('layout.signOut')}
    </button>
  );
}

/** Moves focus to the page's content after a client-side navigation, as a full page load would. */
function useFocusOnNavigate(target: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page, which is what pathname marks
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const h1 = target.current?.querySelector('h1');
    if (h1) h1.tabIndex = -1;
    (h1 ?? target.current)?.focus();
    window.scrollTo(0, 0);
  }, [pathname, target]);
}

/** A thin bar at the top while anything talks to the server for more than a moment. */
function ActivityBar() {
  const busy = useIsFetching() + useIsMutating() > 0;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!busy) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), 300);
    return () => clearTimeout(timer);
  }, [busy]);
  return shown ? <div className="progress-bar" aria-hidden="true" /> : null;
}

export function Layout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  const ownCoop = me?.coops[0];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <ActivityBar />
      <header className="site-header">
        <div className="site-header__top">
          <Link to="/" className="brand">
            <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <path
                d="M8 23V10l8 8 8-8v13"
                fill="none"
                stroke="#fff"
                strokeWidth="3"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <span>Minga</span>
          </Link>
          <div className="site-header__tools">
            {me && <NotificationBell />}
            <LanguageSwitch />
            <AccountLinks />
          </div>
        </div>
        <nav aria-label={t('layout.mainNav')} className="site-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t('layout.nav.directory')}
              </NavLink>
            </li>
            <li>
              {me ? (
                <NavLink to="/leads">{t('leads.nav.leads')}</NavLink>
              ) : (
                <NavLink to="/bring-your-project">{t('leads.nav.bringProject')}</NavLink>
              )}
            </li>
            {me && (
              <li>
                <NavLink to="/decisions">{t('decisions.nav.decisions')}</NavLink>
              </li>
            )}
            {me && (
              <li>
                <NavLink to="/network/ledger">{t('allocation.nav.ledger')}</NavLink>
              </li>
            )}
            {me && (
              <li>
                <NavLink to="/calls">{t('consortia.nav.calls')}</NavLink>
              </li>
            )}
            {me && (
              <li>
                <NavLink to="/partner-leads">{t('partnerships.nav.partnerLeads')}</NavLink>
              </li>
            )}
            {ownCoop && (
              <li>
                <NavLink to={`/coops/${ownCoop.slug}`}>{t('layout.nav.myCoop')}</NavLink>
              </li>
            )}
            {me?.personId && (
              <li>
                <NavLink to="/availability">{t('layout.nav.myAvailability')}</NavLink>
              </li>
            )}
            <li>
              <NavLink to="/network" end>
                {t('trust.nav.network')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/events">{t('trust.nav.events')}</NavLink>
            </li>
            {me && (
              <li>
                <NavLink to="/fairness">{t('trust.nav.dashboard')}</NavLink>
              </li>
            )}
            {me && (
              <li>
                <NavLink to="/forum">{t('trust.nav.forum')}</NavLink>
              </li>
            )}
            {me && (
              <li>
                <NavLink to="/account">{t('layout.nav.account')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
