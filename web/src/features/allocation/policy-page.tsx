/**
 * The network's allocation policy in plain words, and (for network admins) the
 * form that saves a new version. Every member can read it and its history.
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
import { FACTORS, type Factor } from './recommendation-view.tsx';
import './allocation.css';

type Policy = Schemas['AllocationPolicy'];
type PolicyInput = Schemas['PolicyInput'];
const METHODS = ['weighted_score', 'need_lottery', 'weighted_picking'] as const;

export function usePolicy() {
  return useQuery({
    queryKey: ['allocation', 'policy'],
    queryFn: () => must(api.GET('/api/v1/allocation/policy')),
  });
}

/** The policy as sentences: what counts, how much, and how the ranking is made. */
function PolicySummary(props: { policy: Policy }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const p = props.policy;
  const sum = FACTORS.reduce((s, f) => s + (p.weights[f] ?? 0), 0) || 1;
  return (
    <section className="panel" aria-labelledby="policy-now">
      <h2 id="policy-now">{t('allocation.policy.current', { version: p.version })}</h2>
      <p>{t(`allocation.method.${p.method}.explain`)}</p>
      <ul>
        {FACTORS.map((f) => (
          <li key={f}>
            {t('allocation.policy.weightSentence', {
              factor: t(`allocation.factor.${f}`),
              share: fmt.percent((p.weights[f] ?? 0) / sum),
            })}{' '}
            <span className="muted">{t(`allocation.factorExplain.${f}`)}</span>
          </li>
        ))}
      </ul>
      <p>
        {t('allocation.policy.thresholdSentence', { share: fmt.percent(p.fitThreshold) })}{' '}
        {p.newCoopBoost > 0
          ? t('allocation.policy.boostSentence', { share: fmt.percent(p.newCoopBoost) })
          : t('allocation.policy.noBoost')}
      </p>
      <p>
        {t(`allocation.entitlement.${p.entitlement}`)}{' '}
        {t('allocation.policy.windowSentence', {
          count: p.fairnessWindowDays,
          formatted: fmt.number(p.fairnessWindowDays),
          measure: t(`allocation.measure.${p.fairnessMeasure}`),
        })}
      </p>
      <p>{p.mandatoryProfiles ? t('allocation.policy.mandatoryOn') : t('allocation.policy.mandatoryOff')}</p>
      <p className="muted">
        {t('allocation.policy.savedBy', {
          name: p.createdBy?.name ?? t('allocation.policy.minga'),
          date: fmt.dateTime(p.createdAt),
        })}
      </p>
    </section>
  );
}

function toInput(p: Policy): PolicyInput {
  return {
    method: p.method,
    weights: Object.fromEntries(FACTORS.map((f) => [f, p.weights[f] ?? 0])) as PolicyInput['weights'],
    fitThreshold: p.fitThreshold,
    newCoopBoost: p.newCoopBoost,
    entitlement: p.entitlement,
    fairnessWindowDays: p.fairnessWindowDays,
    fairnessMeasure: p.fairnessMeasure,
    mandatoryProfiles: p.mandatoryProfiles,
    note: '',
  };
}

