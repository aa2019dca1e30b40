/**
 * Merging duplicates (network admins): pick the other lead that is the same
 * work and which of the two survives. The other one is declined with a note
 * naming the survivor; its comments and interests move over.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { commaLists, type LeadSummary, leadKeys } from './lead-api.ts';
import { describeLeadError } from './lead-errors.ts';

export function MergePanel(props: { lead: Pick<LeadSummary, 'id' | 'title'>; onDone?: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const id = useId();
  const [other, setOther] = useState('');
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const candidates = useQuery({
    queryKey: [...leadKeys.all, 'merge-candidates'],
    queryFn: () =>
      must(
        api.GET('/api/v1/leads', {
          params: { query: { status: ['in_triage', 'open', 'deciding'], sort: 'newest', pageSize: 100 } },
          querySerializer: commaLists,
        }),
      ),
  });
  const merge = useMutation({
    mutationFn: () => {
      const [survivor, duplicate] = keep === 'this' ? [props.lead.id, other] : [other, props.lead.id];
      return must(
        api.POST('/api/v1/leads/{id}/merge', { params: { path: { id: survivor } }, body: { duplicate } }),
      );
    },
    onSuccess: async (survivor) => {
      await qc.invalidateQueries({ queryKey: leadKeys.all });
      await qc.invalidateQueries({ queryKey: ['lead'] });
      props.onDone?.();
      navigate(`/leads/${survivor.id}`, { state: { merged: true } });
    },
  });
  const err = describeLeadError(merge.error, t, 'merge');
  const others = (candidates.data?.items ?? []).filter((l) => l.id !== props.lead.id);
  const otherTitle = others.find((l) => l.id === other)?.title ?? '';

  return (
    <form
      className="form lead-confirm"
      aria-label={t('leads.merge.title', { title: props.lead.title })}
      onSubmit={(e) => {
        e.preventDefault();
        if (other) merge.mutate();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-other`}>{t('leads.merge.other')}</label>
        <select id={`${id}-other`} value={other} onChange={(e) => setOther(e.target.value)}>
          <option value="">{t('leads.merge.choose')}</option>
          {others.map((l) => (
            <option key={l.id} value={l.id}>
              {l.title} · {t(`leads.status.${l.status}`)} · {fmt.day(l.createdAt)}
            </option>
          ))}
        </select>
      </div>
      {other && (
        <fieldset className="radio-row">
          <legend>{t('leads.merge.keep')}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-keep`}
              checked={keep === 'this'}
              onChange={() => setKeep('this')}
            />
            {props.lead.title}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-keep`}
              checked={keep === 'other'}
              onChange={() => setKeep('other')}
            />
            {otherTitle}
          </label>
        </fieldset>
      )}
      <p className="field__hint">{t('leads.merge.hint')}</p>
      {merge.isError && (
        <p className="field__error" role="alert">
          {err.fields.duplicate ?? err.message}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={!other || merge.isPending}>
          {t('leads.merge.submit')}
        </button>
        {props.onDone && (
          <button type="button" className="button button--secondary" onClick={props.onDone}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
