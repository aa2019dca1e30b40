/**
 * The account page's notification section: how notifications are emailed
 * (immediately, a daily digest, or not at all) and the personal Atom feed of
 * open leads, whose address is shown once when made and can be rotated or
 * revoked.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../../api/client.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorState, Loading } from '../../ui/status.tsx';
import './notifications.css';

type Mode = Schemas['NotificationPreferences']['email'];
const MODES: Mode[] = ['immediately', 'daily_digest', 'off'];
const prefsKey = ['notification-preferences'] as const;

function EmailPreference() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const prefs = useQuery({
    queryKey: prefsKey,
    queryFn: () => must(api.GET('/api/v1/me/notification-preferences')),
  });
  const save = useMutation({
    mutationFn: (email: Mode) =>
      must(
        api.PUT('/api/v1/me/notification-preferences', {
          body: { email, perKind: prefs.data?.perKind ?? {} },
        }),
      ),
    onSuccess: (p) => qc.setQueryData(prefsKey, p),
  });
  if (prefs.isPending) return <Loading />;
  if (prefs.isError) return <ErrorState error={prefs.error} retry={() => void prefs.refetch()} />;
  const current = save.isPending && save.variables ? save.variables : prefs.data.email;
  return (
    <fieldset className="big-choices">
      <legend>{t('notifications.settings.email')}</legend>
      {MODES.map((m) => (
        <label key={m} className="big-choice">
          <input
            type="radio"
            name="notification-email"
            checked={current === m}
            disabled={save.isPending}
            onChange={() => save.mutate(m)}
          />
          <span className="big-choice__title">{t(`notifications.settings.mode.${m}`)}</span>
          <span className="big-choice__hint">{t(`notifications.settings.modeHint.${m}`)}</span>
        </label>
      ))}
      {save.isSuccess && (
        <p className="muted" role="status">
          {t('common.saved')}
        </p>
      )}
      {save.isError && (
        <p className="field__error" role="alert">
          {describeError(save.error, t).message}
        </p>
      )}
    </fieldset>
  );
}

function FeedLink() {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const rotate = useMutation({
    mutationFn: () => must(api.POST('/api/v1/me/feed-token')),
    onSuccess: (token) => {
      setUrl(token.url);
      setCopied(false);
    },
  });
  const revoke = useMutation({
    mutationFn: () => must(api.DELETE('/api/v1/me/feed-token')),
    onSuccess: () => setUrl(null),
  });
  const failure = rotate.error ?? revoke.error;
  return (
    <div className="panel__section feed">
      <h3>{t('notifications.feed.title')}</h3>
      <p className="field__hint">{t('notifications.feed.lede')}</p>
      {url && (
        <div className="field">
          <label htmlFor="feed-url">{t('notifications.feed.address')}</label>
          <p className="field__hint" id="feed-url-hint">
            {t('notifications.feed.once')}
          </p>
          <input
            id="feed-url"
            className="feed-url"
            readOnly
            value={url}
            aria-describedby="feed-url-hint"
            onFocus={(e) => e.target.select()}
          />
          <div className="actions">
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
            >
              {t('notifications.feed.copy')}
            </button>
            {copied && (
              <span className="muted" role="status">
                {t('notifications.feed.copied')}
              </span>
            )}
          </div>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={rotate.isPending} onClick={() => rotate.mutate()}>
          {t('notifications.feed.rotate')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={revoke.isPending}
          onClick={() => revoke.mutate()}
        >
          {t('notifications.feed.revoke')}
        </button>
      </div>
      <p className="field__hint">{t('notifications.feed.rotateHint')}</p>
      {revoke.isSuccess && (
        <p className="muted" role="status">
          {t('notifications.feed.revoked')}
        </p>
      )}
      {failure && (
        <p className="field__error" role="alert">
          {describeError(failure, t).message}
        </p>
      )}
    </div>
  );
}

export function NotificationSettings() {
  const { t } = useTranslation();
  // The notifications page links here (#notification-settings); the layout scrolls to the top on every
  // page change, so come back down once it has.
  useEffect(() => {
    if (window.location.hash !== '#notification-settings') return;
    const timer = setTimeout(() => document.getElementById('notification-settings')?.scrollIntoView(), 50);
    return () => clearTimeout(timer);
  }, []);
  return (
    <section className="panel" aria-labelledby="notification-settings" id="notification-settings-section">
      <h2 id="notification-settings">{t('notifications.settings.title')}</h2>
      <EmailPreference />
      <FeedLink />
    </section>
  );
}
