/** Who worked with whom: the network graph and, beside it, the same links as a table. */
import './trust.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { CollaborationGraphView } from './collaboration-graph.tsx';
import { SourceList } from './source-list.tsx';

export function useCollaborationGraph() {
  return useQuery({
    queryKey: ['collaboration-graph'],
    queryFn: () => must(api.GET('/api/v1/collaboration/graph')),
  });
}

export function NetworkPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  usePageTitle(t('trust.graph.title'));
  const graph = useCollaborationGraph();
  if (graph.isPending) return <Loading />;
  if (graph.isError) return <ErrorState error={graph.error} retry={() => void graph.refetch()} />;
  const names = new Map(graph.data.nodes.map((n) => [n.slug, n.name]));
  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('trust.graph.title')}</h1>
        <p className="lede">{t('trust.graph.lede')}</p>
      </header>
      <CollaborationGraphView data={graph.data} />
      <section aria-labelledby="links-heading">
        <h2 id="links-heading">{t('trust.graph.tableTitle')}</h2>
        {graph.data.edges.length === 0 ? (
          <p className="muted">{t('trust.graph.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table" data-testid="collaboration-table">
              <thead>
                <tr>
                  <th scope="col">{t('trust.graph.pair')}</th>
                  <th scope="col">{t('trust.graph.count')}</th>
                  <th scope="col">{t('trust.graph.sources')}</th>
                  <th scope="col">{t('trust.graph.lastDate')}</th>
                  <th scope="col">{t('trust.graph.rating')}</th>
                </tr>
              </thead>
              <tbody>
                {graph.data.edges.map((e) => (
                  <tr key={`${e.source}|${e.target}`}>
                    <th scope="row">
                      <Link to={`/coops/${e.source}`}>{names.get(e.source) ?? e.source}</Link>
                      {' – '}
                      <Link to={`/coops/${e.target}`}>{names.get(e.target) ?? e.target}</Link>
                    </th>
                    <td>{fmt.number(e.count)}</td>
                    <td>
                      <SourceList sources={e.sources} count={e.count} />
                    </td>
                    <td>{e.lastDate ? fmt.day(e.lastDate) : '—'}</td>
                    <td>
                      {e.averageRating === null
                        ? '—'
                        : t('trust.graph.ratingValue', {
                            rating: fmt.number(e.averageRating),
                            ratings: e.ratings,
                          })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
