/** /calls — calls for partners, and the network's bid success rate beside published programme rates. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import './consortia.css';

function Stats() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const stats = useQuery({
    queryKey: ['calls', 'stats'],
    queryFn: () => must(api.GET('/api/v1/calls/stats')),
  });
  const pct = (n: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(n);
  return (
    <aside className="panel" aria-labelledby="stats-heading">
      <h2 id="stats-heading">{t('consortia.stats.title')}</h2>
      {stats.isPending && <Loading />}
      {stats.isError && <ErrorState error={stats.error} retry={() => void stats.refetch()} />}
      {stats.data && (
        <>
          <p data-testid="network-rate">
            {stats.data.rate === null
              ? t('consortia.stats.none')
              : t('consortia.stats.network', {
                  won: fmt.number(stats.data.won),
                  decided: fmt.number(stats.data.decided),
                  rate: pct(stats.data.rate),
                })}
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard */}
          <section className="table-wrap" tabIndex={0} aria-label={t('consortia.stats.table')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('consortia.stats.programme')}</th>
                  <th scope="col" className="num">
                    {t('consortia.stats.rate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.data.byProgramme.map((p) => (
                  <tr key={`own-${p.programme}`}>
                    <th scope="row">
                      {t('consortia.stats.ours', {
                        programme: p.programme || t('consortia.stats.noProgramme'),
                      })}
                    </th>
                    <td className="num">
                      {pct(p.rate)} ({fmt.number(p.won)}/{fmt.number(p.decided)})
                    </td>
                  </tr>
                ))}
                {stats.data.programmes.map((p) => (
                  <tr key={p.name}>
                    <th scope="row">
                      {p.name} <span className="muted">({p.period})</span>
                    </th>
                    <td className="num">{pct(p.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <ul className="muted sources">
            {stats.data.programmes.map((p) => (
              <li key={p.name}>
                {p.name}: {p.source}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

export function CallsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [page, setPage] = useState(1);
  usePageTitle(t('consortia.list.title'));
  const calls = useQuery({
    queryKey: ['calls', page],
    queryFn: () => must(api.GET('/api/v1/calls', { params: { query: { page, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
  const pages = calls.data ? Math.max(1, Math.ceil(calls.data.total / calls.data.pageSize)) : 1;
  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('consortia.list.title')}</h1>
        <p className="lede">{t('consortia.list.lede')}</p>
        <div className="actions">
          <Link className="button" to="/calls/new">
            {t('consortia.list.new')}
          </Link>
          <Link className="button button--secondary" to="/tenders">
            {t('consortia.tenders.title')}
          </Link>
        </div>
      </header>
      <div className="two-col">
        <section aria-labelledby="calls-heading">
          <h2 id="calls-heading" className="visually-hidden">
            {t('consortia.list.title')}
          </h2>
          {calls.isPending && <Loading />}
          {calls.isError && <ErrorState error={calls.error} retry={() => void calls.refetch()} />}
          {calls.data && calls.data.items.length === 0 && <p className="muted">{t('consortia.list.none')}</p>}
          {calls.data && calls.data.items.length > 0 && (
            <ul className="card-list card-list--single" data-testid="call-list">
              {calls.data.items.map((c) => (
                <li key={c.id}>
                  <article className="card">
                    <h3 className="coop-card__name">
                      <Link to={`/calls/${c.id}`}>{c.title}</Link>
                    </h3>
                    <p className="muted">
                      {[
                        c.programme,
                        c.postedBy.name,
                        c.deadline
                          ? t('consortia.call.deadlineOn', { date: fmt.dateTime(c.deadline) })
                          : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    <p>
                      <span className={`badge badge--call-${c.status}`}>
                        {t(`consortia.status.${c.status}`)}
                      </span>{' '}
                      {t('consortia.list.applications', {
                        count: c.applicationCount,
                        formatted: fmt.number(c.applicationCount),
                      })}
                    </p>
                  </article>
                </li>
              ))}
            </ul>
          )}
          {pages > 1 && (
            <nav className="pagination" aria-label={t('consortia.list.pages')}>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                {t('consortia.list.previous')}
              </button>
              <span>{t('consortia.list.pageOf', { page, pages })}</span>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                {t('consortia.list.next')}
              </button>
            </nav>
          )}
        </section>
        <Stats />
      </div>
    </div>
  );
}
