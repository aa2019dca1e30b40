/** /partner-leads: leads partner networks shared with us, newest first, each marked with its origin network. */
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { PartnerLeadCard } from './partner-lead-card.tsx';
import { usePartnerLeads } from './partnership-api.ts';
import './partnerships.css';

export function PartnerLeadsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('partnerships.leads.title'));
  const all = params.get('status') === 'all';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const result = usePartnerLeads({ page, ...(all ? {} : { status: 'open' }) }, !!me.data);
  const go = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === null) p.delete(k);
      else p.set(k, v);
    }
    setParams(p);
  };
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/sign-in?next=/partner-leads" replace />;
  const data = result.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('partnerships.leads.title')}</h1>
        <p className="lede">{t('partnerships.leads.lede')}</p>
        <p>
          <Link to="/network/partners">{t('partnerships.leads.toPartners')}</Link>
        </p>
      </div>
      <section aria-labelledby="partner-results" aria-busy={result.isFetching}>
        <div className="results-bar">
          <h2 id="partner-results" className="results-bar__count" aria-live="polite">
            {data
              ? t('partnerships.leads.results', { count: data.total, formatted: fmt.number(data.total) })
              : ''}
          </h2>
          <div className="field field--inline">
            <label htmlFor="partner-status">{t('partnerships.leads.show')}</label>
            <select
              id="partner-status"
              value={all ? 'all' : 'open'}
              onChange={(e) => go({ status: e.target.value === 'all' ? 'all' : null, page: null })}
            >
              <option value="open">{t('partnerships.leads.showOpen')}</option>
              <option value="all">{t('partnerships.leads.showAll')}</option>
            </select>
          </div>
        </div>
        {result.isFetching && data && (
          <div className="progress-bar progress-bar--inline" aria-hidden="true" />
        )}
        {result.isPending && <Loading label={t('partnerships.leads.loading')} />}
        {result.isError && <ErrorState error={result.error} retry={() => void result.refetch()} />}
        {data && data.items.length === 0 && (
          <div className="notice" data-testid="partner-leads-empty">
            <p>{all ? t('partnerships.leads.emptyAll') : t('partnerships.leads.emptyOpen')}</p>
            <p>{t('partnerships.leads.emptyHint')}</p>
          </div>
        )}
        {data && data.items.length > 0 && (
          <ul className="card-list">
            {data.items.map((l) => (
              <li key={l.id}>
                <PartnerLeadCard lead={l} />
              </li>
            ))}
          </ul>
        )}
        {pages > 1 && (
          <nav className="pagination" aria-label={t('directory.pagination.label')}>
            <button
              type="button"
              className="button button--secondary"
              disabled={page <= 1}
              onClick={() => go({ page: String(page - 1) })}
            >
              {t('directory.pagination.previous')}
            </button>
            <span>
              {t('directory.pagination.pageOf', { page: fmt.number(page), pages: fmt.number(pages) })}
            </span>
            <button
              type="button"
              className="button button--secondary"
              disabled={page >= pages}
              onClick={() => go({ page: String(page + 1) })}
            >
              {t('directory.pagination.next')}
            </button>
          </nav>
        )}
      </section>
    </div>
  );
}
