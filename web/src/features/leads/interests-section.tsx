/**
 * Who is interested — open to everyone who can see the lead — and, for a
 * co-op's members, saying so, changing it or withdrawing it while the lead
 * is open and before its deadline.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading } from '../../ui/status.tsx';
import { InterestForm } from './interest-form.tsx';
import { activeInterests, type Interest, type Lead, useInterests } from './lead-api.ts';
import { isPast } from './lead-format.ts';

function InterestCard(props: { interest: Interest }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const i = props.interest;
  return (
    <article className="card" data-testid="interest" aria-labelledby={`interest-${i.id}`}>
      <header className="coop-card__header">
        <h3 className="coop-card__name" id={`interest-${i.id}`}>
          <Link to={`/coops/${i.coop?.slug ?? ''}`}>{i.coop?.name}</Link>
        </h3>
        <span className="tag tag--stage">{t(`leads.role.${i.role}`)}</span>
      </header>
      <dl className="facts">
        <div>
          <dt>{t('leads.interest.availableFrom')}</dt>
          <dd>
            {fmt.day(i.availableFrom)} ·{' '}
            {t('people.hoursPerWeek', { count: i.hoursPerWeek, formatted: fmt.number(i.hoursPerWeek) })}
          </dd>
        </div>
        <div>
          <dt>{t('leads.interest.capacity')}</dt>
          <dd>
            {t('leads.personDays', {
              count: i.capacityPersonDays,
              formatted: fmt.number(i.capacityPersonDays),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('leads.interest.needShort')}</dt>
          <dd>
            <span className={`tag tag--need-${i.need}`}>{t(`need.${i.need}`)}</span>
            {i.needNote && <span> {i.needNote}</span>}
          </dd>
        </div>
        {i.proposedPeople.length > 0 && (
          <div>
            <dt>{t('leads.interest.people')}</dt>
            <dd>{i.proposedPeople.map((p) => p.name).join(', ')}</dd>
          </div>
        )}
      </dl>
      <p className="lead-note">{i.fit}</p>
    </article>
  );
}

export function InterestsSection(props: { lead: Lead }) {
  const { t } = useTranslation();
  const me = useMe();
  const l = props.lead;
  const interests = useInterests(l.id);
  const [editing, setEditing] = useState<string | null>(null);
  const active = activeInterests(interests.data);
  const answering = l.status === 'open' && !(l.interestDeadline && isPast(l.interestDeadline));
  const ownCoops = (me.data?.coops ?? []).filter((c) => c.slug !== l.finderCoop?.slug);

  return (
    <section className="panel" aria-labelledby="interests-heading" data-testid="interests">
      <h2 id="interests-heading">{t('leads.interest.title', { count: active.length })}</h2>
      {interests.isPending && <Loading />}
      {interests.isError && <ErrorState error={interests.error} retry={() => void interests.refetch()} />}
      {interests.data && active.length === 0 && <p className="muted">{t('leads.interest.none')}</p>}
      {active.length > 0 && (
        <ul className="card-list lead-interests">
          {active.map((i) => (
            <li key={i.id}>
              <InterestCard interest={i} />
            </li>
          ))}
        </ul>
      )}
      {answering &&
        interests.data &&
        ownCoops.map((c) => {
          const existing = active.find((i) => i.coop?.slug === c.slug);
          return (
            <div key={c.slug} className="panel__section">
              {editing === c.slug ? (
                <>
                  <h3>
                    {t(existing ? 'leads.interest.updateTitle' : 'leads.interest.newTitle', { coop: c.name })}
                  </h3>
                  <InterestForm lead={l} coop={c} existing={existing} onDone={() => setEditing(null)} />
                </>
              ) : (
                <button type="button" className="button" onClick={() => setEditing(c.slug)}>
                  {t(existing ? 'leads.interest.change' : 'leads.interest.express', { coop: c.name })}
                </button>
              )}
            </div>
          );
        })}
      {!answering && l.status === 'open' && <p className="muted">{t('leads.interest.closed')}</p>}
    </section>
  );
}
