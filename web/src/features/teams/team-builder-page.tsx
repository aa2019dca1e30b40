/**
 * /leads/:id/team — the team builder: the best few teams for the lead (with
 * the method and whether the first is proven optimal or how far from the
 * bound it may be), an editable composition scored on every change, and
 * either a decision for the network or the team formed.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { FormTeam } from './form-team.tsx';
import { type Candidate, type Pick, TeamEditor } from './team-editor.tsx';
import { type Proposal, Requirements, TeamView } from './team-parts.tsx';
import './teams.css';

type Proposals = Schemas['TeamProposals'];

const picksOf = (p: Proposal): Pick[] =>
  p.coops.map((c) => ({
    coopId: c.coopId,
    slug: c.slug,
    name: c.name,
    role: c.role,
    people: c.people.map((x) => x.personId),
  }));

function MethodNote(props: { result: Proposals }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const r = props.result;
  return (
    <p data-testid="builder-method">
      <strong>{t(`teams.method.${r.method}`)}</strong> —{' '}
      {r.optimal
        ? t('teams.method.optimal')
        : r.gap !== null
          ? t('teams.method.gap', {
              gap: fmt.percent(r.gap),
              bound: t(`teams.bound.${r.bound?.kind ?? 'counting'}`),
            })
          : t('teams.method.noBound')}{' '}
      <span className="muted">
        {t('teams.method.stats', {
          coops: fmt.number(r.stats.coops),
          people: fmt.number(r.stats.people),
          ms: fmt.number(Math.round(r.stats.millis)),
        })}
      </span>
    </p>
  );
}

export function TeamBuilderPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const decisionId = params.get('decision');
  const [candidates, setCandidates] = useState<'interested' | 'network'>('interested');
  const [preference, setPreference] = useState<'fewest_coops' | 'spread_work'>('fewest_coops');
  const [picks, setPicks] = useState<Pick[] | null>(null);
  const [evaluated, setEvaluated] = useState<Proposal | null>(null);
  usePageTitle(t('teams.builder.title'));
  const lead = useQuery({
    queryKey: ['lead', id],
    queryFn: () => must(api.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
  });
  const interests = useQuery({
    queryKey: ['lead', id, 'interests'],
    queryFn: () => must(api.GET('/api/v1/leads/{id}/interests', { params: { path: { id } } })),
  });
  const decision = useQuery({
    queryKey: ['decision', decisionId],
    queryFn: () => must(api.GET('/api/v1/decisions/{id}', { params: { path: { id: decisionId ?? '' } } })),
    enabled: decisionId !== null,
  });
  const outcome = decision.data?.outcome ?? null;
  const propose = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/leads/{id}/team-proposals', {
          params: { path: { id } },
          body: { candidates, preference, maxTeams: 3, mode: 'auto' },
        }),
      ),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: asks again when the reader changes the candidates or preference
  useEffect(() => {
    propose.mutate();
  }, [candidates, preference]);

  // From a decision's outcome the composition starts as exactly the co-ops it chose.
  useEffect(() => {
    if (!outcome || picks !== null) return;
    const first = propose.data?.teams[0];
    setPicks(
      outcome.chosenCoops.map((c, i) => ({
        coopId: c.id,
        slug: c.slug,
        name: c.name,
        role: i === 0 ? 'coordinator' : 'partner',
        people: first?.coops.find((x) => x.coopId === c.id)?.people.map((p) => p.personId) ?? null,
      })),
    );
  }, [outcome, picks, propose.data]);

  if (lead.isPending) return <Loading />;
  if (lead.isError) return <ErrorState error={lead.error} retry={() => void lead.refetch()} />;
  const result = propose.data;
  const known = new Map<string, Candidate>();
  for (const i of interests.data?.items ?? [])
    if (i.status === 'active' && i.coop)
      known.set(i.coop.id, { coopId: i.coop.id, slug: i.coop.slug, name: i.coop.name });
  for (const tm of result?.teams ?? [])
    for (const c of tm.coops) known.set(c.coopId, { coopId: c.coopId, slug: c.slug, name: c.name });
  const decideLink = picks?.length
    ? `/leads/${id}/decide?kind=consent&coops=${picks.map((p) => p.slug).join(',')}`
    : null;

  return (
    <article className="page">
      <header className="page__header">
        <p className="breadcrumb">
          <Link to={`/leads/${id}`}>{lead.data.title}</Link>
        </p>
        <h1>{t('teams.builder.title')}</h1>
        <p className="lede">{t('teams.builder.lede')}</p>
      </header>
      <div className="two-col">
        <div>
          <form
            className="panel form"
            aria-label={t('teams.builder.options')}
            onSubmit={(e) => e.preventDefault()}
          >
            <div className="form__row">
              <div className="field">
                <label htmlFor="candidates">{t('teams.builder.candidates')}</label>
                <select
                  id="candidates"
                  value={candidates}
                  onChange={(e) => setCandidates(e.target.value as 'interested' | 'network')}
                >
                  <option value="interested">{t('teams.builder.interested')}</option>
                  <option value="network">{t('teams.builder.network')}</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor="preference">{t('teams.builder.preference')}</label>
                <select
                  id="preference"
                  value={preference}
                  onChange={(e) => setPreference(e.target.value as 'fewest_coops' | 'spread_work')}
                >
                  <option value="fewest_coops">{t('teams.builder.fewest')}</option>
                  <option value="spread_work">{t('teams.builder.spread')}</option>
                </select>
              </div>
            </div>
          </form>
          {propose.isPending && <Loading label={t('teams.builder.searching')} />}
          {propose.isError && <ErrorState error={propose.error} retry={() => propose.mutate()} />}
          {result && (
            <section aria-labelledby="proposals-heading">
              <h2 id="proposals-heading">{t('teams.builder.proposals')}</h2>
              <MethodNote result={result} />
              {result.teams.length === 0 && <p>{t('teams.builder.noTeams')}</p>}
              <ol className="proposal-list" data-testid="proposals">
                {result.teams.map((tm, i) => (
                  <li key={tm.coops.map((c) => c.coopId).join('-') || i} className="panel">
                    <h3>{t('teams.builder.teamN', { n: i + 1 })}</h3>
                    <TeamView team={tm} request={result.request} />
                    {!outcome && (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setPicks(picksOf(tm))}
                      >
                        {t('teams.builder.startFrom', { n: i + 1 })}
                      </button>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
        <div>
          {result && <Requirements request={result.request} />}
          {result && picks !== null && (
            <TeamEditor
              leadId={id}
              request={result.request}
              picks={picks}
              onChange={(next) => {
                setPicks(next);
              }}
              candidates={[...known.values()]}
              onEvaluated={setEvaluated}
            />
          )}
          {result && picks === null && !decisionId && <p className="notice">{t('teams.builder.pickOne')}</p>}
          {picks !== null && picks.length > 0 && !outcome && decideLink && (
            <section className="panel" aria-labelledby="next-heading">
              <h2 id="next-heading">{t('teams.builder.next')}</h2>
              <p>{t('teams.builder.decideHint')}</p>
              <div className="actions">
                <Link className="button" to={decideLink}>
                  {t('teams.builder.decide')}
                </Link>
              </div>
            </section>
          )}
          {result &&
            picks !== null &&
            (outcome || lead.data.status === 'open' || lead.data.status === 'assigned') && (
              <FormTeam
                leadId={id}
                leadTitle={lead.data.title}
                picks={picks}
                team={evaluated}
                request={result.request}
                outcomeId={outcome?.id ?? null}
              />
            )}
        </div>
      </div>
    </article>
  );
}
