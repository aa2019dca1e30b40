/** Where the emailed reset link lands: /reset-password?token=… */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { authCall } from '../../api/client.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { usePageTitle } from '../../ui/status.tsx';

const MIN_PASSWORD = 10;

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  usePageTitle(t('auth.reset.title'));
  const reset = useMutation({
    mutationFn: () => authCall('/reset-password', { newPassword: password, token }),
  });
  const err = describeError(reset.error, t);
  const fields = { ...err.fields, ...local };
  const invalidLink = !token || params.get('error') === 'INVALID_TOKEN';

  return (
    <div className="page page--narrow page--auth">
      <h1>{t('auth.reset.title')}</h1>
      {invalidLink ? (
        <div className="notice notice--error" role="alert">
          <p>{t('auth.errors.invalidToken')}</p>
          <p>
            <Link to="/forgot-password">{t('auth.reset.again')}</Link>
          </p>
        </div>
      ) : reset.isSuccess ? (
        <div className="notice notice--success" role="status">
          <p>{t('auth.reset.done')}</p>
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
            const problems: Record<string, string> = {};
            if (password.length < MIN_PASSWORD) problems.newPassword = t('auth.errors.passwordTooShort');
            else if (password !== confirm) problems.confirm = t('auth.errors.passwordsDiffer');
            setLocal(problems);
            if (!Object.keys(problems).length) reset.mutate();
          }}
        >
          <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={fields} />
          <Field
            label={t('auth.newPassword')}
            name="newPassword"
            hint={t('auth.passwordHint', { count: MIN_PASSWORD })}
            error={fields.newPassword}
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
          <Field label={t('auth.confirmPassword')} name="confirm" error={fields.confirm}>
            {(ctl) => (
              <input
                {...ctl}
                type="password"
                autoComplete="new-password"
                value={confirm}
                onChange={(e) => setConfirm(e.target.value)}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" disabled={reset.isPending}>
              {reset.isPending ? t('common.saving') : t('auth.reset.submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