function PolicyForm(props: { policy: Policy }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const [v, setV] = useState<PolicyInput>(() => toInput(props.policy));
  const [saved, setSaved] = useState<number | null>(null);
  const save = useMutation({
    mutationFn: () => must(api.PUT('/api/v1/allocation/policy', { body: v })),
    onSuccess: async (p) => {
      setSaved(p.version);
      qc.setQueryData(['allocation', 'policy'], p);
      await qc.invalidateQueries({ queryKey: ['allocation', 'policy', 'history'] });
    },
  });
  const err = describeError(save.error, t);
  const sum = FACTORS.reduce((s, f) => s + v.weights[f], 0);
  const setWeight = (f: Factor, n: number) =>
    setV({ ...v, weights: { ...v.weights, [f]: Number.isFinite(n) ? Math.max(0, n) : 0 } });

  return (
    <form
      className="form panel"
      noValidate
      aria-labelledby="policy-edit"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(null);
        save.mutate();
      }}
    >
      <h2 id="policy-edit">{t('allocation.policy.editTitle')}</h2>
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
      {saved !== null && (
        <p className="notice notice--success" role="status">
          {t('allocation.policy.savedVersion', { version: saved })}
        </p>
      )}
      <fieldset>
        <legend>{t('allocation.policy.method')}</legend>
        <div className="method-choice">
          {METHODS.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="method"
                checked={v.method === m}
                onChange={() => setV({ ...v, method: m })}
              />
              <span>
                <strong>{t(`allocation.method.${m}.name`)}</strong>
                <br />
                <span className="muted">{t(`allocation.method.${m}.explain`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset aria-describedby="weights-sum">
        <legend>{t('allocation.policy.weights')}</legend>
        {FACTORS.map((f) => (
          <div className="weight-row" key={f}>
            <label htmlFor={`w-${f}`}>{t(`allocation.factor.${f}`)}</label>
            <input
              type="range"
              className="weight-slider"
              aria-label={t('allocation.policy.slider', { factor: t(`allocation.factor.${f}`) })}
              min={0}
              max={1}
              step={0.05}
              value={Math.min(1, v.weights[f])}
              onChange={(e) => setWeight(f, Number(e.target.value))}
            />
            <input
              id={`w-${f}`}
              type="number"
              min={0}
              max={1000}
              step={0.05}
              value={v.weights[f]}
              onChange={(e) => setWeight(f, Number(e.target.value))}
            />
            <p className="field__hint">
              {t(`allocation.factorExplain.${f}`)}{' '}
              {sum > 0 && t('allocation.policy.shareOfScore', { share: fmt.percent(v.weights[f] / sum) })}
            </p>
          </div>
        ))}
        <p id="weights-sum" aria-live="polite" data-testid="weights-sum">
          <strong>{t('allocation.policy.sum', { sum: fmt.number(Math.round(sum * 100) / 100) })}</strong>{' '}
          {sum > 0 ? t('allocation.policy.sumHint') : t('allocation.policy.sumZero')}
        </p>
        {err.fields.weights && <p className="field__error">{err.fields.weights}</p>}
      </fieldset>
      <div className="form__row">
        <Field
          label={t('allocation.policy.threshold')}
          name="fitThreshold"
          hint={t('allocation.policy.thresholdHint')}
          error={err.fields.fitThreshold}
        >
          {(ctl) => (
            <input
              {...ctl}
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={v.fitThreshold}
              onChange={(e) => setV({ ...v, fitThreshold: Number(e.target.value) })}
            />
          )}
        </Field>
        <Field
          label={t('allocation.policy.boost')}
          name="newCoopBoost"
          hint={t('allocation.policy.boostHint')}
          error={err.fields.newCoopBoost}
        >
          {(ctl) => (
            <input
              {...ctl}
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={v.newCoopBoost}
              onChange={(e) => setV({ ...v, newCoopBoost: Number(e.target.value) })}
            />
          )}
        </Field>
      </div>
      <fieldset className="radio-row">
        <legend>{t('allocation.policy.entitlement')}</legend>
        {(['equal', 'headcount'] as const).map((x) => (
          <label key={x}>
            <input
              type="radio"
              name="entitlement"
              checked={v.entitlement === x}
              onChange={() => setV({ ...v, entitlement: x })}
            />
            {t(`allocation.entitlement.${x}`)}
          </label>
        ))}
      </fieldset>
      <div className="form__row">
        <Field
          label={t('allocation.policy.window')}
          name="fairnessWindowDays"
          hint={t('allocation.policy.windowHint')}
          error={err.fields.fairnessWindowDays}
        >
          {(ctl) => (
            <input
              {...ctl}
              type="number"
              min={1}
              max={3650}
              value={v.fairnessWindowDays}
              onChange={(e) => setV({ ...v, fairnessWindowDays: Number(e.target.value) })}
            />
          )}
        </Field>
        <Field label={t('allocation.policy.measure')} name="fairnessMeasure">
          {(ctl) => (
            <select
              {...ctl}
              value={v.fairnessMeasure}
              onChange={(e) =>
                setV({ ...v, fairnessMeasure: e.target.value as PolicyInput['fairnessMeasure'] })
              }
            >
              <option value="person_days">{t('allocation.measure.person_days')}</option>
              <option value="value">{t('allocation.measure.value')}</option>
            </select>
          )}
        </Field>
      </div>
      <label className="field--inline">
        <input
          type="checkbox"
          checked={v.mandatoryProfiles}
          onChange={(e) => setV({ ...v, mandatoryProfiles: e.target.checked })}
        />
        {t('allocation.policy.mandatoryLabel')}
      </label>
      <Field label={t('allocation.policy.note')} name="note" hint={t('allocation.policy.noteHint')}>
        {(ctl) => (
          <textarea {...ctl} rows={2} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('allocation.policy.saveVersion')}
        </button>
      </div>
    </form>
  );
}

function PolicyHistory() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const history = useQuery({
    queryKey: ['allocation', 'policy', 'history'],
    queryFn: () => must(api.GET('/api/v1/allocation/policy/history')),
  });
  return (
    <section aria-labelledby="policy-history">
      <h2 id="policy-history">{t('allocation.policy.history')}</h2>
      {history.isPending && <Loading />}
      {history.isError && <ErrorState error={history.error} retry={() => void history.refetch()} />}
      {history.data && (
        <ol className="history-list" data-testid="policy-history">
          {history.data.items.map((p) => (
            <li key={p.version}>
              <strong>{t('allocation.policy.version', { version: p.version })}</strong> ·{' '}
              {t(`allocation.method.${p.method}.name`)} · {fmt.dateTime(p.createdAt)}
              {p.createdBy && ` · ${p.createdBy.name}`}
              {p.note && <p className="muted">{p.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function PolicyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const policy = usePolicy();
  usePageTitle(t('allocation.policy.title'));
  const isAdmin = me.data?.networkRole === 'admin';
  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('allocation.policy.title')}</h1>
        <p className="lede">{t('allocation.policy.lede')}</p>
        <p>
          <Link to="/network/ledger">{t('allocation.ledger.title')}</Link>
        </p>
      </header>
      {policy.isPending && <Loading />}
      {policy.isError && <ErrorState error={policy.error} retry={() => void policy.refetch()} />}
      {policy.data && (
        <div className="two-col">
          <div>
            <PolicySummary policy={policy.data} />
            {isAdmin && <PolicyForm policy={policy.data} />}
          </div>
          <PolicyHistory />
        </div>
      )}
    </div>
  );
}
