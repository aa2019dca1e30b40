/** Badges of the partner-network pages: each says its state in words; colour and shape only repeat it. */
import { useTranslation } from 'react-i18next';
import { hostOf, type Partnership } from './partnership-rules.ts';

const LOOK: Record<Partnership['status'], { tone: string; shape: string }> = {
  requested: { tone: 'unknown', shape: '…' },
  pending: { tone: 'partly_available', shape: '◐' },
  active: { tone: 'available', shape: '●' },
  paused: { tone: 'partly_available', shape: '‖' },
  ended: { tone: 'busy', shape: '✕' },
  refused: { tone: 'busy', shape: '✕' },
};

export function PartnershipStatusBadge(props: { status: Partnership['status'] }) {
  const { t } = useTranslation();
  const look = LOOK[props.status];
  return (
    <span className={`badge badge--${look.tone}`} data-testid="partnership-status">
      <span aria-hidden="true">{look.shape}</span> {t(`partnerships.status.${props.status}`)}
    </span>
  );
}

/** "From FACTTIC (minga.facttic.coop)": where a shared lead or an offer came from. */
export function OriginBadge(props: { name: string; actorId: string }) {
  const { t } = useTranslation();
  const host = hostOf(props.actorId);
  const name = props.name.trim() || host;
  return (
    <span className="tag origin-badge" data-testid="origin-network">
      <span aria-hidden="true">⇄ </span>
      {t('partnerships.origin.from', { name })}
      {name !== host && <span className="origin-badge__host"> ({host})</span>}
    </span>
  );
}

type OfferStatus = 'pending' | 'chosen' | 'declined' | 'withdrawn';
const OFFER_LOOK: Record<OfferStatus, { tone: string; shape: string }> = {
  pending: { tone: 'unknown', shape: '…' },
  chosen: { tone: 'available', shape: '✓' },
  declined: { tone: 'busy', shape: '✕' },
  withdrawn: { tone: 'busy', shape: '✕' },
};

/**
 * Where a cross-network offer stands. `ours`: an offer our co-op made, waiting
 * for the partner's decision; `theirs`: a partner's co-op offer, waiting for ours.
 */
export function OfferStatusBadge(props: { status: string; side: 'ours' | 'theirs' }) {
  const { t } = useTranslation();
  const status: OfferStatus = props.status in OFFER_LOOK ? (props.status as OfferStatus) : 'pending';
  const look = OFFER_LOOK[status];
  return (
    <span className={`badge badge--${look.tone}`}>
      <span aria-hidden="true">{look.shape}</span>{' '}
      {status === 'pending' && props.side === 'theirs'
        ? t('partnerships.remote.pending')
        : t(`partnerships.offer.status.${status}`)}
    </span>
  );
}
