/** Every field of a lead, in the order a member thinks of them: the work, the client, money, dates, place, terms, audience. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CODES, sortedByName, useFormat } from '../../lib/format.ts';
import { Field } from '../../ui/field.tsx';
import { TermPicker } from '../coops/term-picker.tsx';
import { CoopChooser } from './coop-chooser.tsx';
import { MODES, SCOPES } from './lead-api.ts';
import { type LeadFormState, suggestedScope } from './lead-form-state.ts';
import { ProfileRows } from './profile-rows.tsx';

type Set = <K extends keyof LeadFormState>(k: K, v: LeadFormState[K]) => void;

export function LeadFormFields(props: {
  s: LeadFormState;
  set: Set;
  f: Record<string, string>;
  showContact: boolean;
  finderChoices: Array<{ slug: string; name: string }>;
  finderOptional: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { s, set, f } = props;
  const text = (
    k: keyof LeadFormState,
    label: string,
    field: string,
    extra: Record<string, unknown> = {},
    hint?: ReactNode,
  ) => (
    <Field label={label} name={field} error={f[field]} hint={hint}>
      {(ctl) => (
        <input {...ctl} {...extra} value={s[k] as string} onChange={(e) => set(k, e.target.value as never)} />
      )}
    </Field>
  );
  const check = (k: 'remote' | 'noCut' | 'transparency' | 'partners' | 'public', label: string) => (
    <label className="lead-check">
      <input type="checkbox" checked={s[k]} onChange={(e) => set(k, e.target.checked)} />
      {label}
    </label>
  );
  const suggestion = suggestedScope(s);

  return (
    <>
      <fieldset>
        <legend>{t('leads.form.sections.work')}</legend>
        {text('title', t('leads.fields.title'), 'title', { maxLength: 200, autoComplete: 'off' })}
        <Field
          label={t('leads.fields.description')}
          name="description"
          error={f.description}
          hint={t('leads.form.markdownHint')}
        >
          {(ctl) => (
            <textarea
              {...ctl}
              rows={8}
              value={s.description}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </Field>
        <ProfileRows rows={s.profiles} onChange={(v) => set('profiles', v)} errors={f} />
        <TermPicker
          kind="service"
          legend={t('leads.fields.services')}
          value={s.services}
          onChange={(v) => set('services', v)}
          error={f.services}
        />
        {text('tags', t('leads.fields.tags'), 'tags', { autoComplete: 'off' }, t('leads.form.tagsHint'))}
      </fieldset>

      <fieldset>
        <legend>{t('leads.form.sections.client')}</legend>
        <p className="field__hint">{t('leads.form.clientHint')}</p>
        {text('organisation', t('leads.fields.organisation'), 'client.organisation', { autoComplete: 'off' })}
        {props.showContact && (
          <>
            {text('contactName', t('leads.fields.contactName'), 'client.contactName', {
              autoComplete: 'off',
            })}
            <div className="form__row">
              {text('email', t('leads.fields.email'), 'client.email', { type: 'email', autoComplete: 'off' })}
              {text('phone', t('leads.fields.phone'), 'client.phone', { type: 'tel', autoComplete: 'off' })}
            </div>
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('leads.form.sections.money')}</legend>
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
        <div className="form__row">
          {text(
            'currency',
            t('leads.form.currency'),
            'budget.currency',
            { maxLength: 3, autoCapitalize: 'characters' },
            t('leads.form.currencyHint'),
          )}
          <fieldset className="radio-row">
            <legend>{t('leads.form.budgetVisibility')}</legend>
            {(['network', 'private'] as const).map((v) => (
              <label key={v}>
                <input
                  type="radio"
                  name="budgetVisibility"
                  checked={s.budgetVisibility === v}
                  onChange={() => set('budgetVisibility', v)}
                />
                {t(`leads.form.budget.${v}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="form__row">
          <Field label={t('leads.fields.mode')} name="mode" error={f.mode}>
            {(ctl) => (
              <select
                {...ctl}
                value={s.mode}
                onChange={(e) => set('mode', e.target.value as LeadFormState['mode'])}
              >
                {MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`leads.mode.${m}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('effort', t('leads.form.effort'), 'effortPersonDays', {
            type: 'number',
            min: 1,
            inputMode: 'numeric',
          })}
        </div>
        <Field
          label={t('leads.fields.scope')}
          name="scope"
          error={f.scope}
          hint={t('leads.form.scopeHint', { scope: t(`leads.scope.${suggestion}`) })}
        >
          {(ctl) => (
            <select
              {...ctl}
              value={s.scope}
              onChange={(e) => set('scope', e.target.value as LeadFormState['scope'])}
            >
              <option value="">
                {t('leads.form.followSuggestion', { scope: t(`leads.scope.${suggestion}`) })}
              </option>
              {SCOPES.map((x) => (
                <option key={x} value={x}>
                  {t(`leads.scope.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('leads.form.sections.dates')}</legend>
        <div className="form__row">
          {text(
            'interestDeadline',
            t('leads.fields.interestDeadline'),
            'interestDeadline',
            { type: 'datetime-local' },
            t('leads.form.deadlineHint'),
          )}
          {text('startDate', t('leads.fields.startDate'), 'startDate', { type: 'date' })}
        </div>
        {text('durationWeeks', t('leads.form.durationWeeks'), 'durationWeeks', {
          type: 'number',
          min: 1,
          max: 520,
          inputMode: 'numeric',
        })}
      </fieldset>

      <fieldset>
        <legend>{t('leads.form.sections.place')}</legend>
        <fieldset className="checkbox-grid" id="f-languages">
          <legend>{t('leads.fields.languages')}</legend>
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
        {text('place', t('leads.fields.place'), 'place', { autoComplete: 'off' })}
        {check('remote', t('leads.form.remote'))}
      </fieldset>

      <fieldset>
        <legend>{t('leads.fields.terms')}</legend>
        {text(
          'finderFee',
          t('leads.form.finderFee'),
          'terms.finderFeePercent',
          { type: 'number', min: 0, max: 50, step: 'any' },
          t('leads.form.finderFeeHint'),
        )}
        {check('noCut', t('leads.terms.noCut'))}
        {check('transparency', t('leads.terms.transparency'))}
        <Field label={t('leads.form.termsNote')} name="terms.note" error={f['terms.note']}>
          {(ctl) => (
            <textarea
              {...ctl}
              rows={2}
              value={s.termsNote}
              onChange={(e) => set('termsNote', e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('leads.form.sections.audience')}</legend>
        <Field label={t('leads.fields.finder')} name="finderCoop" error={f.finderCoop}>
          {(ctl) => (
            <select {...ctl} value={s.finderCoop} onChange={(e) => set('finderCoop', e.target.value)}>
              {props.finderOptional && <option value="">{t('leads.form.noFinder')}</option>}
              {props.finderChoices.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="radio-row">
          <legend>{t('leads.fields.visibility')}</legend>
          {(['network', 'chosen'] as const).map((v) => (
            <label key={v}>
              <input
                type="radio"
                name="audience"
                checked={s.audience === v}
                onChange={() => set('audience', v)}
              />
              {t(`leads.visibility.${v}`)}
            </label>
          ))}
        </fieldset>
        {s.audience === 'chosen' && (
          <CoopChooser
            legend={t('leads.form.chosenCoops')}
            value={s.coops}
            onChange={(v) => set('coops', v)}
            error={f['visibility.coops']}
          />
        )}
        {check('partners', t('leads.form.partners'))}
        {check('public', t('leads.form.public'))}
      </fieldset>
    </>
  );
}
