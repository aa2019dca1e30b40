/** "Save this search" under a name, and the member's saved searches (each notifies on new matches). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, must } from '../../api/client.ts';
import { ErrorState, Loading } from '../../ui/status.tsx';
import { leadKeys } from './lead-api.ts';
import { describeLeadError } from './lead-errors.ts';
import { fromSavedQuery, type SavedQuery } from './lead-search.ts';

export function SaveSearchForm(props: { query: SavedQuery }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const save = useMutation({
    mutationFn: () =>
      must(api.POST('/api/v1/saved-searches', { body: { name: name.trim(), query: props.query } })),
    onSuccess: async () => {
      setName('');
      await qc.invalidateQueries({ queryKey: leadKeys.savedSearches });
    },
  });
  const err = describeLeadError(save.error, t);
  const fieldError = err.fields.name ?? Object.values(err.fields)[0];
  return (
    <form
      className="save-search"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <div className={`field${fieldError ? ' field--invalid' : ''}`}>
        <label htmlFor="save-search-name">{t('leads.saved.nameLabel')}</label>
        <p className="field__hint" id="save-search-hint">
          {t('leads.saved.hint')}
        </p>
        <div className="search">
          <input
            id="save-search-name"
            value={name}
            maxLength={120}
            aria-describedby={fieldError ? 'save-search-hint save-search-error' : 'save-search-hint'}
            aria-invalid={fieldError ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button button--secondary" disabled={save.isPending}>
            {t('leads.saved.save')}
          </button>
        </div>
        {(fieldError || (save.isError && err.message)) && (
          <p className="field__error" id="save-search-error" role="alert">
            {fieldError ?? err.message}
          </p>
        )}
        {save.isSuccess && (
          <p className="muted" role="status">
            {t('leads.saved.saved', { name: save.data.name })}
          </p>
        )}
      </div>
    </form>
  );
}

export function SavedSearchList() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: leadKeys.savedSearches,
    queryFn: () => must(api.GET('/api/v1/saved-searches', { params: { query: { pageSize: 100 } } })),
  });
  const remove = useMutation({
    mutationFn: (id: string) => must(api.DELETE('/api/v1/saved-searches/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: leadKeys.savedSearches }),
  });
  return (
    <section className="panel lead-saved" aria-labelledby="saved-searches-heading">
      <h2 id="saved-searches-heading">{t('leads.saved.title')}</h2>
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} retry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <p className="muted">{t('leads.saved.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="plain-list saved-searches">
          {list.data.items.map((s) => (
            <li key={s.id}>
              <Link to={`/leads?${fromSavedQuery(s.query).toString()}`}>{s.name}</Link>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={remove.isPending}
                onClick={() => remove.mutate(s.id)}
              >
                {t('leads.saved.delete')}
                <span className="visually-hidden"> {s.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {remove.isError && (
        <p className="field__error" role="alert">
          {describeLeadError(remove.error, t).message}
        </p>
      )}
    </section>
  );
}
