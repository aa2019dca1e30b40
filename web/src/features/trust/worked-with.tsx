/** "Worked with" on a co-op's page: its partners in delivered work and case studies. */
import './trust.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { SourceList } from './source-list.tsx';

export function WorkedWith(props: { slug: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useQuery({
    queryKey: ['collaborators', props.slug],
    queryFn: () =>
      must(api.GET('/api/v1/coops/{slug}/collaborators', { params: { path: { slug: props.slug } } })),
  });
  if (!list.data || list.data.items.length === 0) return null;
  return (
    <section aria-labelledby="worked-with-heading" data-testid="worked-with">
      <h2 id="worked-with-heading">{t('trust.workedWith.title')}</h2>
      <ul className="worked-with">
        {list.data.items.map((c) => (
          <li key={c.coop.slug}>
            <Link to={`/coops/${c.coop.slug}`}>{c.coop.name}</Link>{' '}
            <span className="muted">
              {t('trust.workedWith.times', { count: c.count, formatted: fmt.number(c.count) })}
              {c.averageRating !== null &&
                ` · ${t('trust.graph.ratingValue', { rating: fmt.number(c.averageRating), ratings: c.ratings })}`}
            </span>
            <p>
              <SourceList sources={c.sources} count={c.count} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
