/** A co-op says "we're interested" (or changes or withdraws it), starting from what it already told the network. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../../api/client.ts';
import { PersonAvailabilityBadge } from '../../ui/badges.tsx';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { Loading } from '../../ui/status.tsx';
import { type InterestDraft, interestDefaults, relevantPeople } from './interest-defaults.ts';
import { type Interest, type Lead, leadKeys, NEEDS, ROLES } from './lead-api.ts';
import { describeLeadError } from './lead-errors.ts';
import { todayIso } from './lead-format.ts';

function useCoopAndPeople(slug: string) {
  const coop = useQuery({
    queryKey: ['coop', slug],
    queryFn: () => must(api.GET('/api/v1/coops/{slug}', { params: { path: { slug } } })),
  });
  const people = useQuery({
    queryKey: ['coop', slug, 'people'],
    queryFn: async () =>
      (await must(api.GET('/api/v1/coops/{slug}/people', { params: { path: { slug } } }))).items,
  });
  return { coop, people };
}

function InterestFields(props: {
  lead: Lead;
  coop: { slug: string; name: string };
  /** People first who know what the lead needs, with those technologies. */
  people: Schemas['Person'][];
  knows: Map<string, string[]>;
  initial: InterestDraft;
  existing?: Interest | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [s, setS] = useState(props.initial);
  const set = <K extends keyof InterestDraft>(k: K, v: InterestDraft[K]) => setS((p) => ({ ...p, [k]: v }));
  const params = { path: { id: props.lead.id, coop: props.coop.slug } };
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: leadKeys.interests(props.lead.id) });
    props.onDone();
  };
  const save = useMutation({
    mutationFn: () =>
      must(
        api.PUT('/api/v1/leads/{id}/interests/{coop}', {
          params,
          body: {
            availableFrom: s.availableFrom,
            hoursPerWeek: Number(s.hoursPerWeek),
            capacityPersonDays: Number(s.capacityPersonDays),
            need: s.need,
            needNote: s.needNote.trim(),
            fit: s.fit.trim(),
            role: s.role,
            proposedPeople: s.proposedPeople,
          },
        }),
      ),
    onSuccess: refresh,
  });
  const withdraw = useMutation({
    mutationFn: () => must(api.DELETE('/api/v1/leads/{id}/interests/{coop}', { params })),
    onSuccess: refresh,
  });
  const err = describeLeadError(save.error ?? withdraw.error, t, 'interest');
  const f = err.fields;
  const num = (k: 'hoursPerWeek' | 'capacityPersonDays', label: string, hint: string, max: number) => (
    <Field label={label} name={k} error={f[k]} hint={hint}>
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
      aria-label={t('leads.interest.formLabel', { coop: props.coop.name })}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={f} />
      <p className="field__hint">{t('leads.interest.prefilled')}</p>
      <div className="form__row">
        <Field label={t('leads.interest.availableFrom')} name="availableFrom" error={f.availableFrom}>
          {(ctl) => (
            <input
              {...ctl}
              type="date"
              value={s.availableFrom}
              onChange={(e) => set('availableFrom', e.target.value)}
            />
          )}
        </Field>
        {num('hoursPerWeek', t('leads.interest.hoursPerWeek'), t('leads.interest.hoursHint'), 4000)}
      </div>
      {num('capacityPersonDays', t('leads.interest.capacity'), t('leads.interest.capacityHint'), 100000)}
      <fieldset className="radio-row" id="f-need">
        <legend>{t('leads.interest.need')}</legend>
        {NEEDS.map((n) => (
          <label key={n}>
            <input type="radio" name="interest-need" checked={s.need === n} onChange={() => set('need', n)} />
            {t(`need.${n}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('leads.interest.needNote')} name="needNote" error={f.needNote}>
        {(ctl) => (
          <input
            {...ctl}
            value={s.needNote}
            maxLength={1000}
            onChange={(e) => set('needNote', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('leads.interest.fit')} name="fit" error={f.fit} hint={t('leads.interest.fitHint')}>
        {(ctl) => <textarea {...ctl} rows={3} value={s.fit} onChange={(e) => set('fit', e.target.value)} />}
      </Field>
      <fieldset className="radio-row" id="f-role">
        <legend>{t('leads.interest.role')}</legend>
        {ROLES.map((r) => (
          <label key={r}>
            <input type="radio" name="interest-role" checked={s.role === r} onChange={() => set('role', r)} />
            {t(`leads.role.${r}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="lead-people" id="f-proposedPeople">
        <legend>{t('leads.interest.people')}</legend>
        {props.people.length === 0 && <p className="muted">{t('leads.interest.noPeople')}</p>}
        {props.people.map((p) => (
          <label key={p.id}>
            <input
              type="checkbox"
              checked={s.proposedPeople.includes(p.id)}
              onChange={(e) =>
                set(
                  'proposedPeople',
                  e.target.checked ? [...s.proposedPeople, p.id] : s.proposedPeople.filter((x) => x !== p.id),
                )
              }
            />
            <span>{p.name}</span> <PersonAvailabilityBadge availability={p.availability} />
            {props.knows.get(p.id) && <span className="muted">{props.knows.get(p.id)?.join(', ')}</span>}
          </label>
        ))}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {props.existing ? t('leads.interest.update') : t('leads.interest.submit')}
        </button>
        {props.existing && (
          <button
            type="button"
            className="button button--danger"
            disabled={withdraw.isPending}
            onClick={() => withdraw.mutate()}
          >
            {t('leads.interest.withdraw')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={props.onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function InterestForm(props: {
  lead: Lead;
  coop: { slug: string; name: string };
  existing?: Interest | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { coop, people } = useCoopAndPeople(props.coop.slug);
  if (coop.isPending || people.isPending) return <Loading />;
  const list = people.data ?? [];
  const d = interestDefaults(
    props.lead,
    { need: coop.data?.need ?? null, needNote: coop.data?.needNote ?? null },
    list,
    todayIso(),
    props.existing,
  );
  if (!props.existing && d.fitFacts.people.length > 0)
    d.fit = t('leads.interest.fitSuggestion', {
      count: d.fitFacts.people.length,
      people: d.fitFacts.people.join(', '),
      technologies: d.fitFacts.technologies.join(', '),
    });
  const knows = new Map(relevantPeople(props.lead, list).map((r) => [r.person.id, r.technologies]));
  const ordered = [...list.filter((p) => knows.has(p.id)), ...list.filter((p) => !knows.has(p.id))];
  return <InterestFields {...props} people={ordered} knows={knows} initial={d} />;
}
