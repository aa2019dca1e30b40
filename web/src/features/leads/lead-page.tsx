/** One lead: the work, the client (for the entitled), the moves this reader may make, interests, discussion, history. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { LeadDecisionLinks } from '../decisions/lead-decision-links.tsx';
import { RemoteInterests } from '../partnerships/remote-interests.tsx';
import { InterestsSection } from './interests-section.tsx';
import { useLead } from './lead-api.ts';
import { LeadStatusBadge } from './lead-badges.tsx';
import { ClientBlock, LeadFacts } from './lead-facts.tsx';
import { LeadHistory } from './lead-history.tsx';
import { LeadLifecycle } from './lead-lifecycle.tsx';
import { LeadThread } from './lead-thread.tsx';
import { MergePanel } from './merge-panel.tsx';
import './leads.css';

export function LeadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const location = useLocation();
  const lead = useLead(id);
  const [merging, setMerging] = useState(false);
  usePageTitle(lead.data?.title);
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to={`/sign-in?next=/leads/${id}`} replace />;
  if (lead.isPending) return <Loading />;
  if (lead.isError) return <ErrorState error={lead.error} retry={() => void lead.refetch()} />;
  const l = lead.data;
  const admin = me.data.networkRole === 'admin';
  const state = location.state as { saved?: boolean; merged?: boolean } | null;

  return (
    <div className="page">
      <p className="breadcrumb">
        {l.status === 'in_triage' && admin ? (
          <Link to="/leads/triage">{t('leads.triage.title')}</Link>
        ) : (
          <Link to="/leads">{t('leads.list.title')}</Link>
        )}
      </p>
      <div className="lead-page__header">
        <div>
          <h1>{l.title}</h1>
          <p className="coop__badges">
            <LeadStatusBadge status={l.status} />
            <span className="muted">
              {l.publishedAt
                ? t('leads.detail.published', { date: fmt.dateTime(l.publishedAt) })
                : t('leads.detail.created', { date: fmt.dateTime(l.createdAt) })}
            </span>
          </p>
        </div>
        <div className="actions">
          {['delivered', 'lost'].includes(l.status) && (
            <Link className="button button--secondary" to={`/retrospectives?lead=${l.id}`}>
              {t('trust.retro.title')}
            </Link>
          )}
          {l.can.edit && (
            <Link className="button button--secondary" to={`/leads/${l.id}/edit`}>
              {t('leads.detail.edit')}
            </Link>
          )}
          {admin && ['in_triage', 'open', 'deciding'].includes(l.status) && (
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={merging}
              onClick={() => setMerging(!merging)}
            >
              {t('leads.merge.open')}
            </button>
          )}
        </div>
      </div>
      {state?.saved && (
        <p className="notice notice--success" role="status">
          {t('common.saved')}
        </p>
      )}
      {state?.merged && (
        <p className="notice notice--success" role="status">
          {t('leads.merge.done')}
        </p>
      )}
      {l.mergedInto && (
        <p className="notice">
          {t('leads.detail.mergedInto')}{' '}
          <Link to={`/leads/${l.mergedInto}`}>{t('leads.detail.openSurvivor')}</Link>
        </p>
      )}
      {merging && (
        <section className="panel" aria-labelledby="merge-heading">
          <h2 id="merge-heading">{t('leads.merge.heading')}</h2>
          <MergePanel lead={l} onDone={() => setMerging(false)} />
        </section>
      )}
      <div className="lead-layout">
        <section aria-labelledby="description-heading" className="panel">
          <h2 id="description-heading">{t('leads.fields.description')}</h2>
          {/* Safe: `descriptionHtml` is the server's rendering of the Markdown description, sanitised
              there (formatting tags and http/https/mailto links only; no scripts, styles, event handlers,
              images or frames). The Markdown source `description` is never rendered as HTML. */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised HTML, see above */}
          <div className="prose lead-prose" dangerouslySetInnerHTML={{ __html: l.descriptionHtml }} />
        </section>
        <div className="lead-side">
          {['open', 'deciding', 'assigned', 'in_progress'].includes(l.status) && (
            <LeadDecisionLinks leadId={l.id} status={l.status} />
          )}
          <LeadLifecycle lead={l} />
          <ClientBlock lead={l} />
          <LeadFacts lead={l} />
        </div>
        <InterestsSection lead={l} />
        <RemoteInterests leadId={l.id} />
        <LeadThread leadId={l.id} />
        <LeadHistory leadId={l.id} />
      </div>
    </div>
  );
}
