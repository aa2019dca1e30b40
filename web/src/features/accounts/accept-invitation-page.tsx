/** Where an invitation link lands: see who invites you to what, choose a name and password, and you are in. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, must } from '../../api/client.ts';
import { currentLocale, isLocale, LOCALES, type Locale, setLocale } from '../../app/i18n.ts';
import { meQueryKey, useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';

const MIN_PASSWORD = 10;

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  usePageTitle(t('invitation.title'));
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => must(api.GET('/api/v1/invitations/{token}', { params: { path: { token } } })),
  });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setChosenLocale] = useState<Locale>(currentLocale());
  const [local, setLocal] = useState<Record<string, string>>({});
  const signedIn = !!me.data;
  const accept = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/invitations/{token}/accept', {
          params: { path: { token } },
          body: signedIn ? { locale } : { name: name.trim(), password, locale },
        }),
      ),
    onSuccess: async (account) => {
      qc.setQueryData(meQueryKey, account);
      if (isLocale(account.locale)) await setLocale(account.locale);
      await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      const coop = invitation.data?.coop;
      navigate(coop ? `/coops/${coop.slug}` : '/', { replace: true });
    },
  });
  const err = describeError(accept.error, t);
  const fields = { ...err.fields, ...local };

  if (invitation.isPending || me.isPending) return <Loading />;
  if (invitation.isError) {
    return (
      <div className="page page--narrow">
        <h1>{t('invitation.title')}</h1>
        <ErrorState error={invitation.error} />
        <p>{t('invitation.askAgain')}</p>
      </div>
    );
  }
  const inv = invitation.data;
  const role = inv.coop ? t(`roles.coop.${inv.coopRole}`) : t(`roles.network.${inv.networkRole}`);
  return (
    <div className="page page--narrow page--auth">
      <h1>{t('invitation.title')}</h1>
      <div className="notice">
        <p>
          {inv.coop
            ? t('invitation.intoCoop', {
                inviter: inv.invitedBy ?? t('invitation.someone'),
                coop: inv.coop.name,
                role,
              })
            : t('invitation.intoNetwork', { inviter: inv.invitedBy ?? t('invitation.someone'), role })}
        </p>
        <p className="muted">
          {t('invitation.forEmail', { email: inv.email })} ·{' '}
          {t('invitation.expires', { date: fmt.dateTime(inv.expiresAt) })}
        </p>
      </div>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problems: Record<string, string> = {};
          if (!signedIn && !name.trim()) problems.name = t('validation.required');
          if (!signedIn && password.length < MIN_PASSWORD)
            problems.password = t('auth.errors.passwordTooShort');
          setLocal(problems);
          if (!Object.keys(problems).length) accept.mutate();
        }}
      >
        <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={fields} />
        {signedIn ? (
          <p>{t('invitation.signedInAs', { email: me.data?.email })}</p>
        ) : (
          <>
            <Field label={t('invitation.name')} name="name" error={fields.name}>
              {(ctl) => (
                <input {...ctl} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
              )}
            </Field>
            <input type="hidden" name="username" autoComplete="username" value={inv.email} />
            <Field
              label={t('auth.newPassword')}
              name="password"
              hint={t('auth.passwordHint', { count: MIN_PASSWORD })}
              error={fields.password}
            >
              {(ctl) => (
                <input
                  {...ctl}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              )}
            </Field>
          </>
        )}
        <fieldset className="radio-row">
          <legend>{t('account.language')}</legend>
          {LOCALES.map((l) => (
            <label key={l} lang={l}>
              <input type="radio" name="locale" checked={locale === l} onChange={() => setChosenLocale(l)} />
              {t(`layout.languageName.${l}`)}
            </label>
          ))}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button" disabled={accept.isPending}>
            {accept.isPending ? t('common.saving') : t('invitation.accept')}
          </button>
          {!signedIn && <Link to="/sign-in">{t('invitation.haveAccount')}</Link>}
        </div>
      </form>
    </div>
  );
}
