/** /decisions — decisions the reader can see, open ones first, each closing soonest first. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import './decisions.css';

const STATUSES = ['open', 'closed', 'cancelled'] as const;
type Status = (typeof STATUSES)[number];

export function DecisionsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as Status | null) ?? 'open';
  const page = Number(params.get('page') ?? 1) || 1;
  usePageTitle(t('decisions.list.title'));
  const list = useQuery({
    queryKey: ['decisions', { status, page }],
    queryFn: () => must(api.GET('/api/v1/decisions', { params: { query: { status, page, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('decisions.list.title')}</h1>
        <p className="lede">{t('decisions.list.lede')}</p>
      </header>
      <nav aria-label={t('decisions.list.filter')} className="actions">
        {STATUSES.map((s) => (
          <Link
            key={s}
            to={`/decisions?status=${s}`}
            className={`button button--small ${s === status ? '' : 'button--secondary'}`}
            aria-current={s === status ? 'page' : undefined}
          >
            {t(`decisions.list.${s}`)}
          </Link>
        ))}
      </nav>
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} retry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <p className="muted">{t('decisions.list.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="card-list" data-testid="decision-list">
          {list.data.items.map((d) => (
            <li key={d.id}>
              <article className="card">
                <h2 className="coop-card__name">
                  <Link to={`/decisions/${d.id}`}>{d.title}</Link>
                </h2>
                <p className="muted">
                  {t(`decisions.kind.${d.kind}.name`)} ·{' '}
                  {d.status === 'open'
                    ? t('decisions.list.closes', { date: fmt.dateTime(d.closesAt) })
                    : t(`decisions.status.${d.status}`)}
                </p>
                {d.lead && <p>{t('decisions.list.onLead', { lead: d.lead.title })}</p>}
              </article>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav className="pagination" aria-label={t('allocation.ledger.pages')}>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={page <= 1}
            onClick={() => setParams({ status, page: String(page - 1) })}
          >
            {t('allocation.ledger.previous')}
          </button>
          <span>{t('allocation.ledger.pageOf', { page, pages })}</span>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={page >= pages}
            onClick={() => setParams({ status, page: String(page + 1) })}
          >
            {t('allocation.ledger.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
