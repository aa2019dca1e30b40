import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe, useSignIn } from '../../app/session.ts';
import { safeNext } from '../../lib/safe-next.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { usePageTitle } from '../../ui/status.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  usePageTitle(t('auth.signIn.title'));
  const submit = useMutation({
    mutationFn: () => signIn(email.trim(), password),
    onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }),
  });
  const err = describeError(submit.error, t);
  const me = useMe();
  // Already signed in (say, a bookmarked sign-in page): go where the link meant to go.
  if (me.data && submit.isIdle) return <Navigate to={safeNext(params.get('next'))} replace />;
  return (
    <div className="page page--narrow page--auth">
      <h1>{t('auth.signIn.title')}</h1>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate();
        }}
      >
        <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
        <Field label={t('auth.email')} name="email" error={err.fields.email}>
          {(ctl) => (
            <input
              {...ctl}
              type="email"
              autoComplete="username"
              inputMode="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('auth.password')} name="password" error={err.fields.password}>
          {(ctl) => (
            <input
              {...ctl}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={submit.isPending}>
            {submit.isPending ? t('auth.signIn.working') : t('auth.signIn.submit')}
          </button>
          <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
        </div>
      </form>
      <p className="muted auth-note">{t('auth.signIn.noAccount')}</p>
    </div>
  );
}
