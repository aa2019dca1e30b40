import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { CoopAvailabilityBadge, StageBadge } from '../../ui/badges.tsx';

const TOP_TECHNOLOGIES = 5;

/** `highlight`: technology slugs the reader filtered by, shown first so the card says why it matched. */
export function CoopCard(props: { coop: Schemas['CoopSummary']; highlight?: string[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const c = props.coop;
  const place = [c.city, c.country ? fmt.country(c.country) : null].filter(Boolean).join(', ');
  const highlight = new Set(props.highlight ?? []);
  const technologies = [
    ...c.technologies.filter((x) => highlight.has(x.slug)),
    ...c.technologies.filter((x) => !highlight.has(x.slug)),
  ];
  const shown = Math.max(TOP_TECHNOLOGIES, highlight.size);
  const more = technologies.length - shown;
  return (
    <article className="card coop-card" data-testid="coop-card">
      <header className="coop-card__header">
        <h2 className="coop-card__name">
          <Link to={`/coops/${c.slug}`}>{c.name}</Link>
        </h2>
        {c.availability && <CoopAvailabilityBadge status={c.availability.status} />}
      </header>
      <dl className="facts facts--inline">
        {place && (
          <div>
            <dt>{t('coop.facts.place')}</dt>
            <dd>{place}</dd>
          </div>
        )}
        {c.headcount !== null && (
          <div>
            <dt>{t('coop.facts.headcount')}</dt>
            <dd>{t('coop.people', { count: c.headcount, formatted: fmt.number(c.headcount) })}</dd>
          </div>
        )}
        <div>
          <dt>{t('coop.facts.stage')}</dt>
          <dd>
            <StageBadge stage={c.stage} />
          </dd>
        </div>
      </dl>
      {c.technologies.length > 0 && (
        <ul className="tags" aria-label={t('coop.technologies')}>
          {technologies.slice(0, shown).map((x) => (
            <li key={x.slug} className={highlight.has(x.slug) ? 'tag tag--match' : 'tag'}>
              {x.name}
            </li>
          ))}
          {more > 0 && <li className="tag tag--more">{t('directory.moreTechnologies', { count: more })}</li>}
        </ul>
      )}
    </article>
  );
}
