/** One lead in a list: what, for whom, who found it, who is needed, by when, and how many co-ops answered. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format.ts';
import { activeInterests, type LeadSummary, useInterests } from './lead-api.ts';
import { Deadline, LeadStatusBadge, ProfilesSummary } from './lead-badges.tsx';

/**
 * The search answer carries no interest count, so each card asks for its lead's
 * interests (cached; the detail page reuses them). Drafts and leads in triage
 * cannot have any, so they do not ask.
 */
function InterestCount(props: { lead: LeadSummary }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const asks = props.lead.status !== 'draft' && props.lead.status !== 'in_triage';
  const interests = useInterests(asks ? props.lead.id : '');
  if (!asks) return null;
  if (!interests.data) return <dd className="muted">…</dd>;
  const n = activeInterests(interests.data).length;
  return (
    <dd data-testid="interest-count">{t('leads.card.interested', { count: n, formatted: fmt.number(n) })}</dd>
  );
}

export function LeadCard(props: { lead: LeadSummary; actions?: ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const l = props.lead;
  return (
    <article className="card lead-card" data-testid="lead-card">
      <header className="coop-card__header">
        <h2 className="coop-card__name">
          <Link to={`/leads/${l.id}`}>{l.title}</Link>
        </h2>
        <LeadStatusBadge status={l.status} />
      </header>
      <dl className="facts lead-card__facts">
        <div>
          <dt>{t('leads.fields.organisation')}</dt>
          <dd>{l.client.organisation || t('leads.card.noOrganisation')}</dd>
        </div>
        <div>
          <dt>{t('leads.fields.finder')}</dt>
          <dd>
            {l.finderCoop ? (
              <Link to={`/coops/${l.finderCoop.slug}`}>{l.finderCoop.name}</Link>
            ) : (
              t(l.source === 'public_form' ? 'leads.card.publicForm' : 'leads.card.noFinder')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('leads.fields.profiles')}</dt>
          <dd>
            <ProfilesSummary profiles={l.profiles} compact />
          </dd>
        </div>
        <div>
          <dt>{t('leads.fields.interestDeadline')}</dt>
          <dd>{l.interestDeadline ? <Deadline iso={l.interestDeadline} /> : t('leads.card.noDeadline')}</dd>
        </div>
        {l.status !== 'draft' && l.status !== 'in_triage' ? (
          <div>
            <dt>{t('leads.card.interestedLabel')}</dt>
            <InterestCount lead={l} />
          </div>
        ) : (
          <div>
            <dt>{t('leads.card.received')}</dt>
            <dd>
              <time dateTime={l.createdAt}>{fmt.dateTime(l.createdAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      {l.excerpt && <p className="lead-card__excerpt">{l.excerpt}</p>}
      {props.actions}
    </article>
  );
}
