/** Choose technologies or services from the shared taxonomy: a filter box over a list of checkboxes. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerms } from '../../lib/terms.ts';
import { Loading } from '../../ui/status.tsx';

export function TermPicker(props: {
  kind: 'technology' | 'service';
  legend: string;
  value: string[];
  onChange: (slugs: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const terms = useTerms(props.kind);
  const [filter, setFilter] = useState('');
  const id = useId();
  const chosen = new Set(props.value);
  const needle = filter.trim().toLowerCase();
  const visible = (terms.data ?? []).filter(
    (x) =>
      !needle ||
      x.name.toLowerCase().includes(needle) ||
      x.aliases.some((a) => a.toLowerCase().includes(needle)),
  );
  const nameOf = (slug: string) => terms.data?.find((x) => x.slug === slug)?.name ?? slug;
  const toggle = (slug: string, on: boolean) =>
    props.onChange(on ? [...props.value, slug] : props.value.filter((s) => s !== slug));

  return (
    <fieldset
      className={`term-picker${props.error ? ' field--invalid' : ''}`}
      id={`f-${props.kind === 'technology' ? 'technologies' : 'services'}`}
    >
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
          onChange={(e) => setFilter(e.target.value)}
          autoComplete="off"
        />
      </div>
      {terms.isPending ? (
        <Loading />
      ) : (
        <div className="term-picker__list">
          {visible.map((x) => (
            <label key={x.slug}>
              <input
                type="checkbox"
                checked={chosen.has(x.slug)}
                onChange={(e) => toggle(x.slug, e.target.checked)}
              />
              {x.name}
            </label>
          ))}
          {visible.length === 0 && <p className="muted">{t('termPicker.none')}</p>}
        </div>
      )}
    </fieldset>
  );
}
