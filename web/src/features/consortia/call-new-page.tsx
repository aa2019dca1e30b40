/** /calls/new — post a call for partners for a bid, with its eligibility rules and a first checklist. */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { usePageTitle } from '../../ui/status.tsx';
import './consortia.css';

export const ORG_TYPES = [
  'cooperative',
  'sme',
  'large_enterprise',
  'university',
  'research_centre',
  'public_body',
  'ngo',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** "a, b; c" → ["a", "b", "c"] */
export const splitList = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function CallNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  usePageTitle(t('consortia.create.title'));
  const coops = me.data?.coops ?? [];
  const [coopId, setCoopId] = useState('');
  const [title, setTitle] = useState('');
  const [programme, setProgramme] = useState('');
  const [description, setDescription] = useState('');
  const [deadline, setDeadline] = useState('');
  const [minPartners, setMinPartners] = useState('3');
  const [maxPartners, setMaxPartners] = useState('');
  const [minCountries, setMinCountries] = useState('3');
  const [orgTypes, setOrgTypes] = useState<OrgType[]>([]);
  const [roles, setRoles] = useState('');
  const [competences, setCompetences] = useState('');
  const [checklist, setChecklist] = useState('');
  const create = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/calls', {
          body: {
            ...(coopId ? { coopId } : {}),
            title,
            programme,
            description,
            deadline: deadline ? new Date(deadline).toISOString() : null,
            rules: {
              minPartners: Number(minPartners || 1),
              maxPartners: maxPartners ? Number(maxPartners) : null,
              minCountries: Number(minCountries || 0),
              orgTypes,
              requiredRoles: splitList(roles),
              competences: splitList(competences),
            },
            checklist: checklist
              .split('\n')
              .map((x) => x.trim())
              .filter(Boolean),
          },
        }),
      ),
    onSuccess: (call) => navigate(`/calls/${call.id}`),
  });
  const err = describeError(create.error, t);
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/calls">{t('consortia.list.title')}</Link>
      </p>
      <h1>{t('consortia.create.title')}</h1>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
        {coops.length > 1 && (
          <Field label={t('consortia.create.coop')} name="coopId" error={err.fields.coopId}>
            {(ctl) => (
              <select {...ctl} value={coopId} onChange={(e) => setCoopId(e.target.value)}>
                <option value="">{coops[0]?.name}</option>
                {coops.slice(1).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('consortia.create.titleLabel')} name="title" error={err.fields.title}>
          {(ctl) => <input {...ctl} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field
          label={t('consortia.create.programme')}
          name="programme"
          hint={t('consortia.create.programmeHint')}
          error={err.fields.programme}
        >
          {(ctl) => <input {...ctl} value={programme} onChange={(e) => setProgramme(e.target.value)} />}
        </Field>
        <Field label={t('consortia.create.description')} name="description" error={err.fields.description}>
          {(ctl) => (
            <textarea
              {...ctl}
              rows={4}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('consortia.create.deadline')} name="deadline" error={err.fields.deadline}>
          {(ctl) => (
            <input
              {...ctl}
              type="datetime-local"
              value={deadline}
              onChange={(e) => setDeadline(e.target.value)}
            />
          )}
        </Field>
        <fieldset>
          <legend>{t('consortia.rules.title')}</legend>
          <div className="form__row">
            <Field
              label={t('consortia.rules.minPartners')}
              name="rules.minPartners"
              error={err.fields['rules.minPartners']}
            >
              {(ctl) => (
                <input
                  {...ctl}
                  type="number"
                  min={1}
                  max={100}
                  value={minPartners}
                  onChange={(e) => setMinPartners(e.target.value)}
                />
              )}
            </Field>
            <Field
              label={t('consortia.rules.maxPartners')}
              name="rules.maxPartners"
              hint={t('consortia.rules.maxHint')}
              error={err.fields['rules.maxPartners']}
            >
              {(ctl) => (
                <input
                  {...ctl}
                  type="number"
                  min={1}
                  max={100}
                  value={maxPartners}
                  onChange={(e) => setMaxPartners(e.target.value)}
                />
              )}
            </Field>
            <Field
              label={t('consortia.rules.minCountries')}
              name="rules.minCountries"
              error={err.fields['rules.minCountries']}
            >
              {(ctl) => (
                <input
                  {...ctl}
                  type="number"
                  min={0}
                  max={100}
                  value={minCountries}
                  onChange={(e) => setMinCountries(e.target.value)}
                />
              )}
            </Field>
          </div>
          <fieldset className="checkbox-grid">
            <legend>{t('consortia.rules.orgTypes')}</legend>
            <p className="field__hint">{t('consortia.rules.orgTypesHint')}</p>
            {ORG_TYPES.map((o) => (
              <label key={o}>
                <input
                  type="checkbox"
                  checked={orgTypes.includes(o)}
                  onChange={(e) =>
                    setOrgTypes(e.target.checked ? [...orgTypes, o] : orgTypes.filter((x) => x !== o))
                  }
                />
                {t(`consortia.orgType.${o}`)}
              </label>
            ))}
          </fieldset>
          <Field
            label={t('consortia.rules.roles')}
            name="rules.requiredRoles"
            hint={t('consortia.rules.listHint')}
          >
            {(ctl) => <input {...ctl} value={roles} onChange={(e) => setRoles(e.target.value)} />}
          </Field>
          <Field
            label={t('consortia.rules.competences')}
            name="rules.competences"
            hint={t('consortia.rules.competencesHint')}
            error={err.fields['rules.competences']}
          >
            {(ctl) => <input {...ctl} value={competences} onChange={(e) => setCompetences(e.target.value)} />}
          </Field>
        </fieldset>
        <Field
          label={t('consortia.create.checklist')}
          name="checklist"
          hint={t('consortia.create.checklistHint')}
        >
          {(ctl) => (
            <textarea {...ctl} rows={4} value={checklist} onChange={(e) => setChecklist(e.target.value)} />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t('common.saving') : t('consortia.create.submit')}
          </button>
          <Link className="button button--secondary" to="/calls">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
