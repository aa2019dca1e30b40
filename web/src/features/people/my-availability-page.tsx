/** "Am I free?" in a few seconds: three big choices, hours and a date, one button. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';

type Availability = Schemas['Person']['availability'];
const CHOICES: Availability[] = ['busy', 'free', 'could_be_free'];

export function usePerson(id: string | null | undefined) {
  return useQuery({
    queryKey: ['person', id],
    queryFn: () => must(api.GET('/api/v1/people/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

export function AvailabilityForm(props: { person: Schemas['Person']; onSaved?: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const p = props.person;
  const [availability, setAvailability] = useState<Availability>(p.availability);
  const [hours, setHours] = useState(String(p.hoursPerWeek));
  const [freeFrom, setFreeFrom] = useState(p.freeFrom ?? '');
  useEffect(() => {
    setAvailability(p.availability);
    setHours(String(p.hoursPerWeek));
    setFreeFrom(p.freeFrom ?? '');
  }, [p]);
  const save = useMutation({
    mutationFn: () =>
      must(
        api.PUT('/api/v1/people/{id}/availability', {
          params: { path: { id: p.id } },
          body: { availability, hoursPerWeek: Number(hours || 0), freeFrom: freeFrom || null },
        }),
      ),
    onSuccess: async (updated) => {
      qc.setQueryData(['person', p.id], updated);
      await qc.invalidateQueries({ queryKey: ['coop', updated.coop.slug] });
      await qc.invalidateQueries({ queryKey: ['coops'] });
      props.onSaved?.();
    },
  });
  const err = describeError(save.error, t);
  return (
    <form
      className="form availability-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
      <fieldset className="big-choices">
        <legend>{t('availabilityForm.question')}</legend>
        {CHOICES.map((c) => (
          <label key={c} className={`big-choice big-choice--${c}`}>
            <input
              type="radio"
              name="availability"
              value={c}
              checked={availability === c}
              onChange={() => setAvailability(c)}
            />
            <span className="big-choice__title">{t(`availability.person.${c}`)}</span>
            <span className="big-choice__hint">{t(`availabilityForm.hint.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="form__row">
        <Field label={t('availabilityForm.hours')} name="hoursPerWeek" error={err.fields.hoursPerWeek}>
          {(ctl) => (
            <input
              {...ctl}
              type="number"
              inputMode="numeric"
              min={0}
              max={80}
              step={1}
              value={hours}
              onChange={(e) => setHours(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('availabilityForm.freeFrom')}
          name="freeFrom"
          hint={t('availabilityForm.freeFromHint')}
          error={err.fields.freeFrom}
        >
          {(ctl) => (
            <input {...ctl} type="date" value={freeFrom} onChange={(e) => setFreeFrom(e.target.value)} />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--large" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('availabilityForm.save')}
        </button>
        {save.isSuccess && !save.isPending && (
          <p className="notice notice--success" role="status">
            {t('availabilityForm.saved')}{' '}
            <Link to={`/coops/${p.coop.slug}`}>{t('availabilityForm.seeCoop', { name: p.coop.name })}</Link>
          </p>
        )}
      </div>
    </form>
  );
}

export function MyAvailabilityPage() {
  const { t } = useTranslation();
  const me = useMe();
  const person = usePerson(me.data?.personId);
  usePageTitle(t('availabilityForm.title'));
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/sign-in?next=/availability" replace />;
  return (
    <div className="page page--narrow">
      <h1>{t('availabilityForm.title')}</h1>
      {!me.data.personId && <p className="notice">{t('availabilityForm.noPerson')}</p>}
      {person.isPending && me.data.personId && <Loading />}
      {person.isError && <ErrorState error={person.error} retry={() => void person.refetch()} />}
      {person.data && (
        <>
          <p className="lede">{t('availabilityForm.lede', { coop: person.data.coop.name })}</p>
          <AvailabilityForm person={person.data} />
        </>
      )}
    </div>
  );
}
