/** One lead a partner network shared: what, from which network, who is needed, by when, and our offers. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format.ts';
import { PartnerLeadStatus, ProfileList } from './partner-lead-facts.tsx';
import type { PartnerLead } from './partnership-api.ts';
import { OfferStatusBadge, OriginBadge } from './partnership-badges.tsx';
import { partnerLeadDetails } from './partnership-rules.ts';

export function PartnerLeadCard(props: { lead: PartnerLead }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const l = props.lead;
  const d = partnerLeadDetails(l.details);
  return (
    <article className="card" data-testid="partner-lead-card">
      <header className="coop-card__header">
        <h2 className="coop-card__name">
          <Link to={`/partner-leads/${l.id}`}>{l.title}</Link>
        </h2>
        <PartnerLeadStatus status={l.status} />
      </header>
      <p className="partner-lead-card__badges">
        <OriginBadge name={l.originNetwork.name} actorId={l.originNetwork.actorId} />
      </p>
      {l.summary && <p>{l.summary}</p>}
      <dl className="facts">
        <div>
          <dt>{t('partnerships.lead.profiles')}</dt>
          <dd>
            <ProfileList profiles={d.profiles} compact />
          </dd>
        </div>
        <div>
          <dt>{t('partnerships.lead.interestDeadline')}</dt>
          <dd>{d.interestDeadline ? fmt.dateTime(d.interestDeadline) : t('partnerships.lead.noDeadline')}</dd>
        </div>
        <div>
          <dt>{t('partnerships.lead.received')}</dt>
          <dd>{fmt.dateTime(l.receivedAt)}</dd>
        </div>
        {l.ourInterests.length > 0 && (
          <div>
            <dt>{t('partnerships.lead.ourOffers')}</dt>
            <dd>
              <ul className="plain-list">
                {l.ourInterests.map((i) => (
                  <li key={i.id}>
                    {i.coop.name} <OfferStatusBadge status={i.status} side="ours" />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
