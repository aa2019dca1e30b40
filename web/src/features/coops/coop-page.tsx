/** One co-op: public facts for everyone; contact, need, availability and people for members. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { CoopAvailabilityBadge, StageBadge } from '../../ui/badges.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { WorkedWith } from '../trust/worked-with.tsx';
import { CoopPeople } from './coop-people.tsx';

type Coop = Schemas['CoopDetail'];

export function useCoop(slug: string) {
  return useQuery({
    queryKey: ['coop', slug],
    queryFn: () => must(api.GET('/api/v1/coops/{slug}', { params: { path: { slug } } })),
  });
}

function TermLinks(props: { items: Coop['technologies']; param: 'technology' | 'service'; label: string }) {
  if (!props.items.length) return null;
  return (
    <ul className="tags" aria-label={props.label}>
      {props.items.map((x) => (
        <li key={x.slug}>
          <Link className="tag tag--link" to={`/?${props.param}=${encodeURIComponent(x.slug)}`}>
            {x.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function MembersPanel(props: { coop: Coop }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { availability: a, contact, need } = props.coop;
  return (
    <section className="panel" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('coop.membersOnly')}</h2>
      {a && (
        <div className="availability-summary" data-testid="coop-availability-summary">
          <h3>{t('coop.availability')}</h3>
          <p>
            <CoopAvailabilityBadge status={a.status} />
          </p>
          <p data-testid="free-share">
            {t('coop.freeShare', {
              free: fmt.number(a.people.free),
              total: fmt.number(a.people.total),
              share: fmt.percent(a.freeShare),
            })}
          </p>
          {a.people.couldBeFree > 0 && (
            <p>
              {t('coop.couldBeFree', {
                count: a.people.couldBeFree,
                formatted: fmt.number(a.people.couldBeFree),
              })}
            </p>
          )}
        </div>
      )}
      {need && (
        <div>
          <h3>{t('coop.need')}</h3>
          <p>
            <span className={`tag tag--need-${need}`}>{t(`need.${need}`)}</span>
          </p>
          {props.coop.needNote && <p>{props.coop.needNote}</p>}
        </div>
      )}
      {contact && (contact.email || contact.phone || contact.address) && (
        <div data-testid="coop-contact">
          <h3>{t('coop.contact')}</h3>
          <dl className="facts">
            {contact.email && (
              <div>
                <dt>{t('coop.email')}</dt>
                <dd>
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </dd>
              </div>
            )}
            {contact.phone && (
              <div>
                <dt>{t('coop.phone')}</dt>
                <dd>
                  <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
                </dd>
              </div>
            )}
            {contact.address && (
              <div>
                <dt>{t('coop.address')}</dt>
                <dd>{contact.address}</dd>
              </div>
            )}
          </dl>
        </div>
      )}
    </section>
  );
}

export function CoopPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const location = useLocation();
  const me = useMe();
  const coop = useCoop(slug);
  usePageTitle(coop.data?.name);
  if (coop.isPending) return <Loading />;
  if (coop.isError) return <ErrorState error={coop.error} retry={() => void coop.refetch()} />;
  const c = coop.data;
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const other = lang === 'es' ? 'en' : 'es';
  const description = c.description[lang] || c.description[other];
  const descriptionLang = c.description[lang] ? lang : other;
  const place = [c.city, c.country ? fmt.country(c.country) : null].filter(Boolean).join(', ');
  const isMember = c.availability !== null;
  const ownPerson = me.data?.personId && me.data.coops.some((m) => m.slug === slug);
  const saved = (location.state as { saved?: boolean } | null)?.saved;

  return (
    <article className="page coop">
      <header className="page__header coop__header">
        <h1>{c.name}</h1>
        {place && <p className="coop__place">{place}</p>}
        <p className="coop__badges">
          <StageBadge stage={c.stage} />
          {c.availability && <CoopAvailabilityBadge status={c.availability.status} />}
        </p>
        {saved && (
          <p className="notice notice--success" role="status">
            {t('common.saved')}
          </p>
        )}
        <div className="actions">
          {ownPerson && (
            <Link className="button" to="/availability">
              {t('coop.actions.myAvailability')}
            </Link>
          )}
          {c.can.edit && (
            <Link className="button button--secondary" to={`/coops/${slug}/edit`}>
              {t('coop.actions.edit')}
            </Link>
          )}
          {c.can.managePeople && (
            <Link className="button button--secondary" to={`/coops/${slug}/people`}>
              {t('coop.actions.managePeople')}
            </Link>
          )}
        </div>
      </header>

      <div className="coop__layout">
        <aside className="coop__side" aria-label={t('coop.factsLabel')}>
          {isMember ? (
            <MembersPanel coop={c} />
          ) : (
            <div className="notice" data-testid="members-only-note">
              <p>{t('coop.signInForMore')}</p>
              {!me.data && (
                <Link className="button" to={`/sign-in?next=${encodeURIComponent(`/coops/${slug}`)}`}>
                  {t('layout.signIn')}
                </Link>
              )}
            </div>
          )}
          <section className="panel" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t('coop.factsLabel')}</h2>
            <dl className="facts">
              {c.website && (
                <div>
                  <dt>{t('coop.website')}</dt>
                  <dd>
                    <a href={c.website} rel="noopener noreferrer">
                      {c.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
                    </a>
                  </dd>
                </div>
              )}
              {c.yearFounded !== null && (
                <div>
                  <dt>{t('coop.founded')}</dt>
                  <dd>{c.yearFounded}</dd>
                </div>
              )}
              {c.headcount !== null && (
                <div>
                  <dt>{t('coop.facts.headcount')}</dt>
                  <dd>{t('coop.people', { count: c.headcount, formatted: fmt.number(c.headcount) })}</dd>
                </div>
              )}
              {c.languages.length > 0 && (
                <div>
                  <dt>{t('coop.languages')}</dt>
                  <dd>{c.languages.map(fmt.language).join(', ')}</dd>
                </div>
              )}
            </dl>
          </section>
        </aside>
        <div className="coop__main">
          {description && (
            <section aria-labelledby="about-heading">
              <h2 id="about-heading">{t('coop.about')}</h2>
              <div className="prose" lang={descriptionLang}>
                {description.split(/\n{2,}/).map((para) => (
                  <p key={para.slice(0, 40)}>{para}</p>
                ))}
              </div>
            </section>
          )}
          <section aria-labelledby="tech-heading">
            <h2 id="tech-heading">{t('coop.technologies')}</h2>
            {c.technologies.length ? (
              <TermLinks items={c.technologies} param="technology" label={t('coop.technologies')} />
            ) : (
              <p className="muted">{t('coop.noneListed')}</p>
            )}
          </section>
          <section aria-labelledby="services-heading">
            <h2 id="services-heading">{t('coop.services')}</h2>
            {c.services.length ? (
              <TermLinks items={c.services} param="service" label={t('coop.services')} />
            ) : (
              <p className="muted">{t('coop.noneListed')}</p>
            )}
          </section>
          <WorkedWith slug={c.slug} />
          {c.caseStudies.length > 0 && (
            <section aria-labelledby="cases-heading">
              <h2 id="cases-heading">{t('coop.caseStudies')}</h2>
              <ul className="case-studies">
                {c.caseStudies.map((cs) => {
                  const partners = cs.coops.filter((p) => p.slug !== c.slug);
                  return (
                    <li key={cs.slug}>
                      <strong>{cs.projectName}</strong>
                      <span className="muted"> — {cs.clientName}</span>
                      {partners.length > 0 && (
                        <p>
                          {t('coop.withPartners')}{' '}
                          {partners.map((p, i) => (
                            <span key={p.slug}>
                              {i > 0 && ', '}
                              <Link to={`/coops/${p.slug}`}>{p.name}</Link>
                            </span>
                          ))}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {c.clients.length > 0 && (
            <section aria-labelledby="clients-heading">
              <h2 id="clients-heading">{t('coop.clients')}</h2>
              <ul className="tags tags--plain">
                {c.clients.map((x) => (
                  <li key={x.slug} className="tag tag--plain">
                    {x.name}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {isMember && <CoopPeople slug={slug} />}
        </div>
      </div>
    </article>
  );
}
