/** One partner network: who, where it stands, and the answers it allows (ending asks first). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { partnerKeys } from './partnership-api.ts';
import { PartnershipStatusBadge } from './partnership-badges.tsx';
import { actionsFor, type Partnership, type PartnershipAction } from './partnership-rules.ts';

export function PartnershipRow(props: { partnership: Partnership }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const p = props.partnership;
  const [confirming, setConfirming] = useState(false);
  const act = useMutation({
    mutationFn: (action: PartnershipAction) =>
      must(api.POST('/api/v1/partnerships/{id}/{action}', { params: { path: { id: p.id, action } } })),
    onSuccess: async () => {
      setConfirming(false);
      await qc.invalidateQueries({ queryKey: partnerKeys.all });
    },
  });
  const since = p.endedAt ?? p.acceptedAt ?? p.createdAt;
  const actions = actionsFor(p);
  const confirmId = `end-${p.id}`;
  return (
    <li className="person-row partnership-row" data-testid="partnership">
      <div className="person-row__head">
        <strong>{p.remoteName || p.remoteHost}</strong>
        <PartnershipStatusBadge status={p.status} />
      </div>
      <p className="muted">
        {p.remoteHandle ?? p.remoteHost} ·{' '}
        {t(`partnerships.row.${p.direction}`, { date: fmt.dateTime(p.createdAt) })}
        {since !== p.createdAt &&
          ` · ${t(`partnerships.row.since.${p.status}`, { date: fmt.dateTime(since) })}`}
      </p>
      {p.note && <blockquote className="partnership-row__note">{p.note}</blockquote>}
      {actions.length > 0 && !confirming && (
        <div className="actions">
          {actions.map((a) => (
            <button
              key={a}
              type="button"
              className={`button button--small${a === 'accept' || a === 'resume' ? '' : ' button--secondary'}`}
              disabled={act.isPending}
              onClick={() => (a === 'end' ? setConfirming(true) : act.mutate(a))}
            >
              {t(`partnerships.action.${a === 'end' && p.status === 'requested' ? 'withdraw' : a}`)}
              <span className="visually-hidden"> {p.remoteName}</span>
            </button>
          ))}
        </div>
      )}
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby={confirmId}>
          <p id={confirmId}>
            {t(
              p.status === 'requested' ? 'partnerships.row.confirmWithdraw' : 'partnerships.row.confirmEnd',
              {
                name: p.remoteName,
              },
            )}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button--small button--danger"
              disabled={act.isPending}
              onClick={() => act.mutate('end')}
            >
              {act.isPending
                ? t('common.saving')
                : t(
                    p.status === 'requested'
                      ? 'partnerships.row.confirmWithdrawYes'
                      : 'partnerships.row.confirmEndYes',
                  )}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => setConfirming(false)}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {act.isError && (
        <p className="field__error" role="alert">
          {describeError(act.error, t).message}
        </p>
      )}
    </li>
  );
}
