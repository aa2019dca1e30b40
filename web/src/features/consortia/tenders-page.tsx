/**
 * /tenders — a co-op says, privately, "we were invited to tender X". Only its
 * own members see it. When other co-ops declared the same tender it is told
 * how many (never which) and offered a joint bid; co-ops are named to each
 * other only once both accepted.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import './consortia.css';

type Declaration = Schemas['TenderDeclaration'];
const KEY = ['tenders', 'declarations'];

function JointBid(props: { d: Declaration }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const answer = useMutation({
    mutationFn: (accept: boolean) =>
      must(
        api.POST('/api/v1/tenders/declarations/{id}/joint-bid', {
          params: { path: { id: props.d.id } },
          body: { accept },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
  const m = props.d.match;
  if (!m) return <p className="muted">{t('consortia.tenders.noMatch')}</p>;
  return (
    <div className="notice" data-testid="tender-match">
      <p>
        <strong>
          {t('consortia.tenders.matched', { count: m.otherCoops, formatted: fmt.number(m.otherCoops) })}
        </strong>{' '}
        {t('consortia.tenders.privately')}
      </p>
      <p>{t(`consortia.tenders.answer.${m.jointBid}`)}</p>
      {m.partners.length > 0 && (
        <p>{t('consortia.tenders.partners', { names: m.partners.map((p) => p.name).join(', ') })}</p>
      )}
      {m.jointCallId && (
        <p>
          <Link to={`/calls/${m.jointCallId}`}>{t('consortia.tenders.jointCall')}</Link>
        </p>
      )}
      {m.jointBid === 'pending' && (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={answer.isPending}
            onClick={() => answer.mutate(true)}
          >
            {t('consortia.tenders.accept')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={answer.isPending}
            onClick={() => answer.mutate(false)}
          >
            {t('consortia.tenders.decline')}
          </button>
        </div>
      )}
      {answer.isError && <ErrorState error={answer.error} />}
    </div>
  );
}

function DeclareForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useMe();
  const coops = me.data?.coops ?? [];
  const [coopId, setCoopId] = useState(coops[0]?.id ?? '');
  const [tenderRef, setTenderRef] = useState('');
  const [buyer, setBuyer] = useState('');
  const [note, setNote] = useState('');
  const declare = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/tenders/declarations', {
          body: { ...(coopId ? { coopId } : {}), tenderRef, buyer, note },
        }),
      ),
    onSuccess: async () => {
      setTenderRef('');
      setBuyer('');
      setNote('');
      await qc.invalidateQueries({ queryKey: KEY });
    },
  });
  const err = describeError(declare.error, t);
  if (coops.length === 0) return <p className="notice">{t('consortia.tenders.coopsOnly')}</p>;
  return (
    <form
      className="form panel"
      aria-labelledby="declare-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        declare.mutate();
      }}
    >
      <h2 id="declare-heading">{t('consortia.tenders.declare')}</h2>
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
      {declare.isSuccess && (
        <p className="notice notice--success" role="status">
          {t('consortia.tenders.saved')}
        </p>
      )}
      {coops.length > 1 && (
        <Field label={t('consortia.tenders.coop')} name="coopId">
          {(ctl) => (
            <select {...ctl} value={coopId} onChange={(e) => setCoopId(e.target.value)}>
              {coops.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        label={t('consortia.tenders.ref')}
        name="tenderRef"
        hint={t('consortia.tenders.refHint')}
        error={err.fields.tenderRef}
      >
        {(ctl) => <input {...ctl} value={tenderRef} onChange={(e) => setTenderRef(e.target.value)} />}
      </Field>
      <Field
        label={t('consortia.tenders.buyer')}
        name="buyer"
        hint={t('consortia.tenders.buyerHint')}
        error={err.fields.buyer}
      >
        {(ctl) => <input {...ctl} value={buyer} onChange={(e) => setBuyer(e.target.value)} />}
      </Field>
      <Field label={t('consortia.tenders.note')} name="note" error={err.fields.note}>
        {(ctl) => <textarea {...ctl} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={declare.isPending}>
          {declare.isPending ? t('common.saving') : t('consortia.tenders.submit')}
        </button>
      </div>
    </form>
  );
}

export function TendersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  usePageTitle(t('consortia.tenders.title'));
  const list = useQuery({ queryKey: KEY, queryFn: () => must(api.GET('/api/v1/tenders/declarations')) });
  return (
    <div className="page">
      <header className="page__header">
        <p className="breadcrumb">
          <Link to="/calls">{t('consortia.list.title')}</Link>
        </p>
        <h1>{t('consortia.tenders.title')}</h1>
        <p className="lede">{t('consortia.tenders.lede')}</p>
      </header>
      <div className="two-col">
        <section aria-labelledby="declared-heading">
          <h2 id="declared-heading">{t('consortia.tenders.declared')}</h2>
          {list.isPending && <Loading />}
          {list.isError && <ErrorState error={list.error} retry={() => void list.refetch()} />}
          {list.data && list.data.items.length === 0 && (
            <p className="muted">{t('consortia.tenders.none')}</p>
          )}
          {list.data && list.data.items.length > 0 && (
            <ul className="card-list card-list--single" data-testid="declarations">
              {list.data.items.map((d) => (
                <li key={d.id}>
                  <article className="card">
                    <h3 className="coop-card__name">{d.tenderRef}</h3>
                    <p className="muted">
                      {[d.buyer, d.coop.name, fmt.dateTime(d.createdAt)].filter(Boolean).join(' · ')}
                    </p>
                    {d.note && <p>{d.note}</p>}
                    <JointBid d={d} />
                  </article>
                </li>
              ))}
            </ul>
          )}
        </section>
        <DeclareForm />
      </div>
    </div>
  );
}
