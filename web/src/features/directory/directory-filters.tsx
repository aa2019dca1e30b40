/** The directory's filter panel; every change is written to the URL. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES, LANGUAGE_CODES, sortedByName, useFormat } from '../../lib/format.ts';
import { useTerms } from '../../lib/terms.ts';
import { activeFilterCount, type FilterKey } from './directory-search.ts';

const SENIORITIES = ['junior', 'semi_senior', 'senior', 'expert'] as const;
const STAGES = ['new', 'growing', 'stable'] as const;
const AVAILABILITY = ['available', 'partly_available', 'busy', 'unknown'] as const;

function splitList(v: string | null): string[] {
  return (v ?? '').split(',').filter(Boolean);
}

export function DirectoryFilters(props: {
  params: URLSearchParams;
  signedIn: boolean;
  onChange: (key: FilterKey, value: string | null) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const technologies = useTerms('technology');
  const services = useTerms('service');
  const { params, onChange, signedIn } = props;
  const chosenTech = splitList(params.get('technology'));
  const techName = (slug: string) => technologies.data?.find((x) => x.slug === slug)?.name ?? slug;
  const count = activeFilterCount(params);
  // Closed at first on phones so results come first; the count says what is on. Wide screens always show it.
  const [open, setOpen] = useState(false);
  const title = (
    <>
      {t('directory.filters.title')}
      {count > 0 && <span className="filters__count">{t('directory.filters.active', { count })}</span>}
    </>
  );

  const select = (
    key: FilterKey,
    label: string,
    options: Array<{ value: string; label: string }>,
    opts: { anyLabel?: string; disabled?: boolean; hint?: string } = {},
  ) => (
    <div className="field">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select
        id={`filter-${key}`}
        value={params.get(key) ?? ''}
        disabled={opts.disabled}
        onChange={(e) => onChange(key, e.target.value || null)}
      >
        <option value="">{opts.anyLabel ?? t('directory.filters.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className={`filters${open ? ' filters--open' : ''}`} aria-label={t('directory.filters.title')}>
      {/* Phones: a button that shows and hides the filters. Wider screens: always shown, with a heading. */}
      <button
        type="button"
        className="filters__toggle"
        aria-expanded={open}
        aria-controls="filters-body"
        onClick={() => setOpen(!open)}
      >
        {title}
      </button>
      <h2 className="filters__heading">{title}</h2>
      <div className="filters__body" id="filters-body">
        <fieldset className="filters__group">
          <legend>{t('directory.filters.technology')}</legend>
          {chosenTech.length > 0 && (
            <ul className="chips" aria-label={t('directory.filters.chosenTechnologies')}>
              {chosenTech.map((slug) => (
                <li key={slug}>
                  <button
                    type="button"
                    className="chip"
                    onClick={() =>
                      onChange('technology', chosenTech.filter((s) => s !== slug).join(',') || null)
                    }
                  >
                    {techName(slug)}
                    <span aria-hidden="true"> ×</span>
                    <span className="visually-hidden"> {t('directory.filters.remove')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="field">
            <label htmlFor="filter-technology" className="visually-hidden">
              {chosenTech.length
                ? t('directory.filters.addTechnology')
                : t('directory.filters.technologyLabel')}
            </label>
            <select
              id="filter-technology"
              value=""
              onChange={(e) =>
                e.target.value && onChange('technology', [...chosenTech, e.target.value].join(','))
              }
            >
              <option value="">
                {chosenTech.length
                  ? t('directory.filters.addTechnology')
                  : t('directory.filters.chooseTechnology')}
              </option>
              {(technologies.data ?? [])
                .filter((x) => !chosenTech.includes(x.slug))
                .map((x) => (
                  <option key={x.slug} value={x.slug}>
                    {x.name}
                  </option>
                ))}
            </select>
          </div>
          {signedIn &&
            select(
              'minSeniority',
              t('directory.filters.minSeniority'),
              SENIORITIES.map((s) => ({ value: s, label: t(`seniority.${s}`) })),
              { disabled: chosenTech.length === 0, anyLabel: t('directory.filters.anySeniority') },
            )}
        </fieldset>
        {select(
          'service',
          t('directory.filters.service'),
          (services.data ?? []).map((x) => ({ value: x.slug, label: x.name })),
        )}
        {select(
          'language',
          t('directory.filters.language'),
          sortedByName(LANGUAGE_CODES, fmt.language).map((x) => ({ value: x.code, label: x.name })),
        )}
        {select(
          'country',
          t('directory.filters.country'),
          sortedByName(COUNTRY_CODES, fmt.country).map((x) => ({ value: x.code, label: x.name })),
        )}
        {select(
          'stage',
          t('directory.filters.stage'),
          STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) })),
        )}
        {signedIn &&
          select(
            'availability',
            t('directory.filters.availability'),
            AVAILABILITY.map((s) => ({ value: s, label: t(`availability.coop.${s}`) })),
          )}
        {count > 0 && (
          <button type="button" className="button button--secondary" onClick={props.onClear}>
            {t('directory.filters.clear')}
          </button>
        )}
      </div>
    </section>
  );
}
