/**
 * Offers from partner networks' co-ops for one of our leads, beside the local
 * interests on the lead page; network admins choose the ones that take part.
 * The outcome goes back to each co-op's network when the lead is decided.
 * Renders nothing for anyone else (only network admins may read the offers).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, must } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorState, Loading } from '../../ui/status.tsx';
import { partnerKeys, type RemoteInterest, useRemoteInterests } from './partnership-api.ts';
import { OfferStatusBadge, OriginBadge } from './partnership-badges.tsx';
import './partnerships.css';

function RemoteInterestRow(props: { interest: RemoteInterest }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const i = props.interest;
  const choose = useMutation({
    mutationFn: (chosen: boolean) =>
      must(
        api.POST('/api/v1/remote-interests/{id}/choice', {
          params: { path: { id: i.id } },
          body: { chosen },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: partnerKeys.remoteInterests(i.leadId) }),
  });
  const open = i.status === 'pending' || i.status === 'chosen';
  return (
    <li className="person-row" data-testid="remote-interest">
      <div className="person-row__head">
        <strong>{i.coop.name}</strong>
        <OfferStatusBadge status={i.status} side="theirs" />
      </div>
      <p className="partner-lead-card__badges">
        <OriginBadge name="" actorId={i.network.actorId} />
      </p>
      <dl className="facts">
        <div>
          <dt>{t('partnerships.offer.availableFrom')}</dt>
          <dd>{fmt.day(i.availableFrom)}</dd>
        </div>
        <div>
          <dt>{t('partnerships.remote.effort')}</dt>
          <dd>
            {t('partnerships.remote.hoursAndDays', {
              hours: fmt.number(i.hoursPerWeek),
              days: fmt.number(i.capacityPersonDays),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('partnerships.remote.need')}</dt>
          <dd>
            {t(`need.${i.need}`)}
            {i.needNote && ` — ${i.needNote}`}
          </dd>
        </div>
        <div>
          <dt>{t('partnerships.offer.role')}</dt>
          <dd>{t(`leads.role.${i.role}`)}</dd>
        </div>
      </dl>
      {i.fit && <blockquote className="partnership-row__note">{i.fit}</blockquote>}
      {open && (
        <div className="actions">
          <button
            type="button"
            className={`button button--small${i.status === 'chosen' ? ' button--secondary' : ''}`}
            aria-pressed={i.status === 'chosen'}
            disabled={choose.isPending}
            onClick={() => choose.mutate(i.status !== 'chosen')}
          >
            {i.status === 'chosen' ? t('partnerships.remote.unchoose') : t('partnerships.remote.choose')}
            <span className="visually-hidden"> {i.coop.name}</span>
          </button>
        </div>
      )}
      {choose.isError && (
        <p className="field__error" role="alert">
          {describeError(choose.error, t).message}
        </p>
      )}
    </li>
  );
}

export function RemoteInterests(props: { leadId: string }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const admin = me?.networkRole === 'admin';
  const list = useRemoteInterests(props.leadId, admin);
  if (!admin) return null;
  return (
    <section className="panel" aria-labelledby={`remote-${props.leadId}`} data-testid="remote-interests">
      <h2 id={`remote-${props.leadId}`}>{t('partnerships.remote.title')}</h2>
      <p className="muted">{t('partnerships.remote.lede')}</p>
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} retry={() => void list.refetch()} />}
      {list.data && list.data.length === 0 && <p>{t('partnerships.remote.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="people-list">
          {list.data.map((i) => (
            <RemoteInterestRow key={i.id} interest={i} />
          ))}
        </ul>
      )}
    </section>
  );
}
