/** Pieces of a partner's lead shared by the list and the detail view: its status and required profiles. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { PartnerLeadDetails } from './partnership-rules.ts';

const LOOK = {
  open: { tone: 'available', shape: '●' },
  deciding: { tone: 'partly_available', shape: '◐' },
  assigned: { tone: 'partly_available', shape: '◑' },
  in_progress: { tone: 'partly_available', shape: '▶' },
  delivered: { tone: 'available', shape: '✓' },
} as const;
type Known = keyof typeof LOOK;
const isKnown = (s: string): s is Known => s in LOOK;

/** A partner may send a status we have no word for; it then reads "closed". */
export function PartnerLeadStatus(props: { status: string }) {
  const { t } = useTranslation();
  const look = isKnown(props.status) ? LOOK[props.status] : { tone: 'busy', shape: '✕' };
  return (
    <span className={`badge badge--${look.tone}`} data-testid="partner-lead-status">
      <span aria-hidden="true">{look.shape}</span>{' '}
      {isKnown(props.status)
        ? t(`partnerships.leadStatus.${props.status}`)
        : t('partnerships.leadStatus.closed')}
    </span>
  );
}

const SENIORITIES = ['junior', 'semi_senior', 'senior', 'expert'] as const;
type Seniority = (typeof SENIORITIES)[number];
const isSeniority = (s: string): s is Seniority => (SENIORITIES as readonly string[]).includes(s);

export function ProfileList(props: { profiles: PartnerLeadDetails['profiles']; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (props.profiles.length === 0) return <span className="muted">{t('partnerships.lead.noProfiles')}</span>;
  const rows = props.profiles.map((p, i) => ({
    key: `${p.technology}-${i}`,
    text: isSeniority(p.minSeniority)
      ? t('partnerships.lead.profile', {
          count: p.headcount,
          formatted: fmt.number(p.headcount),
          technology: p.technology,
          seniority: t(`seniority.${p.minSeniority}`),
        })
      : t('partnerships.lead.profileAny', {
          count: p.headcount,
          formatted: fmt.number(p.headcount),
          technology: p.technology,
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
