/** A network admin asks another Minga network to partner, by handle or address. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, must } from '../../api/client.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { partnerKeys } from './partnership-api.ts';
import { handleProblem, looksLikeNetworkAddress } from './partnership-rules.ts';

export function RequestPartnership() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [handle, setHandle] = useState('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const ask = useMutation({
    mutationFn: () =>
      must(api.POST('/api/v1/partnerships', { body: { handle: handle.trim(), note: note.trim() } })),
    onSuccess: async () => {
      setHandle('');
      setNote('');
      await qc.invalidateQueries({ queryKey: partnerKeys.all });
    },
  });
  const described = describeError(ask.error, t);
  const serverHandle = ask.error instanceof ApiError ? ask.error.fields.handle : undefined;
  const fields: Record<string, string> = { ...described.fields };
  if (serverHandle) fields.handle = t(`partnerships.request.errors.${handleProblem(serverHandle)}`);
  if (local) fields.handle = local;
  const conflict = ask.error instanceof ApiError && ask.error.status === 409;
  const message = local ? null : conflict ? t('partnerships.request.errors.conflict') : described.message;

  return (
    <form
      className="form"
      noValidate
      aria-labelledby="request-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (!looksLikeNetworkAddress(handle)) {
          ask.reset();
          setLocal(t('partnerships.request.errors.invalidHandle'));
          return;
        }
        setLocal(null);
        ask.mutate();
      }}
    >
      <h2 id="request-heading">{t('partnerships.request.title')}</h2>
      <ErrorSummary title={t('form.problemTitle')} message={message} fields={fields} />
      {ask.isSuccess && (
        <div className="notice notice--success" role="status">
          <p>{t('partnerships.request.sent', { name: ask.data.remoteName })}</p>
        </div>
      )}
      <Field
        label={t('partnerships.request.handle')}
        name="handle"
        error={fields.handle}
        hint={t('partnerships.request.handleHint')}
      >
        {(ctl) => (
          <input
            {...ctl}
            value={handle}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={500}
            onChange={(e) => setHandle(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('partnerships.request.note')} name="note" error={fields.note}>
        {(ctl) => (
          <textarea
            {...ctl}
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={ask.isPending}>
          {ask.isPending ? t('partnerships.request.asking') : t('partnerships.request.submit')}
        </button>
      </div>
      {ask.isPending && (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('partnerships.request.lookingUp')}
        </p>
      )}
    </form>
  );
}
