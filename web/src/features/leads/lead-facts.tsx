/** A lead's facts: the work, the money, the dates, the place, the terms — and the client's contact when entitled. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format.ts';
import type { Lead } from './lead-api.ts';
import { BudgetText, Deadline, ProfilesSummary } from './lead-badges.tsx';

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

export function LeadFacts(props: { lead: Lead }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const l = props.lead;
  const place = [l.place, l.remote ? t('leads.fields.remoteYes') : null].filter(Boolean).join(' · ');
  const terms = [
    l.terms.finderFeePercent !== null
      ? t('leads.terms.finderFee', { percent: fmt.percent(l.terms.finderFeePercent / 100) })
      : null,
    l.terms.noCutOnOthersWork ? t('leads.terms.noCut') : null,
    l.terms.contractTransparency ? t('leads.terms.transparency') : null,
  ].filter((x): x is string => !!x);
  const chosen = l.visibility.coops.filter((c) => c !== null);
  return (
    <section className="panel" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('leads.detail.facts')}</h2>
      <dl className="facts">
        <Fact label={t('leads.fields.profiles')}>
          <ProfilesSummary profiles={l.profiles} />
        </Fact>
        {l.services.length > 0 && (
          <Fact label={t('leads.fields.services')}>{l.services.map((s) => s.name).join(', ')}</Fact>
        )}
        {l.budget && (
          <Fact label={t('leads.fields.budget')}>
            <BudgetText budget={l.budget} />
          </Fact>
        )}
        <Fact label={t('leads.fields.mode')}>{t(`leads.mode.${l.mode}`)}</Fact>
        {l.effortPersonDays !== null && (
          <Fact label={t('leads.fields.effort')}>
            {t('leads.personDays', { count: l.effortPersonDays, formatted: fmt.number(l.effortPersonDays) })}
          </Fact>
        )}
        {l.interestDeadline && (
          <Fact label={t('leads.fields.interestDeadline')}>
            <Deadline iso={l.interestDeadline} />
          </Fact>
        )}
        {l.startDate && <Fact label={t('leads.fields.startDate')}>{fmt.day(l.startDate)}</Fact>}
        {l.durationWeeks !== null && (
          <Fact label={t('leads.fields.duration')}>
            {t('leads.weeks', { count: l.durationWeeks, formatted: fmt.number(l.durationWeeks) })}
          </Fact>
        )}
        {l.languages.length > 0 && (
          <Fact label={t('leads.fields.languages')}>{l.languages.map(fmt.language).join(', ')}</Fact>
        )}
        {place && <Fact label={t('leads.fields.place')}>{place}</Fact>}
        <Fact label={t('leads.fields.scope')}>
          {t(`leads.scope.${l.scope}`)}
          {l.scope !== l.scopeSuggested && (
            <span className="muted">
              {' '}
              · {t('leads.detail.suggested', { scope: t(`leads.scope.${l.scopeSuggested}`) })}
            </span>
          )}
        </Fact>
        {(terms.length > 0 || l.terms.note) && (
          <Fact label={t('leads.fields.terms')}>
            {terms.length > 0 && (
              <ul className="plain-list">
                {terms.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            )}
            {l.terms.note && <p className="lead-note">{l.terms.note}</p>}
          </Fact>
        )}
        <Fact label={t('leads.fields.visibility')}>
          {l.visibility.audience === 'network'
            ? t('leads.visibility.network')
            : t('leads.visibility.chosenList', { coops: chosen.map((c) => c.name).join(', ') })}
        </Fact>
        {l.finderCoop && (
          <Fact label={t('leads.fields.finder')}>
            <Link to={`/coops/${l.finderCoop.slug}`}>{l.finderCoop.name}</Link>
          </Fact>
        )}
        {l.assignedCoops.length > 0 && (
          <Fact label={t('leads.fields.assigned')}>
            {l.assignedCoops
              .filter((c) => c !== null)
              .map((c) => c.name)
              .join(', ')}
          </Fact>
        )}
      </dl>
      {l.tags.length > 0 && (
        <ul className="tags" aria-label={t('leads.fields.tags')}>
          {l.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The client. The API sends the contact only to those entitled; everyone else sees the organisation. */
export function ClientBlock(props: { lead: Lead }) {
  const { t } = useTranslation();
  const c = props.lead.client;
  return (
    <section className="panel" aria-labelledby="client-heading" data-testid="lead-client">
      <h2 id="client-heading">{t('leads.detail.client')}</h2>
      <dl className="facts">
        <Fact label={t('leads.fields.organisation')}>{c.organisation || t('leads.card.noOrganisation')}</Fact>
        {c.contact && (
          <>
            {c.contact.name && <Fact label={t('leads.fields.contactName')}>{c.contact.name}</Fact>}
            {c.contact.email && (
              <Fact label={t('leads.fields.email')}>
                <a href={`mailto:${c.contact.email}`}>{c.contact.email}</a>
              </Fact>
            )}
            {c.contact.phone && (
              <Fact label={t('leads.fields.phone')}>
                <a href={`tel:${c.contact.phone.replace(/\s/g, '')}`}>{c.contact.phone}</a>
              </Fact>
            )}
          </>
        )}
      </dl>
      <p className="field__hint">
        {c.contact ? t('leads.detail.contactConfidential') : t('leads.detail.contactHidden')}
      </p>
    </section>
  );
}
