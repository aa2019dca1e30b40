/** One's own account: who I am, language, signed-in devices, and inviting others. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { api, must } from '../../api/client.ts';
import { currentLocale, LOCALES, type Locale, setLocale } from '../../app/i18n.ts';
import { meQueryKey, useMe } from '../../app/session.ts';
import { describeError } from '../../ui/errors.ts';
import { Loading, usePageTitle } from '../../ui/status.tsx';
import { NotificationSettings } from '../notifications/notification-settings.tsx';
import { InviteSection } from './invite-section.tsx';
import { SessionsSection } from './sessions-section.tsx';

function LanguagePreference() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: async (locale: Locale) => {
      await setLocale(locale);
      return must(api.PATCH('/api/v1/me', { body: { locale } }));
    },
    onSuccess: (me) => qc.setQueryData(meQueryKey, me),
  });
  return (
    <section className="panel" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('account.language')}</h2>
      <div className="radio-row" role="radiogroup" aria-labelledby="language-heading">
        {LOCALES.map((l) => (
          <label key={l} lang={l}>
            <input
              type="radio"
              name="locale"
              checked={currentLocale() === l}
              onChange={() => save.mutate(l)}
            />
            {t(`layout.languageName.${l}`)}
          </label>
        ))}
      </div>
      {save.isSuccess && (
        <p className="muted" role="status">
          {t('account.languageSaved')}
        </p>
      )}
      {save.isError && (
        <p className="field__error" role="alert">
          {describeError(save.error, t).message}
        </p>
      )}
    </section>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('account.title'));
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/sign-in?next=/account" replace />;
  const m = me.data;
  return (
    <div className="page page--narrow">
      <h1>{t('account.title')}</h1>
      <section className="panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{m.name}</h2>
        <dl className="facts">
          <div>
            <dt>{t('auth.email')}</dt>
            <dd>{m.email}</dd>
          </div>
          <div>
            <dt>{t('account.networkRole')}</dt>
            <dd>{t(`roles.network.${m.networkRole}`)}</dd>
          </div>
          {m.coops.length > 0 && (
            <div>
              <dt>{t('account.coops')}</dt>
              <dd>
                <ul className="plain-list">
                  {m.coops.map((c) => (
                    <li key={c.id}>
                      <Link to={`/coops/${c.slug}`}>{c.name}</Link> · {t(`roles.coop.${c.role}`)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
        {m.personId && (
          <Link className="button" to="/availability">
            {t('layout.nav.myAvailability')}
          </Link>
        )}
      </section>
      <LanguagePreference />
      <NotificationSettings />
      <InviteSection me={m} />
      <SessionsSection />
    </div>
  );
}
