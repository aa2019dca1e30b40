/** /teams/:id — a team record: coordinator, members with roles and shares, people, terms, status and its thread. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import './teams.css';

type Team = Schemas['Team'];
type Status = Team['status'];
const NEXT: Record<Status, Status[]> = {
  forming: ['active', 'dissolved'],
  active: ['delivered', 'dissolved'],
  delivered: [],
  dissolved: [],
};

function StatusControl(props: { team: Team }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const move = useMutation({
    mutationFn: (status: Status) =>
      must(api.PATCH('/api/v1/teams/{id}', { params: { path: { id: props.team.id } }, body: { status } })),
    onSuccess: (team) => qc.setQueryData(['team', team.id], team),
  });
  const next = NEXT[props.team.status];
  if (!props.team.can.edit || next.length === 0) return null;
  return (
    <div className="actions">
      {next.map((s) => (
        <button
          key={s}
          type="button"
          className={`button button--small ${s === 'dissolved' ? 'button--danger' : ''}`}
          disabled={move.isPending}
          onClick={() => move.mutate(s)}
        >
          {t(`teams.status.move.${s}`)}
        </button>
      ))}
      {move.isError && <ErrorState error={move.error} />}
    </div>
  );
}

function Thread(props: { team: Team }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const key = ['team', props.team.id, 'comments'];
  const comments = useQuery({
    queryKey: key,
    queryFn: () => must(api.GET('/api/v1/teams/{id}/comments', { params: { path: { id: props.team.id } } })),
  });
  const post = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/teams/{id}/comments', { params: { path: { id: props.team.id } }, body: { body } }),
      ),
    onSuccess: async () => {
      setBody('');
      await qc.invalidateQueries({ queryKey: key });
    },
  });
  const err = describeError(post.error, t);
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">{t('teams.page.thread')}</h2>
      {comments.isPending && <Loading />}
      {comments.isError && <ErrorState error={comments.error} retry={() => void comments.refetch()} />}
      {comments.data && comments.data.items.length === 0 && (
        <p className="muted">{t('teams.page.noComments')}</p>
      )}
      {comments.data && comments.data.items.length > 0 && (
        <ol className="thread" data-testid="thread">
          {comments.data.items.map((c) => (
            <li key={c.id}>
              <p className="muted">
                <strong>{c.author?.name ?? t('teams.page.someone')}</strong> · {fmt.dateTime(c.createdAt)}
              </p>
              {/* Sanitised by the server (the same Markdown rules as lead comments). */}
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised HTML */}
              <div className="prose" dangerouslySetInnerHTML={{ __html: c.html }} />
            </li>
          ))}
        </ol>
      )}
      {props.team.can.comment && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            post.mutate();
          }}
        >
          <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
          <Field
            label={t('teams.page.write')}
            name="body"
            hint={t('teams.page.markdown')}
            error={err.fields.body}
          >
            {(ctl) => <textarea {...ctl} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" disabled={post.isPending || !body.trim()}>
              {post.isPending ? t('common.sending') : t('teams.page.post')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

export function TeamPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const team = useQuery({
    queryKey: ['team', id],
    queryFn: () => must(api.GET('/api/v1/teams/{id}', { params: { path: { id } } })),
  });
  usePageTitle(team.data?.name);
  if (team.isPending) return <Loading />;
  if (team.isError) return <ErrorState error={team.error} retry={() => void team.refetch()} />;
  const tm = team.data;
  return (
    <article className="page">
      <header className="page__header">
        {tm.lead && (
          <p className="breadcrumb">
            <Link to={`/leads/${tm.lead.id}`}>{tm.lead.title}</Link>
          </p>
        )}
        <h1>{tm.name}</h1>
        <p>
          <span className={`badge badge--team-${tm.status}`}>{t(`teams.status.${tm.status}`)}</span>{' '}
          {t('teams.page.coordinator', { coop: tm.coordinator.name })}
        </p>
        <StatusControl team={tm} />
      </header>
      <div className="two-col">
        <div>
          <section aria-labelledby="members-heading">
            <h2 id="members-heading">{t('teams.page.members')}</h2>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard */}
            <section className="table-wrap" tabIndex={0} aria-label={t('teams.page.membersTable')}>
              <table className="data-table" data-testid="team-members">
                <thead>
                  <tr>
                    <th scope="col">{t('teams.page.coop')}</th>
                    <th scope="col">{t('teams.page.role')}</th>
                    <th scope="col" className="num">
                      {t('teams.page.work')}
                    </th>
                    <th scope="col" className="num">
                      {t('teams.page.money')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tm.members.map((m) => (
                    <tr key={m.coop.id}>
                      <th scope="row">
                        <Link to={`/coops/${m.coop.slug}`}>{m.coop.name}</Link>
                        {m.coop.country && <span className="muted"> · {fmt.country(m.coop.country)}</span>}
                      </th>
                      <td>{t(`teams.role.${m.role}`)}</td>
                      <td className="num">{fmt.percent(m.shareWork)}</td>
                      <td className="num">{fmt.percent(m.shareMoney)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </section>
          <section aria-labelledby="people-heading">
            <h2 id="people-heading">{t('teams.page.people')}</h2>
            {tm.members.every((m) => m.people.length === 0) ? (
              <p className="muted">{t('teams.page.noPeople')}</p>
            ) : (
              <ul className="team-coops">
                {tm.members
                  .filter((m) => m.people.length > 0)
                  .map((m) => (
                    <li key={m.coop.id}>
                      <strong>{m.coop.name}</strong>
                      <ul>
                        {m.people.map((p) => (
                          <li key={p.id}>
                            {p.name}
                            {p.covers && (
                              <span className="muted"> — {t('teams.covers', { what: p.covers })}</span>
                            )}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
              </ul>
            )}
          </section>
          <Thread team={tm} />
        </div>
        <aside className="panel" aria-labelledby="terms-heading">
          <h2 id="terms-heading">{t('teams.form.terms')}</h2>
          <ul>
            <li>
              {tm.terms.transparencyToClient
                ? t('teams.terms.transparency')
                : t('teams.terms.noTransparency')}
            </li>
            <li>{tm.terms.noCutOnOthersWork ? t('teams.terms.noCut') : t('teams.terms.cutAgreed')}</li>
          </ul>
          {tm.terms.html && (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised HTML
            <div className="prose" dangerouslySetInnerHTML={{ __html: tm.terms.html }} />
          )}
          <p className="muted">{t('teams.page.formed', { date: fmt.dateTime(tm.createdAt) })}</p>
          <p>
            <Link to="/network/ledger">{t('teams.page.ledger')}</Link>
          </p>
        </aside>
      </div>
    </article>
  );
}
