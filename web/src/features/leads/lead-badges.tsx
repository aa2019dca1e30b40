/** Small pieces every lead view shares: status badge, deadline, budget and the required profiles. */
import { useTranslation } from 'react-i18next';
import { regionalLocale, useFormat } from '../../lib/format.ts';
import type { LeadStatus, LeadSummary } from './lead-api.ts';
import { budgetRange, isPast, relativeTime } from './lead-format.ts';

/** Colours borrowed from the availability badges; the word and the shape carry the meaning. */
const LOOK: Record<LeadStatus, { tone: string; shape: string }> = {
  draft: { tone: 'unknown', shape: '◌' },
  in_triage: { tone: 'unknown', shape: '◇' },
  open: { tone: 'available', shape: '●' },
  deciding: { tone: 'partly_available', shape: '◐' },
  assigned: { tone: 'partly_available', shape: '◑' },
  in_progress: { tone: 'partly_available', shape: '▶' },
  delivered: { tone: 'available', shape: '✓' },
  lost: { tone: 'busy', shape: '✕' },
  withdrawn: { tone: 'busy', shape: '✕' },
  declined: { tone: 'busy', shape: '✕' },
};

export function LeadStatusBadge(props: { status: LeadStatus }) {
  const { t } = useTranslation();
  const look = LOOK[props.status];
  return (
    <span className={`badge badge--${look.tone}`} data-testid="lead-status">
      <span aria-hidden="true">{look.shape}</span> {t(`leads.status.${props.status}`)}
    </span>
  );
}

/** "in 5 days (12 Mar 2031, 17:00)", with the exact time for screen readers and hover alike. */
export function Deadline(props: { iso: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const past = isPast(props.iso);
  const relative = relativeTime(props.iso, regionalLocale(i18n.language));
  return (
    <span className={past ? 'lead-deadline lead-deadline--past' : 'lead-deadline'}>
      <time dateTime={props.iso}>
        {past ? t('leads.deadline.passed', { when: relative }) : relative}{' '}
        <span className="muted">({fmt.dateTime(props.iso)})</span>
      </time>
    </span>
  );
}

export function BudgetText(props: { budget: NonNullable<LeadSummary['budget']> }) {
  const { t, i18n } = useTranslation();
  const range = budgetRange(props.budget, regionalLocale(i18n.language));
  if (!range) return <>{t('leads.budget.unknown')}</>;
  const text = range.kind === 'range' ? range.text : t(`leads.budget.${range.kind}`, { amount: range.text });
  return (
    <>
      {text}
      {props.budget.visibility === 'private' && (
        <span className="tag lead-private">{t('leads.budget.private')}</span>
      )}
    </>
  );
}

/** "2 × Drupal (senior or above)" per row; `compact` joins them on one line for cards. */
export function ProfilesSummary(props: { profiles: LeadSummary['profiles']; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (props.profiles.length === 0) return <span className="muted">{t('leads.profiles.none')}</span>;
  const rows = props.profiles.map((p) => ({
    key: `${p.technology.id}-${p.minSeniority}`,
    text: t('leads.profiles.row', {
      count: p.count,
      formatted: fmt.number(p.count),
      technology: p.technology.name,
      seniority: t(`seniority.${p.minSeniority}`),
    }),
  }));
  if (props.compact) return <>{rows.map((r) => r.text).join(' · ')}</>;
  return (
    <ul className="plain-list">
      {rows.map((r) => (
        <li key={r.key}>{r.text}</li>
      ))}
    </ul>
  );
}
