/**
 * Invite someone: network admins into the network with any role (and
 * optionally into a co-op); co-op admins into the co-ops they administer.
 * Pending invitations are listed with a revoke button.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../../api/client.ts';
import { adminCoops, type Me } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading } from '../../ui/status.tsx';

type Role = Schemas['NetworkRole'];
const ROLES: Role[] = ['member', 'admin'];

/** Network admins may invite into any co-op: searched by name, so a large network stays usable. */
function useCoopChoices(me: Me, q: string) {
  const isNetworkAdmin = me.networkRole === 'admin';
  const search = useQuery({
    queryKey: ['coops', { q, pageSize: 50, sort: 'name' }],
    queryFn: () =>
      must(
        api.GET('/api/v1/coops', { params: { query: { q: q || undefined, pageSize: 50, sort: 'name' } } }),
      ),
    enabled: isNetworkAdmin,
  });
  if (!isNetworkAdmin) return adminCoops(me).map((c) => ({ slug: c.slug, name: c.name }));
  return (search.data?.items ?? []).map((c) => ({ slug: c.slug, name: c.name }));
}

function PendingInvitations() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const pending = useQuery({
    queryKey: ['invitations'],
    queryFn: () => must(api.GET('/api/v1/invitations')),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => must(api.DELETE('/api/v1/invitations/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['invitations'] }),
  });
  if (pending.isPending) return <Loading />;
  if (pending.isError) return <ErrorState error={pending.error} retry={() => void pending.refetch()} />;
  return (
    <div className="panel__section">
      <h3>{t('account.invite.pending')}</h3>
      {pending.data.items.length === 0 ? (
        <p className="muted">{t('account.invite.nonePending')}</p>
      ) : (
        <ul className="session-list">
          {pending.data.items.map((i) => (
            <li key={i.id} className="session-row">
              <div>
                <strong>{i.email}</strong>
                <p className="muted">
                  {i.coop
                    ? `${i.coop.name} · ${t(`roles.coop.${i.coopRole}`)}`
                    : t(`roles.network.${i.networkRole}`)}{' '}
                  · {t('invitation.expires', { date: fmt.dateTime(i.expiresAt) })}
                </p>
              </div>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(i.id)}
              >
                {t('account.invite.revoke')}
                <span className="visually-hidden"> {i.email}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function InviteSection(props: { me: Me }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const { me } = props;
  const isNetworkAdmin = me.networkRole === 'admin';
  const own = adminCoops(me);
  const [email, setEmail] = useState('');
  const [networkRole, setNetworkRole] = useState<Role>('member');
  const [coopQuery, setCoopQuery] = useState('');
  const [coopSlug, setCoopSlug] = useState(isNetworkAdmin ? '' : (own[0]?.slug ?? ''));
  const [coopRole, setCoopRole] = useState<Role>('member');
  const coops = useCoopChoices(me, coopQuery);
  const invite = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/invitations', {
          body: {
            email: email.trim(),
            ...(isNetworkAdmin ? { networkRole } : {}),
            ...(coopSlug ? { coopSlug, coopRole } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      setEmail('');
      await qc.invalidateQueries({ queryKey: ['invitations'] });
    },
  });
  const err = describeError(invite.error, t);
  if (!isNetworkAdmin && own.length === 0) return null;

  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('account.invite.title')}</h2>
      <p className="field__hint">
        {isNetworkAdmin ? t('account.invite.ledeNetwork') : t('account.invite.ledeCoop')}
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          invite.mutate();
        }}
      >
        <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
        <Field label={t('auth.email')} name="email" error={err.fields.email}>
          {(ctl) => (
            <input
              {...ctl}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        {isNetworkAdmin && (
          <Field label={t('account.invite.networkRole')} name="networkRole" error={err.fields.networkRole}>
            {(ctl) => (
              <select {...ctl} value={networkRole} onChange={(e) => setNetworkRole(e.target.value as Role)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`roles.network.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {isNetworkAdmin && (
          <div className="field">
            <label htmlFor="invite-coop-search">{t('account.invite.findCoop')}</label>
            <input
              id="invite-coop-search"
              type="search"
              value={coopQuery}
              onChange={(e) => setCoopQuery(e.target.value)}
            />
          </div>
        )}
        <div className="form__row">
          <Field label={t('account.invite.coop')} name="coopSlug" error={err.fields.coopSlug}>
            {(ctl) => (
              <select {...ctl} value={coopSlug} onChange={(e) => setCoopSlug(e.target.value)}>
                {isNetworkAdmin && <option value="">{t('account.invite.noCoop')}</option>}
                {coops.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {coopSlug && (
            <Field label={t('account.invite.coopRole')} name="coopRole" error={err.fields.coopRole}>
              {(ctl) => (
                <select {...ctl} value={coopRole} onChange={(e) => setCoopRole(e.target.value as Role)}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.coop.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={invite.isPending}>
            {invite.isPending ? t('common.sending') : t('account.invite.submit')}
          </button>
        </div>
      </form>
      {invite.data && (
        <div className="notice notice--success" role="status">
          <p>
            {t('account.invite.sent', {
              email: invite.data.email,
              date: fmt.dateTime(invite.data.expiresAt),
            })}
          </p>
          <label htmlFor="invite-url">{t('account.invite.link')}</label>
          <input id="invite-url" readOnly value={invite.data.url} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <PendingInvitations />
    </section>
  );
}
