/** Closing a decision (its creator or network admins): a rationale, a review date, and a tie broken by hand. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../../api/client.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { type Decision, optionLabel, type TallyDetail } from './decision-data.ts';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export function CloseForm(props: { d: Decision; detail: TallyDetail | null }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { d } = props;
  const [rationale, setRationale] = useState('');
  const [reviewDate, setReviewDate] = useState(inDays(90));
  const [breakTie, setBreakTie] = useState<string[]>([]);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const tied = props.detail?.result === 'tie' ? (props.detail.tied ?? []) : [];
  const refresh = () => qc.invalidateQueries({ queryKey: ['decision', d.id] });
  const close = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/decisions/{id}/close', {
          params: { path: { id: d.id } },
          body: { rationale, reviewDate, ...(breakTie.length ? { breakTie } : {}) },
        }),
      ),
    onSuccess: refresh,
  });
  const cancel = useMutation({
    mutationFn: () => must(api.POST('/api/v1/decisions/{id}/cancel', { params: { path: { id: d.id } } })),
    onSuccess: refresh,
  });
  const err = describeError(close.error ?? cancel.error, t);
  return (
    <form
      className="form panel"
      aria-labelledby="close-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        close.mutate();
      }}
    >
      <h2 id="close-heading">{t('decisions.close.title')}</h2>
      <p className="muted">{t('decisions.close.hint')}</p>
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
      <Field label={t('decisions.close.rationale')} name="rationale" error={err.fields.rationale}>
        {(ctl) => (
          <textarea {...ctl} rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />
        )}
      </Field>
      <Field
        label={t('decisions.close.reviewDate')}
        name="reviewDate"
        hint={t('decisions.close.reviewHint')}
        error={err.fields.reviewDate}
      >
        {(ctl) => (
          <input {...ctl} type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} />
        )}
      </Field>
      {tied.length > 1 && (
        <fieldset className="checkbox-grid">
          <legend>{t('decisions.close.breakTie')}</legend>
          {tied.map((k) => (
            <label key={k}>
              <input
                type="checkbox"
                checked={breakTie.includes(k)}
                onChange={(e) =>
                  setBreakTie(e.target.checked ? [...breakTie, k] : breakTie.filter((x) => x !== k))
                }
              />
              {optionLabel(d, k)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={close.isPending}>
          {close.isPending ? t('common.saving') : t('decisions.close.submit')}
        </button>
        {!confirmCancel ? (
          <button type="button" className="button button--secondary" onClick={() => setConfirmCancel(true)}>
            {t('decisions.close.withdraw')}
          </button>
        ) : (
          <span className="confirm">
            {t('decisions.close.withdrawConfirm')}{' '}
            <button
              type="button"
              className="button button--danger button--small"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate()}
            >
              {t('decisions.close.withdrawYes')}
            </button>
          </span>
        )}
      </div>
    </form>
  );
}
