/** /partner-leads/:id: one lead a partner network shared, its origin, our offers, and offering our co-op. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useMe } from '../../app/session.ts';
import { regionalLocale, useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { PartnerInterestForm } from './partner-interest-form.tsx';
import { PartnerLeadStatus, ProfileList } from './partner-lead-facts.tsx';
import { type PartnerLead, usePartnerLead } from './partnership-api.ts';
import { OfferStatusBadge, OriginBadge } from './partnership-badges.tsx';
import { hostOf, type PartnerLeadDetails, partnerLeadDetails } from './partnership-rules.ts';
import './partnerships.css';

const MODES = ['fixed_price', 'time_and_materials', 'staff_augmentation', 'unknown'] as const;
const SCOPES = ['single_coop', 'team', 'consortium'] as const;
const oneOf = <T extends string>(list: readonly T[], v: string | null): v is T =>
  v !== null && (list as readonly string[]).includes(v);

function money(n: number, currency: string, locale: string) {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
  } catch {
    return `${n} ${currency}`;
  }
}

function Facts(props: { d: PartnerLeadDetails }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const d = props.d;
  const locale = regionalLocale(i18n.language);
  const rows: Array<[string, string | React.ReactNode]> = [];
  rows.push([t('partnerships.lead.profiles'), <ProfileList key="p" profiles={d.profiles} />]);
  if (d.services.length) rows.push([t('partnerships.lead.services'), d.services.join(', ')]);
  if (d.budget) {
    const { min, max, currency } = d.budget;
    const text =
      min !== null && max !== null && min !== max
        ? `${money(min, currency, locale)} – ${money(max, currency, locale)}`
        : money((max ?? min) as number, currency, locale);
    rows.push([t('partnerships.lead.budget'), text]);
  } else rows.push([t('partnerships.lead.budget'), t('partnerships.lead.budgetNotShared')]);
  if (oneOf(MODES, d.mode)) rows.push([t('partnerships.lead.mode'), t(`leads.mode.${d.mode}`)]);
  if (d.effortPersonDays)
    rows.push([
      t('partnerships.lead.effort'),
      t('partnerships.lead.personDays', {
        count: d.effortPersonDays,
        formatted: fmt.number(d.effortPersonDays),
      }),
    ]);
  if (d.startDate) rows.push([t('partnerships.lead.startDate'), fmt.day(d.startDate)]);
  if (d.interestDeadline)
    rows.push([t('partnerships.lead.interestDeadline'), fmt.dateTime(d.interestDeadline)]);
  if (d.durationWeeks)
    rows.push([
      t('partnerships.lead.duration'),
      t('partnerships.lead.weeks', { count: d.durationWeeks, formatted: fmt.number(d.durationWeeks) }),
    ]);
  if (d.languages.length)
    rows.push([t('partnerships.lead.languages'), d.languages.map(fmt.language).join(', ')]);
  if (d.place || d.remote)
    rows.push([
      t('partnerships.lead.place'),
      [d.place, d.remote ? t('partnerships.lead.remote') : null].filter(Boolean).join(' · '),
    ]);
  if (oneOf(SCOPES, d.scope)) rows.push([t('partnerships.lead.scope'), t(`leads.scope.${d.scope}`)]);
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Offer(props: { lead: PartnerLead }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const coops = me?.coops ?? [];
  const [slug, setSlug] = useState(coops[0]?.slug ?? '');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const l = props.lead;
  const coop = coops.find((c) => c.slug === slug);
  return (
    <section className="panel" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{t('partnerships.offer.title')}</h2>
      <p className="muted">
        {t('partnerships.offer.lede', { network: l.originNetwork.name || hostOf(l.originNetwork.actorId) })}
      </p>
      {l.ourInterests.length > 0 && (
        <ul className="plain-list" aria-label={t('partnerships.lead.ourOffers')}>
          {l.ourInterests.map((i) => (
            <li key={i.id}>
              {i.coop.name} <OfferStatusBadge status={i.status} side="ours" />
            </li>
          ))}
        </ul>
      )}
      {sentTo !== null && (
        <div className="notice notice--success" role="status">
          <p>{t('partnerships.offer.sent', { network: sentTo || hostOf(l.originNetwork.actorId) })}</p>
        </div>
      )}
      {l.status !== 'open' ? (
        <p>{t('partnerships.offer.closed')}</p>
      ) : coops.length === 0 ? (
        <p>{t('partnerships.offer.noCoop')}</p>
      ) : (
        <>
          {coops.length > 1 && (
            <div className="field">
              <label htmlFor="offer-coop">{t('partnerships.offer.coop')}</label>
              <select id="offer-coop" value={slug} onChange={(e) => setSlug(e.target.value)}>
                {coops.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {coop && <PartnerInterestForm lead={l} coop={coop} onSent={setSentTo} />}
        </>
      )}
    </section>
  );
}

export function PartnerLeadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const lead = usePartnerLead(id, !!me.data);
  usePageTitle(lead.data?.title ?? t('partnerships.leads.title'));
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to={`/sign-in?next=/partner-leads/${id}`} replace />;
  if (lead.isPending) return <Loading />;
  if (lead.isError) return <ErrorState error={lead.error} retry={() => void lead.refetch()} />;
  const back = (
    <p className="breadcrumb">
      <Link to="/partner-leads">{t('partnerships.leads.title')}</Link>
    </p>
  );
  if (!lead.data)
    return (
      <div className="page page--narrow">
        {back}
        <h1>{t('partnerships.lead.notFoundTitle')}</h1>
        <p>{t('partnerships.lead.notFound')}</p>
      </div>
    );
  const l = lead.data;
  const d = partnerLeadDetails(l.details);
  return (
    <div className="page">
      {back}
      <div className="page__header">
        <h1>{l.title}</h1>
        <p className="partner-lead-card__badges">
          <OriginBadge name={l.originNetwork.name} actorId={l.originNetwork.actorId} />
          <PartnerLeadStatus status={l.status} />
        </p>
      </div>
      <div className="two-col">
        <div>
          <section className="panel" aria-labelledby="about-heading">
            <h2 id="about-heading">{t('partnerships.lead.about')}</h2>
            {l.summary && !d.descriptionHtml && <p className="lede">{l.summary}</p>}
            {/* Sanitised when it arrived from the partner (src/federation/received.ts). */}
            {d.descriptionHtml && (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on arrival, allowlisted tags only
              <div className="prose" dangerouslySetInnerHTML={{ __html: d.descriptionHtml }} />
            )}
            <Facts d={d} />
            {l.url && (
              <p>
                <a href={l.url} rel="noopener nofollow">
                  {t('partnerships.lead.onOrigin', { host: hostOf(l.url) })}
                </a>
              </p>
            )}
          </section>
        </div>
        <div>
          <Offer lead={l} />
          <p className="muted">{t('partnerships.lead.confidential')}</p>
        </div>
      </div>
    </div>
  );
}
