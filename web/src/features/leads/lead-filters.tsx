/** The lead search's filter panel (same look and behaviour as the directory's); every change goes to the URL. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerms } from '../../lib/terms.ts';
import { SCOPES, STATUSES, useCoopNames } from './lead-api.ts';
import { activeLeadFilterCount, type LeadFilterKey } from './lead-search.ts';

const split = (v: string | null) => (v ?? '').split(',').filter(Boolean);

function Chips(props: {
  label: string;
  items: Array<{ value: string; label: string }>;
  remove: (v: string) => void;
}) {
  const { t } = useTranslation();
  if (!props.items.length) return null;
  return (
    <ul className="chips" aria-label={props.label}>
      {props.items.map((x) => (
        <li key={x.value}>
          <button type="button" className="chip" onClick={() => props.remove(x.value)}>
            {x.label}
            <span aria-hidden="true"> ×</span>
            <span className="visually-hidden"> {t('directory.filters.remove')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function LeadFilters(props: {
  params: URLSearchParams;
  onChange: (key: LeadFilterKey, value: string | null) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const technologies = useTerms('technology');
  const coops = useCoopNames();
  const { params, onChange } = props;
  const statuses = split(params.get('status'));
  const techs = split(params.get('technology'));
  const count = activeLeadFilterCount(params);
  const [open, setOpen] = useState(false);
  const techName = (slug: string) => technologies.data?.find((x) => x.slug === slug)?.name ?? slug;
  const title = (
    <>
      {t('directory.filters.title')}
      {count > 0 && <span className="filters__count">{t('directory.filters.active', { count })}</span>}
    </>
  );
  const addTo = (key: 'status' | 'technology', current: string[], v: string) =>
    v && onChange(key, [...current, v].join(','));
  const removeFrom = (key: 'status' | 'technology', current: string[], v: string) =>
    onChange(key, current.filter((x) => x !== v).join(',') || null);

  return (
    <section className={`filters${open ? ' filters--open' : ''}`} aria-label={t('directory.filters.title')}>
      <button
        type="button"
        className="filters__toggle"
        aria-expanded={open}
        aria-controls="lead-filters-body"
        onClick={() => setOpen(!open)}
      >
        {title}
      </button>
      <h2 className="filters__heading">{title}</h2>
      <div className="filters__body" id="lead-filters-body">
        <fieldset className="filters__group">
          <legend>{t('leads.filters.status')}</legend>
          <Chips
            label={t('leads.filters.chosenStatuses')}
            items={statuses.map((s) => ({ value: s, label: t(`leads.status.${s as 'open'}`) }))}
            remove={(v) => removeFrom('status', statuses, v)}
          />
          <label htmlFor="lead-filter-status" className="visually-hidden">
            {t('leads.filters.addStatus')}
          </label>
          <select
            id="lead-filter-status"
            value=""
            onChange={(e) => addTo('status', statuses, e.target.value)}
          >
            <option value="">
              {t(statuses.length ? 'leads.filters.addStatus' : 'leads.filters.anyStatus')}
            </option>
            {STATUSES.filter((s) => !statuses.includes(s)).map((s) => (
              <option key={s} value={s}>
                {t(`leads.status.${s}`)}
              </option>
            ))}
          </select>
        </fieldset>
        <fieldset className="filters__group">
          <legend>{t('directory.filters.technology')}</legend>
          <Chips
            label={t('directory.filters.chosenTechnologies')}
            items={techs.map((s) => ({ value: s, label: techName(s) }))}
            remove={(v) => removeFrom('technology', techs, v)}
          />
          <label htmlFor="lead-filter-technology" className="visually-hidden">
            {t(techs.length ? 'directory.filters.addTechnology' : 'directory.filters.technologyLabel')}
          </label>
          <select
            id="lead-filter-technology"
            value=""
            onChange={(e) => addTo('technology', techs, e.target.value)}
          >
            <option value="">
              {t(techs.length ? 'directory.filters.addTechnology' : 'directory.filters.chooseTechnology')}
            </option>
            {(technologies.data ?? [])
              .filter((x) => !techs.includes(x.slug))
              .map((x) => (
                <option key={x.slug} value={x.slug}>
                  {x.name}
                </option>
              ))}
          </select>
        </fieldset>
        <div className="field">
          <label htmlFor="lead-filter-scope">{t('leads.fields.scope')}</label>
          <select
            id="lead-filter-scope"
            value={params.get('scope') ?? ''}
            onChange={(e) => onChange('scope', e.target.value || null)}
          >
            <option value="">{t('directory.filters.any')}</option>
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`leads.scope.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="lead-filter-finder">{t('leads.fields.finder')}</label>
          <select
            id="lead-filter-finder"
            value={params.get('finder') ?? ''}
            onChange={(e) => onChange('finder', e.target.value || null)}
          >
            <option value="">{t('directory.filters.any')}</option>
            {(coops.data ?? []).map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="filters__group">
          <legend>{t('leads.fields.interestDeadline')}</legend>
          {(['deadlineAfter', 'deadlineBefore'] as const).map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`lead-filter-${key}`}>{t(`leads.filters.${key}`)}</label>
              <input
                id={`lead-filter-${key}`}
                type="date"
                value={params.get(key) ?? ''}
                onChange={(e) => onChange(key, e.target.value || null)}
              />
            </div>
          ))}
        </fieldset>
        {count > 0 && (
          <button type="button" className="button button--secondary" onClick={props.onClear}>
            {t('directory.filters.clear')}
          </button>
        )}
      </div>
    </section>
  );
}
