/**
 * Running a call: check any composition of applicants against the rules
 * (unmet rules in plain words), suggested consortia, the bid checklist, the
 * call's status, and the result with its post-mortem.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading } from '../../ui/status.tsx';

type Call = Schemas['Call'];

export function EligibilityCheck(props: { call: Call }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const [picked, setPicked] = useState<string[]>([]);
  const check = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/calls/{id}/check', {
          params: { path: { id: props.call.id } },
          body: { coopIds: picked },
        }),
      ),
  });
  const suggestions = useQuery({
    queryKey: ['call', props.call.id, 'suggestions'],
    queryFn: () =>
      must(api.GET('/api/v1/calls/{id}/suggestions', { params: { path: { id: props.call.id } } })),
    enabled: props.call.applications.length > 0,
  });
  const applicants = props.call.applications.map((a) => a.coop);
  if (applicants.length === 0) return <p className="muted">{t('consortia.check.noApplicants')}</p>;
  return (
    <section className="panel" aria-labelledby="check-heading">
      <h2 id="check-heading">{t('consortia.check.title')}</h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          check.mutate();
        }}
      >
        <fieldset className="checkbox-grid">
          <legend>{t('consortia.check.compose')}</legend>
          {applicants.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={picked.includes(c.id)}
                onChange={(e) =>
                  setPicked(e.target.checked ? [...picked, c.id] : picked.filter((x) => x !== c.id))
                }
              />
              {c.name}
              {c.country && ` (${c.country})`}
            </label>
          ))}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button" disabled={picked.length === 0 || check.isPending}>
            {check.isPending ? t('consortia.check.checking') : t('consortia.check.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite" data-testid="eligibility">
        {check.isError && <ErrorState error={check.error} />}
        {check.data &&
          (check.data.eligible ? (
            <p className="notice notice--success">{t('consortia.check.eligible')}</p>
          ) : (
            <div className="notice notice--error">
              <p>
                <strong>{t('consortia.check.notEligible')}</strong>
              </p>
              <ul>
                {check.data.unmet.map((u) => (
                  <li key={u.rule} lang={lang}>
                    {u.reason[lang]}
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </div>
      <h3>{t('consortia.check.suggestions')}</h3>
      {suggestions.isPending && <Loading />}
      {suggestions.isError && (
        <ErrorState error={suggestions.error} retry={() => void suggestions.refetch()} />
      )}
      {suggestions.data && suggestions.data.compositions.length === 0 && (
        <p className="muted">{t('consortia.check.noSuggestions')}</p>
      )}
      {suggestions.data && suggestions.data.compositions.length > 0 && (
        <>
          <p className="muted">{t(`consortia.check.method.${suggestions.data.method}`)}</p>
          <ol data-testid="suggestions">
            {suggestions.data.compositions.map((c) => (
              <li key={c.coops.map((x) => x.id).join('-')}>
                {c.coops.map((x) => x.name).join(' + ')}{' '}
                <span className="muted">({c.countries.join(', ')})</span>{' '}
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => setPicked(c.coops.map((x) => x.id))}
                >
                  {t('consortia.check.use')}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export function Checklist(props: { call: Call }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const patch = useMutation({
    mutationFn: (body: Schemas['ChecklistPatch']) =>
      must(api.PATCH('/api/v1/calls/{id}/checklist', { params: { path: { id: props.call.id } }, body })),
    onSuccess: (call) => qc.setQueryData(['call', props.call.id], call),
  });
  const manage = props.call.can.manage;
  return (
    <section className="panel" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('consortia.checklist.title')}</h2>
      {props.call.checklist.length === 0 && <p className="muted">{t('consortia.checklist.empty')}</p>}
      <ul className="checklist">
        {props.call.checklist.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                // Shown as asked at once; the server's answer follows.
                checked={ticked[item.id] ?? item.done}
                disabled={!manage}
                onChange={(e) => {
                  const done = e.target.checked;
                  setTicked({ ...ticked, [item.id]: done });
                  patch.mutate(
                    { add: [], update: [{ id: item.id, done }], remove: [] },
                    { onSettled: () => setTicked(({ [item.id]: _, ...rest }) => rest) },
                  );
                }}
              />
              <span className={item.done ? 'done' : ''}>{item.text}</span>
            </label>
            {item.done && item.doneAt && <span className="muted">{fmt.day(item.doneAt)}</span>}
            {manage && (
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => patch.mutate({ add: [], update: [], remove: [item.id] })}
              >
                {t('consortia.checklist.remove', { item: item.text })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {patch.isError && <ErrorState error={patch.error} />}
      {manage && (
        <form
          className="search"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            patch.mutate({ add: [text.trim()], update: [], remove: [] }, { onSuccess: () => setText('') });
          }}
        >
          <label htmlFor="checklist-add" className="visually-hidden">
            {t('consortia.checklist.add')}
          </label>
          <input id="checklist-add" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="button button--secondary">
            {t('consortia.checklist.add')}
          </button>
        </form>
      )}
    </section>
  );
}

export function StatusAndResult(props: { call: Call }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const c = props.call;
  const [status, setStatus] = useState<'won' | 'lost'>('won');
  const [note, setNote] = useState('');
  const [postMortem, setPostMortem] = useState('');
  const save = (call: Call) => {
    qc.setQueryData(['call', c.id], call);
    void qc.invalidateQueries({ queryKey: ['calls'] });
  };
  const move = useMutation({
    mutationFn: (to: 'open' | 'submitted' | 'withdrawn') =>
      must(api.PATCH('/api/v1/calls/{id}', { params: { path: { id: c.id } }, body: { status: to } })),
    onSuccess: save,
  });
  const result = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/calls/{id}/result', {
          params: { path: { id: c.id } },
          body: { status, note, postMortem },
        }),
      ),
    onSuccess: save,
  });
  const err = describeError(result.error ?? move.error, t);
  const moves: Array<'open' | 'submitted' | 'withdrawn'> =
    c.status === 'draft'
      ? ['open', 'withdrawn']
      : c.status === 'open'
        ? ['submitted', 'withdrawn']
        : c.status === 'submitted'
          ? ['withdrawn']
          : [];
  const decided = c.status === 'won' || c.status === 'lost';
  if (decided || c.status === 'withdrawn') return null;
  return (
    <section className="panel" aria-labelledby="result-heading">
      <h2 id="result-heading">{t('consortia.result.title')}</h2>
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
      {moves.length > 0 && (
        <div className="actions">
          {moves.map((m) => (
            <button
              key={m}
              type="button"
              className={`button button--small ${m === 'withdrawn' ? 'button--secondary' : ''}`}
              disabled={move.isPending}
              onClick={() => move.mutate(m)}
            >
              {t(`consortia.move.${m}`)}
            </button>
          ))}
        </div>
      )}
      {
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            result.mutate();
          }}
        >
          <fieldset className="radio-row">
            <legend>{t('consortia.result.outcome')}</legend>
            {(['won', 'lost'] as const).map((s) => (
              <label key={s}>
                <input type="radio" name="result" checked={status === s} onChange={() => setStatus(s)} />
                {t(`consortia.status.${s}`)}
              </label>
            ))}
          </fieldset>
          <Field label={t('consortia.result.note')} name="note" error={err.fields.note}>
            {(ctl) => <input {...ctl} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <Field
            label={t('consortia.result.postMortem')}
            name="postMortem"
            hint={t('consortia.result.postMortemHint')}
            error={err.fields.postMortem}
          >
            {(ctl) => (
              <textarea
                {...ctl}
                rows={4}
                value={postMortem}
                onChange={(e) => setPostMortem(e.target.value)}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" disabled={result.isPending}>
              {result.isPending ? t('common.saving') : t('consortia.result.submit')}
            </button>
          </div>
        </form>
      }
    </section>
  );
}
