/** The devices signed in to this account, each revocable. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { authCall } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorState, Loading } from '../../ui/status.tsx';

interface Session {
  id: string;
  token: string;
  userAgent?: string | null;
  ipAddress?: string | null;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

const BROWSERS: Array<[RegExp, string]> = [
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: Array<[RegExp, string]> = [
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** Browser and system names (proper nouns, the same in every language) from a user-agent string. */
export function describeDevice(ua: string | null | undefined): { browser: string | null; os: string | null } {
  const find = (list: Array<[RegExp, string]>) =>
    ua ? (list.find(([re]) => re.test(ua))?.[1] ?? null) : null;
  return { browser: find(BROWSERS), os: find(SYSTEMS) };
}

export function SessionsSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const sessions = useQuery({
    queryKey: ['sessions'],
    queryFn: async () => {
      const [list, current] = await Promise.all([
        authCall<Session[]>('/list-sessions'),
        authCall<{ session: { token: string } } | null>('/get-session'),
      ]);
      return { list, currentToken: current?.session.token ?? null };
    },
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['sessions'] });
  const revoke = useMutation({
    mutationFn: (token: string) => authCall('/revoke-session', { token }),
    onSuccess: refresh,
  });
  const revokeOthers = useMutation({
    mutationFn: () => authCall('/revoke-other-sessions', {}),
    onSuccess: refresh,
  });
  const failure = revoke.error ?? revokeOthers.error;

  return (
    <section className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('account.sessions.title')}</h2>
      <p className="field__hint">{t('account.sessions.lede')}</p>
      {sessions.isPending && <Loading />}
      {sessions.isError && <ErrorState error={sessions.error} retry={() => void sessions.refetch()} />}
      {failure && (
        <p className="field__error" role="alert">
          {describeError(failure, t).message}
        </p>
      )}
      {sessions.data && (
        <>
          <ul className="session-list">
            {sessions.data.list.map((s) => {
              const { browser, os } = describeDevice(s.userAgent);
              const device =
                browser && os
                  ? t('account.sessions.device', { browser, os })
                  : (browser ?? os ?? t('account.sessions.unknownDevice'));
              const current = s.token === sessions.data.currentToken;
              return (
                <li key={s.id} className="session-row">
                  <div>
                    <strong>{device}</strong>
                    {current && <span className="tag tag--current">{t('account.sessions.current')}</span>}
                    <p className="muted">
                      {t('account.sessions.since', { date: fmt.dateTime(s.createdAt) })}
                      {s.ipAddress && ` · ${s.ipAddress}`}
                    </p>
                  </div>
                  {!current && (
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(s.token)}
                    >
                      {t('account.sessions.revoke')}
                      <span className="visually-hidden">
                        {' '}
                        {device} {fmt.dateTime(s.createdAt)}
                      </span>
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {sessions.data.list.length > 1 && (
            <button
              type="button"
              className="button button--secondary"
              disabled={revokeOthers.isPending}
              onClick={() => revokeOthers.mutate()}
            >
              {t('account.sessions.revokeOthers')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
