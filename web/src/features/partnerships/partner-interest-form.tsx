/**
 * A co-op member offers their co-op for a partner's lead. The offer travels
 * to the origin network, which decides with its own process. Short: the
 * numbers start from sensible defaults; only "why you fit" needs writing.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, must } from '../../api/client.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { Loading } from '../../ui/status.tsx';
import { type PartnerLead, partnerKeys } from './partnership-api.ts';
import {
  type Need,
  type OfferDraft,
  offerDefaults,
  partnerLeadDetails,
  type Role,
  todayIso,
} from './partnership-rules.ts';

const NEEDS: Need[] = ['low', 'medium', 'high'];
const ROLES: Role[] = ['lead', 'partner', 'subcontractor'];

function OfferFields(props: {
  lead: PartnerLead;
  coop: { slug: string; name: string };
  initial: OfferDraft;
  onSent: (network: string) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [s, setS] = useState(props.initial);
  const set = <K extends keyof OfferDraft>(k: K, v: OfferDraft[K]) => setS((p) => ({ ...p, [k]: v }));
  const [local, setLocal] = useState<Record<string, string>>({});
  const send = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/partner-leads/{id}/interests', {
          params: { path: { id: props.lead.id } },
          body: {
            coop: props.coop.slug,
            availableFrom: s.availableFrom,
            hoursPerWeek: Number(s.hoursPerWeek),
            capacityPersonDays: Number(s.capacityPersonDays),
            need: s.need,
            needNote: s.needNote.trim(),
            fit: s.fit.trim(),
            role: s.role,
          },
        }),
      ),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: partnerKeys.all });
      props.onSent(props.lead.originNetwork.name);
    },
  });
  const err = describeError(send.error, t);
  const f = { ...err.fields, ...local };
  const conflict = send.error instanceof ApiError && send.error.status === 409;
  const message = Object.keys(local).length
    ? null
    : conflict
      ? t('partnerships.offer.errors.conflict')
      : err.message;
  const num = (k: 'hoursPerWeek' | 'capacityPersonDays', max: number, hint: string) => (
    <Field label={t(`partnerships.offer.${k}`)} name={k} error={f[k]} hint={hint}>
      {(ctl) => (
        <input
          {...ctl}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={s[k]}
          onChange={(e) => set(k, e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <form
      className="form"
      noValidate
      aria-label={t('partnerships.offer.formLabel', { coop: props.coop.name })}
      onSubmit={(e) => {
        e.preventDefault();
        const missing: Record<string, string> = {};
        if (!s.fit.trim()) missing.fit = t('validation.required');
        if (!s.availableFrom) missing.availableFrom = t('validation.date');
        setLocal(missing);
        if (Object.keys(missing).length === 0) send.mutate();
      }}
    >
      <ErrorSummary title={t('form.problemTitle')} message={message} fields={f} />
      <Field
        label={t('partnerships.offer.fit')}
        name="fit"
        error={f.fit}
        hint={t('partnerships.offer.fitHint')}
      >
        {(ctl) => (
          <textarea
            {...ctl}
            rows={3}
            maxLength={5000}
            value={s.fit}
            onChange={(e) => set('fit', e.target.value)}
          />
        )}
      </Field>
      <fieldset className="radio-row" id="f-role">
        <legend>{t('partnerships.offer.role')}</legend>
        {ROLES.map((r) => (
          <label key={r}>
            <input type="radio" name="offer-role" checked={s.role === r} onChange={() => set('role', r)} />
            {t(`leads.role.${r}`)}
          </label>
        ))}
      </fieldset>
      <p className="field__hint">{t('partnerships.offer.prefilled')}</p>
      <div className="form__row">
        <Field label={t('partnerships.offer.availableFrom')} name="availableFrom" error={f.availableFrom}>
          {(ctl) => (
            <input
              {...ctl}
              type="date"
              value={s.availableFrom}
              onChange={(e) => set('availableFrom', e.target.value)}
            />
          )}
        </Field>
        {num('hoursPerWeek', 4000, t('partnerships.offer.hoursHint'))}
      </div>
      {num('capacityPersonDays', 100000, t('partnerships.offer.capacityHint'))}
      <fieldset className="radio-row" id="f-need">
        <legend>{t('partnerships.offer.need')}</legend>
        {NEEDS.map((n) => (
          <label key={n}>
            <input type="radio" name="offer-need" checked={s.need === n} onChange={() => set('need', n)} />
            {t(`need.${n}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('partnerships.offer.needNote')} name="needNote" error={f.needNote}>
        {(ctl) => (
          <input
            {...ctl}
            value={s.needNote}
            maxLength={1000}
            onChange={(e) => set('needNote', e.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={send.isPending}>
          {send.isPending ? t('common.sending') : t('partnerships.offer.submit', { coop: props.coop.name })}
        </button>
      </div>
    </form>
  );
}

/** Starts from the co-op's declared need and the lead's dates and size. */
export function PartnerInterestForm(props: {
  lead: PartnerLead;
  coop: { slug: string; name: string };
  onSent: (network: string) => void;
}) {
  const coop = useQuery({
    queryKey: ['coop', props.coop.slug],
    queryFn: () => must(api.GET('/api/v1/coops/{slug}', { params: { path: { slug: props.coop.slug } } })),
  });
  if (coop.isPending) return <Loading />;
  const initial = offerDefaults(
    partnerLeadDetails(props.lead.details),
    { need: coop.data?.need ?? null, needNote: coop.data?.needNote ?? null },
    todayIso(),
  );
  return <OfferFields key={props.coop.slug} {...props} initial={initial} />;
}
