/**
 * Links from a lead's page to its decision and its team builder. The leads
 * page drops this in; it needs only the lead's id (and, optionally, its status
 * to word the decision link).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function LeadDecisionLinks(props: { leadId: string; status?: string }) {
  const { t } = useTranslation();
  const deciding =
    props.status === 'deciding' || props.status === 'assigned' || props.status === 'in_progress';
  return (
    <nav className="actions" aria-label={t('decisions.links.label')} data-testid="lead-decision-links">
      <Link className="button button--secondary" to={`/leads/${props.leadId}/decide`}>
        {deciding ? t('decisions.links.seeDecision') : t('decisions.links.decide')}
      </Link>
      <Link className="button button--secondary" to={`/leads/${props.leadId}/team`}>
        {t('decisions.links.team')}
      </Link>
    </nav>
  );
}
