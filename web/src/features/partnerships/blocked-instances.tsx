/** Instances the network refuses: nothing is taken from them and nothing is sent to them (admins only). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading } from '../../ui/status.tsx';
import { type BlockedInstance, partnerKeys, useBlockedInstances } from './partnership-api.ts';

const HOST = /^[a-z0-9.-]+(:\d+)?$/;

function BlockedRow(props: { block: BlockedInstance }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const b = props.block;
  const unblock = useMutation({
    mutationFn: () =>
      must(api.DELETE('/api/v1/blocked-instances/{host}', { params: { path: { host: b.host } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: partnerKeys.all }),
  });
  return (
    <li className="session-row">
      <div>
        <p>
          <strong>{b.host}</strong>
        </p>
        <p className="muted">
          {b.reason ? `${b.reason} · ` : ''}
          {t('partnerships.blocked.since', { date: fmt.dateTime(b.createdAt) })}
        </p>
        {unblock.isError && (
          <p className="field__error" role="alert">
            {describeError(unblock.error, t).message}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={unblock.isPending}
        onClick={() => unblock.mutate()}
      >
        {t('partnerships.blocked.unblock')}
        <span className="visually-hidden"> {b.host}</span>
      </button>
    </li>
  );
}

function BlockForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [host, setHost] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const block = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/blocked-instances', {
          body: { host: host.trim().toLowerCase(), reason: reason.trim() },
        }),
      ),
    onSuccess: async () => {
      setHost('');
      setReason('');
      await qc.invalidateQueries({ queryKey: partnerKeys.all });
    },
  });
  const err = describeError(block.error, t);
  const fields: Record<string, string> = { ...err.fields, ...(local ? { host: local } : {}) };
  return (
    <form
      className="form"
      noValidate
      aria-label={t('partnerships.blocked.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!HOST.test(host.trim().toLowerCase())) {
          block.reset();
          setLocal(t('partnerships.blocked.invalidHost'));
          return;
        }
        setLocal(null);
        block.mutate();
      }}
    >
      <ErrorSummary title={t('form.problemTitle')} message={local ? null : err.message} fields={fields} />
      <Field
        label={t('partnerships.blocked.host')}
        name="host"
        error={fields.host}
        hint={t('partnerships.blocked.hostHint')}
      >
        {(ctl) => (
          <input
            {...ctl}
            value={host}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={300}
            onChange={(e) => setHost(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('partnerships.blocked.reason')} name="reason" error={fields.reason}>
        {(ctl) => (
          <input {...ctl} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--danger" disabled={block.isPending}>
          {block.isPending ? t('common.saving') : t('partnerships.blocked.block')}
        </button>
      </div>
    </form>
  );
}

export function BlockedInstances() {
  const { t } = useTranslation();
  const blocked = useBlockedInstances(true);
  return (
    <section className="panel" aria-labelledby="blocked-heading">
      <h2 id="blocked-heading">{t('partnerships.blocked.title')}</h2>
      <p className="muted">{t('partnerships.blocked.lede')}</p>
      {blocked.isPending && <Loading />}
      {blocked.isError && <ErrorState error={blocked.error} retry={() => void blocked.refetch()} />}
      {blocked.data && blocked.data.length === 0 && <p>{t('partnerships.blocked.none')}</p>}
      {blocked.data && blocked.data.length > 0 && (
        <ul className="session-list">
          {blocked.data.map((b) => (
            <BlockedRow key={b.host} block={b} />
          ))}
        </ul>
      )}
      <BlockForm />
    </section>
  );
}
