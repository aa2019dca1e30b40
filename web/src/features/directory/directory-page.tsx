/** The co-op directory: search, filters, sort and pages, all held in the URL. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { CoopCard } from './coop-card.tsx';
import { DirectoryFilters } from './directory-filters.tsx';
import { type FilterKey, toApiQuery, withFilter } from './directory-search.ts';

const SORTS = ['name', 'relevance', 'headcount', 'availability'] as const;

export function DirectoryPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const signedIn = !!me.data;
  usePageTitle(t('directory.title'));
  const query = toApiQuery(params, signedIn);
  const result = useQuery({
    queryKey: ['coops', query],
    queryFn: () => must(api.GET('/api/v1/coops', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled: !me.isPending,
  });
  const [q, setQ] = useState(params.get('q') ?? '');
  const change = (key: FilterKey | 'page', value: string | null) => setParams(withFilter(params, key, value));
  const page = result.data;
  const pages = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;

  return (
    <div className="page directory">
      <div className="page__header">
        <h1>{t('directory.title')}</h1>
        <p className="lede">{t('directory.lede')}</p>
      </div>
      <search>
        <form
          className="search"
          onSubmit={(e) => {
            e.preventDefault();
            change('q', q.trim() || null);
          }}
        >
          <label htmlFor="directory-q" className="visually-hidden">
            {t('directory.searchLabel')}
          </label>
          <input
            id="directory-q"
            type="search"
            value={q}
            placeholder={t('directory.searchPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
          />
          <button type="submit" className="button">
            {t('directory.search')}
          </button>
        </form>
      </search>
      <div className="directory__layout">
        <DirectoryFilters
          params={params}
          signedIn={signedIn}
          onChange={change}
          onClear={() => {
            setQ('');
            setParams(new URLSearchParams());
          }}
        />
        <section
          className="directory__results"
          aria-labelledby="results-heading"
          aria-busy={result.isFetching}
        >
          <div className="results-bar">
            <h2 id="results-heading" className="results-bar__count" aria-live="polite">
              {page ? t('directory.results', { count: page.total, formatted: fmt.number(page.total) }) : ''}
            </h2>
            <div className="field field--inline">
              <label htmlFor="directory-sort">{t('directory.sort.label')}</label>
              <select id="directory-sort" value={query.sort} onChange={(e) => change('sort', e.target.value)}>
                {SORTS.filter((s) => signedIn || s !== 'availability').map((s) => (
                  <option key={s} value={s}>
                    {t(`directory.sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {result.isFetching && page && (
            <div className="progress-bar progress-bar--inline" aria-hidden="true" />
          )}
          {result.isPending && <Loading label={t('directory.loading')} />}
          {result.isError && <ErrorState error={result.error} retry={() => void result.refetch()} />}
          {page && page.items.length === 0 && (
            <div className="notice">
              <p>{t('directory.empty')}</p>
            </div>
          )}
          {page && page.items.length > 0 && (
            <ul className="card-list">
              {page.items.map((c) => (
                <li key={c.id}>
                  <CoopCard coop={c} highlight={params.get('technology')?.split(',')} />
                </li>
              ))}
            </ul>
          )}
          {page && pages > 1 && (
            <nav className="pagination" aria-label={t('directory.pagination.label')}>
              <button
                type="button"
                className="button button--secondary"
                disabled={page.page <= 1}
                onClick={() => change('page', String(page.page - 1))}
              >
                {t('directory.pagination.previous')}
              </button>
              <span>
                {t('directory.pagination.pageOf', { page: fmt.number(page.page), pages: fmt.number(pages) })}
              </span>
              <button
                type="button"
                className="button button--secondary"
                disabled={page.page >= pages}
                onClick={() => change('page', String(page.page + 1))}
              >
                {t('directory.pagination.next')}
              </button>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
