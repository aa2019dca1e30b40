/** A co-op's people with their skills and availability (members only). */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, must } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { PersonAvailabilityBadge } from '../../ui/badges.tsx';
import { ErrorState, Loading } from '../../ui/status.tsx';

export function CoopPeople(props: { slug: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const people = useQuery({
    queryKey: ['coop', props.slug, 'people'],
    queryFn: () => must(api.GET('/api/v1/coops/{slug}/people', { params: { path: { slug: props.slug } } })),
  });
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{t('coop.peopleHeading')}</h2>
      {people.isPending && <Loading />}
      {people.isError && <ErrorState error={people.error} retry={() => void people.refetch()} />}
      {people.data && people.data.items.length === 0 && <p className="muted">{t('coop.noPeople')}</p>}
      {people.data && people.data.items.length > 0 && (
        <ul className="people-list" data-testid="people-list">
          {people.data.items.map((p) => (
            <li key={p.id} className="person-row">
              <div className="person-row__head">
                <strong>
                  {p.name}
                  {p.isMe && <span className="muted"> ({t('people.you')})</span>}
                </strong>
                <PersonAvailabilityBadge availability={p.availability} />
              </div>
              <p className="muted">
                {p.availability !== 'busy' &&
                  t('people.hoursPerWeek', { count: p.hoursPerWeek, formatted: fmt.number(p.hoursPerWeek) })}
                {p.availability !== 'busy' && p.freeFrom && ' · '}
                {p.freeFrom && t('people.freeFromDate', { date: fmt.day(p.freeFrom) })}
              </p>
              {p.skills.length > 0 && (
                <ul className="tags" aria-label={t('people.skills')}>
                  {p.skills.map((s) => (
                    <li key={s.technology.slug} className="tag">
                      {s.technology.name} · {t(`seniority.${s.seniority}`)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
