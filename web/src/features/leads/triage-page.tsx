/** The facilitators' triage queue, oldest first: open, edit, publish, decline with a reason, or merge duplicates. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { type LeadSummary, leadKeys } from './lead-api.ts';
import { LeadCard } from './lead-card.tsx';
import { describeLeadError } from './lead-errors.ts';
import { useTransition } from './lead-lifecycle.tsx';
import { MergePanel } from './merge-panel.tsx';
import { Pagination } from './pagination.tsx';
import './leads.css';

function TriageActions(props: { lead: LeadSummary }) {
  const { t } = useTranslation();
  const move = useTransition(props.lead.id);
  const [open, setOpen] = useState<'decline' | 'merge' | null>(null);
  const [note, setNote] = useState('');
  const err = describeLeadError(move.error, t, 'transition');
  const title = props.lead.title;
  const toggle = (what: 'decline' | 'merge') => setOpen(open === what ? null : what);
  return (
    <div className="lead-card__actions">
      <div className="actions">
        <Link className="button button--small button--secondary" to={`/leads/${props.lead.id}/edit`}>
          {t('leads.detail.edit')}
          <span className="visually-hidden"> {title}</span>
        </Link>
        <button
          type="button"
          className="button button--small"
          disabled={move.isPending}
          onClick={() => move.mutate({ to: 'open' })}
        >
          {t('leads.transition.publish')}
          <span className="visually-hidden"> {title}</span>
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-expanded={open === 'decline'}
          onClick={() => toggle('decline')}
        >
          {t('leads.transition.declined')}
          <span className="visually-hidden"> {title}</span>
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-expanded={open === 'merge'}
          onClick={() => toggle('merge')}
        >
          {t('leads.merge.open')}
          <span className="visually-hidden"> {title}</span>
        </button>
      </div>
      {props.lead.profiles.length === 0 && <p className="field__hint">{t('leads.triage.noProfiles')}</p>}
      {open === 'decline' && (
        <form
          className="form lead-confirm"
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate({ to: 'declined', note: note.trim() });
          }}
        >
          <Field
            label={t('leads.lifecycle.why.declined')}
            name={`note-${props.lead.id}`}
            error={err.fields.note}
            hint={props.lead.source === 'public_form' ? t('leads.lifecycle.mailedHint') : undefined}
          >
            {(ctl) => <textarea {...ctl} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" disabled={move.isPending}>
              {t('leads.transition.declined')}
            </button>
          </div>
        </form>
      )}
      {open === 'merge' && <MergePanel lead={props.lead} onDone={() => setOpen(null)} />}
      {move.isError && err.message && (
        <p className="field__error" role="alert">
          {err.message}
        </p>
      )}
    </div>
  );
}

export function TriagePage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('leads.triage.title'));
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const queue = useQuery({
    queryKey: [...leadKeys.all, 'triage', page],
    queryFn: () => must(api.GET('/api/v1/leads/triage', { params: { query: { page, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
    enabled: me.data?.networkRole === 'admin',
  });
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/sign-in?next=/leads/triage" replace />;
  if (me.data.networkRole !== 'admin')
    return (
      <div className="page page--narrow">
        <h1>{t('leads.triage.title')}</h1>
        <p className="notice notice--error">{t('leads.triage.adminsOnly')}</p>
      </div>
    );
  const data = queue.data;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/leads">{t('leads.list.title')}</Link>
      </p>
      <div className="page__header">
        <h1>{t('leads.triage.title')}</h1>
        <p className="lede">{t('leads.triage.lede')}</p>
      </div>
      <section aria-labelledby="triage-count" aria-busy={queue.isFetching}>
        <h2 id="triage-count" className="results-bar__count" aria-live="polite">
          {data ? t('leads.triage.count', { count: data.total, formatted: fmt.number(data.total) }) : ''}
        </h2>
        {queue.isPending && <Loading />}
        {queue.isError && <ErrorState error={queue.error} retry={() => void queue.refetch()} />}
        {data && data.items.length === 0 && (
          <div className="notice notice--success">
            <p>{t('leads.triage.empty')}</p>
          </div>
        )}
        {data && data.items.length > 0 && (
          <ul className="card-list lead-list lead-list--single">
            {data.items.map((l) => (
              <li key={l.id}>
                <LeadCard lead={l} actions={<TriageActions lead={l} />} />
              </li>
            ))}
          </ul>
        )}
        {data && <Pagination {...data} go={(n) => setParams(new URLSearchParams({ page: String(n) }))} />}
      </section>
    </div>
  );
}
