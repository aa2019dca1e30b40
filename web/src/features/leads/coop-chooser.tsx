/** Choose co-ops by name: a filter box over a list of checkboxes (the look of the term picker). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/status.tsx';
import { useCoopNames } from './lead-api.ts';

export function CoopChooser(props: {
  legend: string;
  value: string[];
  onChange: (slugs: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const coops = useCoopNames();
  const [filter, setFilter] = useState('');
  const id = useId();
  const needle = filter.trim().toLowerCase();
  const nameOf = (slug: string) => coops.data?.find((c) => c.slug === slug)?.name ?? slug;
  const visible = (coops.data ?? []).filter((c) => !needle || c.name.toLowerCase().includes(needle));
  const toggle = (slug: string, on: boolean) =>
    props.onChange(on ? [...props.value, slug] : props.value.filter((s) => s !== slug));
  return (
    <fieldset className={`term-picker${props.error ? ' field--invalid' : ''}`} id="f-visibility-coops">
      <legend>{props.legend}</legend>
      {props.value.length > 0 && (
        <ul className="chips" aria-label={t('termPicker.chosen')}>
          {props.value.map((slug) => (
            <li key={slug}>
              <button type="button" className="chip" onClick={() => toggle(slug, false)}>
                {nameOf(slug)}
                <span aria-hidden="true"> ×</span>
                <span className="visually-hidden"> {t('directory.filters.remove')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.error && <p className="field__error">{props.error}</p>}
      <div className="field">
        <label htmlFor={`${id}-filter`}>{t('termPicker.filter')}</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          autoComplete="off"
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {coops.isPending ? (
        <Loading />
      ) : (
        <div className="term-picker__list">
          {visible.map((c) => (
            <label key={c.slug}>
              <input
                type="checkbox"
                checked={props.value.includes(c.slug)}
                onChange={(e) => toggle(c.slug, e.target.checked)}
              />
              {c.name}
            </label>
          ))}
          {visible.length === 0 && <p className="muted">{t('termPicker.none')}</p>}
        </div>
      )}
    </fieldset>
  );
}
