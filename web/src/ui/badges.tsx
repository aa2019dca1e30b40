/** Status badges: each says its state in words, with colour and shape only as a second cue. */
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client.ts';

type CoopAvailability = NonNullable<Schemas['CoopSummary']['availability']>['status'];
type PersonAvailability = Schemas['Person']['availability'];

const SHAPE: Record<CoopAvailability | PersonAvailability, string> = {
  available: '●',
  free: '●',
  partly_available: '◐',
  could_be_free: '◐',
  busy: '○',
  unknown: '?',
};

export function CoopAvailabilityBadge(props: { status: CoopAvailability }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${props.status}`} data-testid="coop-availability">
      <span aria-hidden="true">{SHAPE[props.status]}</span> {t(`availability.coop.${props.status}`)}
    </span>
  );
}

export function PersonAvailabilityBadge(props: { availability: PersonAvailability }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${props.availability}`}>
      <span aria-hidden="true">{SHAPE[props.availability]}</span>{' '}
      {t(`availability.person.${props.availability}`)}
    </span>
  );
}

export function StageBadge(props: { stage: Schemas['CoopSummary']['stage'] }) {
  const { t } = useTranslation();
  return <span className="tag tag--stage">{t(`stage.${props.stage}`)}</span>;
}
