/**
 * "Bring us your project": the public form, no account needed, in English and
 * Spanish (the header's language switch; the chosen language is sent so our
 * emails answer in it). Spam protection is the server's: a honeypot field and
 * rate limits answering 429 with Retry-After, which this page turns into a
 * friendly "try again in N minutes".
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Schemas } from '../../api/client.ts';
import { currentLocale } from '../../app/i18n.ts';
import { LANGUAGE_CODES, sortedByName, useFormat } from '../../lib/format.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { usePageTitle } from '../../ui/status.tsx';
import { describeLeadError } from './lead-errors.ts';
import { retryMinutes, todayIso } from './lead-format.ts';
import './leads.css';

const EMPTY = {
  name: '',
  email: '',
  phone: '',
  organisation: '',
  title: '',
  description: '',
  budgetMin: '',
  budgetMax: '',
  currency: 'EUR',
  startDate: '',
  languages: [] as string[],
  remote: false,
  place: '',
  website: '',
};
type Form = typeof EMPTY;

class RateLimited extends Error {
  readonly minutes: number;
  constructor(minutes: number) {
    super('rate limited');
    this.minutes = minutes;
  }
}

function toBody(s: Form): Schemas['PublicLeadInput'] {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  const num = (v: string) => (v.trim() ? Number(v) : null);
  const hasBudget = s.budgetMin.trim() !== '' || s.budgetMax.trim() !== '';
  return {
    locale: currentLocale(),
    name: s.name,
    email: s.email.trim(),
    phone: opt(s.phone),
    organisation: opt(s.organisation),
    title: s.title,
    description: s.description,
    budget: hasBudget
      ? { min: num(s.budgetMin), max: num(s.budgetMax), currency: s.currency.trim().toUpperCase() }
      : undefined,
    startDate: opt(s.startDate),
    languages: s.languages,
    remote: s.remote,
    place: opt(s.place),
    website: s.website || undefined,
  };
}

export function BringYourProjectPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  usePageTitle(t('leads.public.title'));
  const [s, setS] = useState<Form>(EMPTY);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setS((p) => ({ ...p, [k]: v }));
  const send = useMutation({
    mutationFn: async () => {
      const { error, response } = await api.POST('/api/v1/public/leads', { body: toBody(s) });
      if (response.status === 429) throw new RateLimited(retryMinutes(response.headers.get('retry-after')));
      if (!response.ok) throw new ApiError(response.status, error as never);
    },
    onSuccess: () => window.scrollTo(0, 0),
  });

  if (send.isSuccess)
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1} ref={(h) => h?.focus()}>
          {t('leads.public.thanksTitle')}
        </h1>
        <div className="notice notice--success" role="status">
          <p>{t('leads.public.thanks', { email: s.email.trim() })}</p>
          <p>{t('leads.public.next')}</p>
        </div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setS(EMPTY);
            send.reset();
          }}
        >
          {t('leads.public.another')}
        </button>
      </div>
    );

  const limited = send.error instanceof RateLimited ? send.error : null;
  const err = limited ? { message: null, fields: {} } : describeLeadError(send.error, t);
  const f: Record<string, string> = err.fields;
  const text = (
    k: keyof Form,
    label: string,
    field: string,
    extra: Record<string, unknown> = {},
    hint?: string,
  ) => (
    <Field label={label} name={field} error={f[field]} hint={hint}>
      {(ctl) => (
        <input {...ctl} {...extra} value={s[k] as string} onChange={(e) => set(k, e.target.value as never)} />
      )}
    </Field>
  );

  return (
    <div className="page page--narrow">
      <h1>{t('leads.public.title')}</h1>
      <p className="lede">{t('leads.public.lede')}</p>
      {limited && (
        <div className="notice notice--error" role="alert" data-testid="rate-limited">
          <p>{t('leads.public.tooMany', { count: limited.minutes })}</p>
        </div>
      )}
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate();
        }}
      >
        <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={f} />
        <fieldset>
          <legend>{t('leads.public.aboutYou')}</legend>
          {text('name', t('leads.public.name'), 'name', { autoComplete: 'name', required: true })}
          {text('email', t('leads.fields.email'), 'email', {
            type: 'email',
            autoComplete: 'email',
            required: true,
          })}
          {text('phone', t('leads.public.phone'), 'phone', { type: 'tel', autoComplete: 'tel' })}
          {text(
            'organisation',
            t('leads.fields.organisation'),
            'organisation',
            { autoComplete: 'organization' },
            t('leads.public.organisationHint'),
          )}
          <p className="field__hint">{t('leads.public.privacy')}</p>
        </fieldset>
        <fieldset>
          <legend>{t('leads.public.aboutProject')}</legend>
          {text('title', t('leads.public.projectTitle'), 'title', { required: true, maxLength: 200 })}
          <Field
            label={t('leads.public.description')}
            name="description"
            error={f.description}
            hint={t('leads.public.descriptionHint')}
          >
            {(ctl) => (
              <textarea
                {...ctl}
                required
                rows={8}
                value={s.description}
                onChange={(e) => set('description', e.target.value)}
              />
            )}
          </Field>
          <div className="form__row">
            {text('budgetMin', t('leads.form.budgetMin'), 'budget.min', {
              type: 'number',
              min: 0,
              inputMode: 'numeric',
            })}
            {text('budgetMax', t('leads.form.budgetMax'), 'budget.max', {
              type: 'number',
              min: 0,
              inputMode: 'numeric',
            })}
          </div>
          {text(
            'currency',
            t('leads.form.currency'),
            'budget.currency',
            { maxLength: 3 },
            t('leads.form.currencyHint'),
          )}
          {text('startDate', t('leads.fields.startDate'), 'startDate', { type: 'date', min: todayIso() })}
          <fieldset className="checkbox-grid" id="f-languages">
            <legend>{t('leads.public.languages')}</legend>
            {sortedByName(LANGUAGE_CODES, fmt.language).map((l) => (
              <label key={l.code}>
                <input
                  type="checkbox"
                  checked={s.languages.includes(l.code)}
                  onChange={(e) =>
                    set(
                      'languages',
                      e.target.checked ? [...s.languages, l.code] : s.languages.filter((x) => x !== l.code),
                    )
                  }
                />
                {l.name}
              </label>
            ))}
          </fieldset>
          {text('place', t('leads.fields.place'), 'place', { autoComplete: 'address-level2' })}
          <label className="lead-check">
            <input type="checkbox" checked={s.remote} onChange={(e) => set('remote', e.target.checked)} />
            {t('leads.public.remote')}
          </label>
        </fieldset>
        {/* Honeypot: people never see or reach it (off-screen, hidden from assistive technology, out of the
            tab order, no autofill); bots that fill every field give themselves away. */}
        <div className="lead-honeypot" aria-hidden="true">
          <label htmlFor="f-website">{t('leads.public.honeypot')}</label>
          <input
            id="f-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={s.website}
            onChange={(e) => set('website', e.target.value)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--large" disabled={send.isPending}>
            {send.isPending ? t('common.sending') : t('leads.public.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
