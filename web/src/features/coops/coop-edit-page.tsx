/** A co-op's admins keep its profile true: every field of CoopUpdate, technologies and services from the taxonomy. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { COUNTRY_CODES, LANGUAGE_CODES, sortedByName, useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { useCoop } from './coop-page.tsx';
import { TermPicker } from './term-picker.tsx';

type Coop = Schemas['CoopDetail'];
type Stage = Coop['stage'];
type Need = NonNullable<Coop['need']>;
const STAGES: Stage[] = ['new', 'growing', 'stable'];
const NEEDS: Need[] = ['low', 'medium', 'high'];

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const numOrNull = (v: string) => (v.trim() === '' ? null : Number(v));

function initialState(c: Coop) {
  return {
    name: c.name,
    descriptionEn: c.description.en,
    descriptionEs: c.description.es,
    website: str(c.website),
    country: str(c.country),
    city: str(c.city),
    latitude: str(c.location?.latitude),
    longitude: str(c.location?.longitude),
    languages: c.languages,
    yearFounded: str(c.yearFounded),
    headcount: str(c.headcount),
    stage: c.stage,
    need: (c.need ?? 'medium') as Need,
    needNote: c.needNote ?? '',
    technologies: c.technologies.map((x) => x.slug),
    services: c.services.map((x) => x.slug),
    email: str(c.contact?.email),
    phone: str(c.contact?.phone),
    address: str(c.contact?.address),
  };
}
type FormState = ReturnType<typeof initialState>;

function toUpdate(s: FormState): Schemas['CoopUpdate'] {
  const noLocation = s.latitude.trim() === '' && s.longitude.trim() === '';
  return {
    name: s.name,
    description: { en: s.descriptionEn, es: s.descriptionEs },
    website: orNull(s.website),
    country: orNull(s.country),
    city: orNull(s.city),
    location: noLocation
      ? null
      : { latitude: numOrNull(s.latitude) as number, longitude: numOrNull(s.longitude) as number },
    languages: s.languages,
    yearFounded: numOrNull(s.yearFounded),
    headcount: numOrNull(s.headcount),
    stage: s.stage,
    need: s.need,
    needNote: s.needNote,
    technologies: s.technologies,
    services: s.services,
    contact: { email: orNull(s.email), phone: orNull(s.phone), address: orNull(s.address) },
  };
}

function CoopForm(props: { coop: Coop }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const slug = props.coop.slug;
  const [s, setS] = useState(() => initialState(props.coop));
  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setS((prev) => ({ ...prev, [k]: v }));
  const save = useMutation({
    mutationFn: () =>
      must(api.PATCH('/api/v1/coops/{slug}', { params: { path: { slug } }, body: toUpdate(s) })),
    onSuccess: async (updated) => {
      qc.setQueryData(['coop', slug], updated);
      await qc.invalidateQueries({ queryKey: ['coops'] });
      navigate(`/coops/${slug}`, { state: { saved: true } });
    },
  });
  const err = describeError(save.error, t);
  const f = err.fields;
  const text = (k: keyof FormState, label: string, field: string, type = 'text', extra: object = {}) => (
    <Field label={label} name={field} error={f[field]}>
      {(ctl) => (
        <input
          {...ctl}
          {...extra}
          type={type}
          value={s[k] as string}
          onChange={(e) => set(k, e.target.value as never)}
        />
      )}
    </Field>
  );

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={f} />
      <fieldset>
        <legend>{t('coopEdit.sections.profile')}</legend>
        {text('name', t('coopEdit.name'), 'name', 'text', { autoComplete: 'organization' })}
        <Field label={t('coopEdit.descriptionEn')} name="description.en" error={f['description.en']}>
          {(ctl) => (
            <textarea
              {...ctl}
              lang="en"
              rows={5}
              value={s.descriptionEn}
              onChange={(e) => set('descriptionEn', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('coopEdit.descriptionEs')} name="description.es" error={f['description.es']}>
          {(ctl) => (
            <textarea
              {...ctl}
              lang="es"
              rows={5}
              value={s.descriptionEs}
              onChange={(e) => set('descriptionEs', e.target.value)}
            />
          )}
        </Field>
        {text('website', t('coop.website'), 'website', 'url', {
          placeholder: 'https://',
          autoComplete: 'url',
        })}
        <div className="form__row">
          {text('yearFounded', t('coop.founded'), 'yearFounded', 'number', { min: 1844, max: 2100 })}
          {text('headcount', t('coop.facts.headcount'), 'headcount', 'number', { min: 0 })}
        </div>
        <Field label={t('coop.facts.stage')} name="stage" error={f.stage}>
          {(ctl) => (
            <select {...ctl} value={s.stage} onChange={(e) => set('stage', e.target.value as Stage)}>
              {STAGES.map((x) => (
                <option key={x} value={x}>
                  {t(`stage.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="checkbox-grid" id="f-languages">
          <legend>{t('coop.languages')}</legend>
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
      </fieldset>

      <fieldset>
        <legend>{t('coopEdit.sections.place')}</legend>
        <div className="form__row">
          <Field label={t('coopEdit.country')} name="country" error={f.country}>
            {(ctl) => (
              <select {...ctl} value={s.country} onChange={(e) => set('country', e.target.value)}>
                <option value="">{t('coopEdit.noCountry')}</option>
                {sortedByName(COUNTRY_CODES, fmt.country).map((x) => (
                  <option key={x.code} value={x.code}>
                    {x.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('city', t('coopEdit.city'), 'city', 'text', { autoComplete: 'address-level2' })}
        </div>
        <div className="form__row">
          {text('latitude', t('coopEdit.latitude'), 'location.latitude', 'number', {
            step: 'any',
            min: -90,
            max: 90,
          })}
          {text('longitude', t('coopEdit.longitude'), 'location.longitude', 'number', {
            step: 'any',
            min: -180,
            max: 180,
          })}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('coopEdit.sections.work')}</legend>
        <TermPicker
          kind="technology"
          legend={t('coop.technologies')}
          value={s.technologies}
          onChange={(v) => set('technologies', v)}
          error={f.technologies}
        />
        <TermPicker
          kind="service"
          legend={t('coop.services')}
          value={s.services}
          onChange={(v) => set('services', v)}
          error={f.services}
        />
      </fieldset>

      <fieldset>
        <legend>{t('coopEdit.sections.need')}</legend>
        <p className="field__hint">{t('coopEdit.needHint')}</p>
        <div className="radio-row">
          {NEEDS.map((n) => (
            <label key={n}>
              <input type="radio" name="need" checked={s.need === n} onChange={() => set('need', n)} />
              {t(`need.${n}`)}
            </label>
          ))}
        </div>
        <Field label={t('coopEdit.needNote')} name="needNote" error={f.needNote}>
          {(ctl) => (
            <textarea
              {...ctl}
              rows={3}
              value={s.needNote}
              onChange={(e) => set('needNote', e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('coopEdit.sections.contact')}</legend>
        <p className="field__hint">{t('coopEdit.contactHint')}</p>
        {text('email', t('coop.email'), 'contact.email', 'email', { autoComplete: 'email' })}
        {text('phone', t('coop.phone'), 'contact.phone', 'tel', { autoComplete: 'tel' })}
        <Field label={t('coop.address')} name="contact.address" error={f['contact.address']}>
          {(ctl) => (
            <textarea {...ctl} rows={2} value={s.address} onChange={(e) => set('address', e.target.value)} />
          )}
        </Field>
      </fieldset>

      <div className="form__actions form__actions--sticky">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
        <Link to={`/coops/${slug}`} className="button button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

export function CoopEditPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const coop = useCoop(slug);
  usePageTitle(coop.data ? t('coopEdit.title', { name: coop.data.name }) : undefined);
  if (coop.isPending) return <Loading />;
  if (coop.isError) return <ErrorState error={coop.error} retry={() => void coop.refetch()} />;
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={`/coops/${slug}`}>{coop.data.name}</Link>
      </p>
      <h1>{t('coopEdit.title', { name: coop.data.name })}</h1>
      {coop.data.can.edit ? (
        <CoopForm coop={coop.data} />
      ) : (
        <p className="notice notice--error">{t('errors.forbidden')}</p>
      )}
    </div>
  );
}
