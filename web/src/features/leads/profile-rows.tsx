/** Required profiles as repeatable rows: how many people × which technology × at least which seniority. */
import { useTranslation } from 'react-i18next';
import { useTerms } from '../../lib/terms.ts';
import { Field } from '../../ui/field.tsx';
import { SENIORITIES } from './lead-api.ts';
import { newProfileRow, type ProfileRow } from './lead-form-state.ts';

export function ProfileRows(props: {
  rows: ProfileRow[];
  onChange: (rows: ProfileRow[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const technologies = useTerms('technology');
  const { rows, onChange, errors } = props;
  const set = (key: number, change: Partial<ProfileRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  return (
    <fieldset className="skills" id="f-profiles">
      <legend>{t('leads.fields.profiles')}</legend>
      <p className="field__hint">{t('leads.form.profilesHint')}</p>
      {errors.profiles && <p className="field__error">{errors.profiles}</p>}
      {rows.map((r, i) => {
        const n = i + 1;
        return (
          <div key={r.key} className="skill-row lead-profile-row">
            <Field
              label={t('leads.form.technology', { n })}
              name={`profiles.${i}.technology`}
              error={errors[`profiles.${i}.technology`]}
            >
              {(ctl) => (
                <select
                  {...ctl}
                  value={r.technology}
                  onChange={(e) => set(r.key, { technology: e.target.value })}
                >
                  <option value="">{t('leads.form.chooseTechnology')}</option>
                  {(technologies.data ?? []).map((x) => (
                    <option key={x.slug} value={x.slug}>
                      {x.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('leads.form.seniority', { n })}
              name={`profiles.${i}.minSeniority`}
              error={errors[`profiles.${i}.minSeniority`]}
            >
              {(ctl) => (
                <select
                  {...ctl}
                  value={r.minSeniority}
                  onChange={(e) => set(r.key, { minSeniority: e.target.value as ProfileRow['minSeniority'] })}
                >
                  {SENIORITIES.map((s) => (
                    <option key={s} value={s}>
                      {t('leads.form.atLeast', { seniority: t(`seniority.${s}`) })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('leads.form.count', { n })}
              name={`profiles.${i}.count`}
              error={errors[`profiles.${i}.count`]}
            >
              {(ctl) => (
                <input
                  {...ctl}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={100}
                  value={r.count}
                  onChange={(e) => set(r.key, { count: e.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="button button--small button--secondary skill-row__remove"
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              {t('leads.form.removeProfile', { n })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...rows, newProfileRow()])}
      >
        {t('leads.form.addProfile')}
      </button>
    </fieldset>
  );
}
