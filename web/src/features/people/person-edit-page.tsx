/** Adds a person to a co-op, or edits one: name, languages, availability and skills. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { LANGUAGE_CODES, sortedByName, useFormat } from '../../lib/format.ts';
import { useTerms } from '../../lib/terms.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { usePerson } from './my-availability-page.tsx';

type Seniority = Schemas['Person']['skills'][number]['seniority'];
type Availability = Schemas['Person']['availability'];
const SENIORITIES: Seniority[] = ['junior', 'semi_senior', 'senior', 'expert'];
const AVAILABILITIES: Availability[] = ['busy', 'free', 'could_be_free'];

interface SkillRow {
  key: number;
  technology: string;
  seniority: Seniority;
  years: string;
}

let rowKey = 0;

function PersonForm(props: { person?: Schemas['Person']; slug: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const technologies = useTerms('technology');
  const p = props.person;
  const [name, setName] = useState(p?.name ?? '');
  const [languages, setLanguages] = useState<string[]>(p?.languages ?? []);
  const [availability, setAvailability] = useState<Availability>(p?.availability ?? 'busy');
  const [hours, setHours] = useState(String(p?.hoursPerWeek ?? 0));
  const [freeFrom, setFreeFrom] = useState(p?.freeFrom ?? '');
  const [skills, setSkills] = useState<SkillRow[]>(
    (p?.skills ?? []).map((s) => ({
      key: rowKey++,
      technology: s.technology.slug,
      seniority: s.seniority,
      years: String(s.years),
    })),
  );
  const save = useMutation({
    mutationFn: async () => {
      const body = {
        name,
        languages,
        availability,
        hoursPerWeek: Number(hours || 0),
        freeFrom: freeFrom || null,
        skills: skills
          .filter((s) => s.technology)
          .map((s) => ({ technology: s.technology, seniority: s.seniority, years: Number(s.years || 0) })),
      };
      return p
        ? must(api.PATCH('/api/v1/people/{id}', { params: { path: { id: p.id } }, body }))
        : must(api.POST('/api/v1/coops/{slug}/people', { params: { path: { slug: props.slug } }, body }));
    },
    onSuccess: async (saved) => {
      qc.setQueryData(['person', saved.id], saved);
      await qc.invalidateQueries({ queryKey: ['coop', saved.coop.slug] });
      await qc.invalidateQueries({ queryKey: ['coops'] });
      navigate(`/coops/${saved.coop.slug}/people`);
    },
  });
  const err = describeError(save.error, t);
  const setSkill = (key: number, change: Partial<SkillRow>) =>
    setSkills(skills.map((s) => (s.key === key ? { ...s, ...change } : s)));

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
      <Field label={t('people.form.name')} name="name" error={err.fields.name}>
        {(ctl) => (
          <input {...ctl} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <fieldset className="checkbox-grid">
        <legend>{t('people.form.languages')}</legend>
        {sortedByName(LANGUAGE_CODES, fmt.language).map((l) => (
          <label key={l.code}>
            <input
              type="checkbox"
              checked={languages.includes(l.code)}
              onChange={(e) =>
                setLanguages(
                  e.target.checked ? [...languages, l.code] : languages.filter((x) => x !== l.code),
                )
              }
            />
            {l.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="radio-row">
        <legend>{t('people.form.availability')}</legend>
        {AVAILABILITIES.map((a) => (
          <label key={a}>
            <input
              type="radio"
              name="availability"
              checked={availability === a}
              onChange={() => setAvailability(a)}
            />
            {t(`availability.person.${a}`)}
          </label>
        ))}
      </fieldset>
      <div className="form__row">
        <Field label={t('availabilityForm.hours')} name="hoursPerWeek" error={err.fields.hoursPerWeek}>
          {(ctl) => (
            <input
              {...ctl}
              type="number"
              min={0}
              max={80}
              value={hours}
              onChange={(e) => setHours(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('availabilityForm.freeFrom')} name="freeFrom" error={err.fields.freeFrom}>
          {(ctl) => (
            <input {...ctl} type="date" value={freeFrom} onChange={(e) => setFreeFrom(e.target.value)} />
          )}
        </Field>
      </div>
      <fieldset className="skills">
        <legend>{t('people.form.skills')}</legend>
        {skills.length === 0 && <p className="muted">{t('people.noSkills')}</p>}
        {skills.map((s, i) => (
          <div key={s.key} className="skill-row">
            <Field
              label={t('people.form.technology', { n: i + 1 })}
              name={`skills.${i}.technology`}
              error={err.fields[`skills.${i}.technology`]}
            >
              {(ctl) => (
                <select
                  {...ctl}
                  value={s.technology}
                  onChange={(e) => setSkill(s.key, { technology: e.target.value })}
                >
                  <option value="">{t('directory.filters.chooseTechnology')}</option>
                  {(technologies.data ?? []).map((x) => (
                    <option key={x.slug} value={x.slug}>
                      {x.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('people.form.seniority', { n: i + 1 })} name={`skills.${i}.seniority`}>
              {(ctl) => (
                <select
                  {...ctl}
                  value={s.seniority}
                  onChange={(e) => setSkill(s.key, { seniority: e.target.value as Seniority })}
                >
                  {SENIORITIES.map((x) => (
                    <option key={x} value={x}>
                      {t(`seniority.${x}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('people.form.years', { n: i + 1 })}
              name={`skills.${i}.years`}
              error={err.fields[`skills.${i}.years`]}
            >
              {(ctl) => (
                <input
                  {...ctl}
                  type="number"
                  min={0}
                  max={60}
                  value={s.years}
                  onChange={(e) => setSkill(s.key, { years: e.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="button button--small button--secondary skill-row__remove"
              onClick={() => setSkills(skills.filter((x) => x.key !== s.key))}
            >
              {t('people.form.removeSkill', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setSkills([...skills, { key: rowKey++, technology: '', seniority: 'semi_senior', years: '1' }])
          }
        >
          {t('people.form.addSkill')}
        </button>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
        <Link to={`/coops/${props.slug}/people`} className="button button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

export function PersonEditPage() {
  const { t } = useTranslation();
  const { slug, id } = useParams();
  const person = usePerson(id);
  const title = id ? t('people.editTitle') : t('people.addTitle');
  usePageTitle(title);
  if (id && person.isPending) return <Loading />;
  if (id && person.isError) return <ErrorState error={person.error} retry={() => void person.refetch()} />;
  const coopSlug = person.data?.coop.slug ?? slug ?? '';
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={`/coops/${coopSlug}/people`}>{t('people.backToPeople')}</Link>
      </p>
      <h1>{person.data ? `${title}: ${person.data.name}` : title}</h1>
      <PersonForm key={person.data?.id ?? 'new'} person={person.data} slug={coopSlug} />
    </div>
  );
}
