/**
 * /network/partners: what a partnership with another Minga network shares
 * (and never sends), and, for network admins, asking, answering, pausing,
 * resuming and ending partnerships and blocking instances.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useMe } from '../../app/session.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { BlockedInstances } from './blocked-instances.tsx';
import { usePartnerships } from './partnership-api.ts';
import { PartnershipRow } from './partnership-row.tsx';
import { groupPartnerships, type Partnership } from './partnership-rules.ts';
import { RequestPartnership } from './request-partnership.tsx';
import './partnerships.css';

function WhatIsShared() {
  const { t } = useTranslation();
  const shared = ['leads', 'interest', 'outcome'] as const;
  const never = ['contact', 'budget', 'internal', 'people'] as const;
  return (
    <section className="panel" aria-labelledby="shared-heading">
      <h2 id="shared-heading">{t('partnerships.explain.title')}</h2>
      <p>{t('partnerships.explain.intro')}</p>
      <h3>{t('partnerships.explain.sharedTitle')}</h3>
      <ul>
        {shared.map((k) => (
          <li key={k}>{t(`partnerships.explain.shared.${k}`)}</li>
        ))}
      </ul>
      <h3>{t('partnerships.explain.neverTitle')}</h3>
      <ul className="partnership-never">
        {never.map((k) => (
          <li key={k}>{t(`partnerships.explain.never.${k}`)}</li>
        ))}
      </ul>
      <p className="muted">{t('partnerships.explain.control')}</p>
    </section>
  );
}

function Group(props: { id: string; title: string; items: Partnership[]; hint?: ReactNode }) {
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby={props.id} className="partnership-group">
      <h2 id={props.id}>{props.title}</h2>
      {props.hint && <p className="muted">{props.hint}</p>}
      <ul className="people-list">
        {props.items.map((p) => (
          <PartnershipRow key={p.id} partnership={p} />
        ))}
      </ul>
    </section>
  );
}

function Partnerships() {
  const { t } = useTranslation();
  const list = usePartnerships(true);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorState error={list.error} retry={() => void list.refetch()} />;
  const g = groupPartnerships(list.data);
  return (
    <>
      {list.data.length === 0 && (
        <div className="notice" data-testid="partnerships-empty">
          <p>{t('partnerships.page.empty')}</p>
        </div>
      )}
      <Group
        id="incoming-heading"
        title={t('partnerships.groups.incoming')}
        hint={t('partnerships.groups.incomingHint')}
        items={g.incoming}
      />
      <Group
        id="outgoing-heading"
        title={t('partnerships.groups.outgoing')}
        hint={t('partnerships.groups.outgoingHint')}
        items={g.outgoing}
      />
      <Group
        id="current-heading"
        title={t('partnerships.groups.current')}
        hint={t('partnerships.groups.currentHint')}
        items={g.current}
      />
      <Group id="past-heading" title={t('partnerships.groups.past')} items={g.past} />
    </>
  );
}

export function PartnersPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('partnerships.page.title'));
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/sign-in?next=/network/partners" replace />;
  const admin = me.data.networkRole === 'admin';
  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('partnerships.page.title')}</h1>
        <p className="lede">{t('partnerships.page.lede')}</p>
        <p>
          <Link to="/partner-leads">{t('partnerships.page.toLeads')}</Link>
        </p>
      </div>
      <div className="two-col">
        <div>
          {admin ? (
            <>
              <div className="panel">
                <RequestPartnership />
              </div>
              <Partnerships />
            </>
          ) : (
            <div className="notice">
              <p>{t('partnerships.page.membersNote')}</p>
            </div>
          )}
        </div>
        <div>
          <WhatIsShared />
          {admin && <BlockedInstances />}
        </div>
      </div>
    </div>
  );
}
