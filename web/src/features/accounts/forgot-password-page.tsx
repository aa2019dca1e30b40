import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { authCall } from '../../api/client.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { usePageTitle } from '../../ui/status.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  usePageTitle(t('auth.forgot.title'));
  const send = useMutation({
    mutationFn: () =>
      authCall('/request-password-reset', { email: email.trim(), redirectTo: '/reset-password' }),
  });
  const err = describeError(send.error, t);
  return (
    <div className="page page--narrow page--auth">
      <h1>{t('auth.forgot.title')}</h1>
      {send.isSuccess ? (
        <div className="notice notice--success" role="status">
          <p>{t('auth.forgot.sent', { email })}</p>
          <p>
            <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
          </p>
        </div>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            send.mutate();
          }}
        >
          <p>{t('auth.forgot.lede')}</p>
          <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
          <Field label={t('auth.email')} name="email" error={err.fields.email}>
            {(ctl) => (
              <input
                {...ctl}
                type="email"
                autoComplete="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" disabled={send.isPending}>
              {send.isPending ? t('common.sending') : t('auth.forgot.submit')}
            </button>
            <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
          </div>
        </form>
      )}
    </div>
  );
}
