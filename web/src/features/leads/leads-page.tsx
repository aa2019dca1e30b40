/** Leads: full-text search in English and Spanish, filters, pages, and saved searches — all in the URL. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { commaLists, leadKeys } from './lead-api.ts';
import { LeadCard } from './lead-card.tsx';
import { LeadFilters } from './lead-filters.tsx';
import { type LeadFilterKey, toLeadQuery, toSavedQuery, withLeadFilter } from './lead-search.ts';
import { Pagination } from './pagination.tsx';
import { SavedSearchList, SaveSearchForm } from './saved-searches.tsx';
import './leads.css';

const SORTS = ['relevance', 'newest', 'oldest', 'deadline'] as const;

export function LeadsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('leads.list.title'));
  const query = toLeadQuery(params);
  const result = useQuery({
    queryKey: [...leadKeys.all, query],
    queryFn: () => must(api.GET('/api/v1/leads', { params: { query }, querySerializer: commaLists })),
    placeholderData: keepPreviousData,
    enabled: !!me.data,
  });
  const [q, setQ] = useState(params.get('q') ?? '');
  const change = (key: LeadFilterKey | 'page', value: string | null) =>
    setParams(withLeadFilter(params, key, value));
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/sign-in?next=/leads" replace />;
  const page = result.data;
  const hasFilters = Object.keys(toSavedQuery(params)).some((k) => k !== 'sort');

  return (
    <div className="page directory">
      <div className="page__header lead-page__header">
        <div>
          <h1>{t('leads.list.title')}</h1>
          <p className="lede">{t('leads.list.lede')}</p>
        </div>
        <div className="actions">
          <Link className="button" to="/leads/new">
            {t('leads.list.post')}
          </Link>
          {me.data.networkRole === 'admin' && (
            <Link className="button button--secondary" to="/leads/triage">
              {t('leads.triage.title')}
            </Link>
          )}
        </div>
      </div>
      <search>
        <form
          className="search lead-search"
          onSubmit={(e) => {
            e.preventDefault();
            change('q', q.trim() || null);
          }}
        >
          <label htmlFor="leads-q" className="visually-hidden">
            {t('leads.list.searchLabel')}
          </label>
          <input
            id="leads-q"
            type="search"
            value={q}
            placeholder={t('leads.list.searchPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
          />
          <label htmlFor="leads-lang" className="visually-hidden">
            {t('leads.list.langLabel')}
          </label>
          <select
            id="leads-lang"
            value={params.get('lang') ?? ''}
            onChange={(e) => change('lang', e.target.value || null)}
          >
            <option value="">{t('leads.list.langBoth')}</option>
            <option value="en">{t('layout.languageName.en')}</option>
            <option value="es">{t('layout.languageName.es')}</option>
          </select>
          <button type="submit" className="button">
            {t('directory.search')}
          </button>
        </form>
      </search>
      <div className="directory__layout">
        <LeadFilters
          params={params}
          onChange={change}
          onClear={() => {
            setQ('');
            setParams(new URLSearchParams());
          }}
        />
        <section
          className="directory__results lead-results"
          aria-labelledby="results-heading"
          aria-busy={result.isFetching}
        >
          <div className="results-bar">
            <h2 id="results-heading" className="results-bar__count" aria-live="polite">
              {page ? t('leads.list.results', { count: page.total, formatted: fmt.number(page.total) }) : ''}
            </h2>
            <div className="field field--inline">
              <label htmlFor="leads-sort">{t('directory.sort.label')}</label>
              <select id="leads-sort" value={query.sort} onChange={(e) => change('sort', e.target.value)}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`leads.sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {hasFilters && <SaveSearchForm query={toSavedQuery(params)} />}
          {result.isFetching && page && (
            <div className="progress-bar progress-bar--inline" aria-hidden="true" />
          )}
          {result.isPending && <Loading label={t('leads.list.loading')} />}
          {result.isError && <ErrorState error={result.error} retry={() => void result.refetch()} />}
          {page && page.items.length === 0 && (
            <div className="notice">
              <p>{t('leads.list.empty')}</p>
            </div>
          )}
          {page && page.items.length > 0 && (
            <ul className="card-list lead-list">
              {page.items.map((l) => (
                <li key={l.id}>
                  <LeadCard lead={l} />
                </li>
              ))}
            </ul>
          )}
          {page && <Pagination {...page} go={(n) => change('page', String(n))} />}
        </section>
        <SavedSearchList />
      </div>
    </div>
  );
}
