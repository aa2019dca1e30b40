/**
 * One decision: the proposal, the recommendation beside it (it never decides
 * alone), the ballot while open, the live tally, closing, the outcome and the
 * audit trail of everything that led to it.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Schemas } from '../../api/client.ts';
import { type Me, useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { RecommendationView, VerifyRecommendation } from '../allocation/recommendation-view.tsx';
import { BallotForm } from './ballot-form.tsx';
import { CloseForm } from './close-form.tsx';
import {
  type Ballot,
  type Decision,
  describeBallot,
  optionLabel,
  type TallyDetail,
  useAudit,
  useDecision,
  useTally,
} from './decision-data.ts';
import { TallyView } from './tally-view.tsx';
import './decisions.css';

function Proposal(props: { d: Decision }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { d } = props;
  const quorum =
    d.quorum.kind === 'count'
      ? t('decisions.quorum.count', { count: d.quorum.value, formatted: fmt.number(d.quorum.value) })
      : t('decisions.quorum.share', { share: fmt.percent(d.quorum.value) });
  return (
    <section className="panel" aria-labelledby="proposal-heading">
      <h2 id="proposal-heading">{t('decisions.proposal.title')}</h2>
      {d.body && <p className="prose">{d.body}</p>}
      <dl className="facts">
        <div>
          <dt>{t('decisions.proposal.kind')}</dt>
          <dd>
            {t(`decisions.kind.${d.kind}.name`)} —{' '}
            <span className="muted">{t(`decisions.kind.${d.kind}.explain`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('decisions.proposal.options')}</dt>
          <dd>
            <ul className="tags">
              {d.options.map((o) => (
                <li key={o.key} className="tag">
                  {o.coop ? <Link to={`/coops/${o.coop.slug}`}>{o.label}</Link> : o.label}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{d.status === 'open' ? t('decisions.proposal.closes') : t('decisions.proposal.closed')}</dt>
          <dd>{fmt.dateTime(d.closedAt ?? d.closesAt)}</dd>
        </div>
        <div>
          <dt>{t('decisions.proposal.voters')}</dt>
          <dd>{t(`decisions.voters.${d.voters}`)}</dd>
        </div>
        <div>
          <dt>{t('decisions.proposal.quorum')}</dt>
          <dd>{quorum}</dd>
        </div>
        <div>
          <dt>{t('decisions.proposal.rules')}</dt>
          <dd>
            {d.anonymousUntilClose ? t('decisions.proposal.anonymous') : t('decisions.proposal.open')}{' '}
            {d.allowChange ? t('decisions.proposal.changeAllowed') : t('decisions.proposal.noChange')}
          </dd>
        </div>
        {d.createdBy && (
          <div>
            <dt>{t('decisions.proposal.by')}</dt>
            <dd>
              {d.createdBy.name}, {fmt.dateTime(d.createdAt)}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function OutcomeView(props: { d: Decision; outcome: NonNullable<Schemas['Outcome']> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { d, outcome: o } = props;
  const chosen = o.chosenCoops.length
    ? o.chosenCoops.map((c) => c.name)
    : o.chosenOptions.map((k) => optionLabel(d, k));
  return (
    <section className="panel outcome" aria-labelledby="outcome-heading" data-testid="outcome">
      <h2 id="outcome-heading">{t('decisions.outcome.title')}</h2>
      {chosen.length ? (
        <p>
          <strong>{t('decisions.outcome.chosen', { names: chosen.join(', ') })}</strong>
        </p>
      ) : (
        <p>
          <strong>{t('decisions.outcome.none')}</strong>
        </p>
      )}
      {o.shares && o.chosenCoops.length > 1 && (
        <ul>
          {o.chosenCoops.map((c) => (
            <li key={c.id}>
              {c.name}: {fmt.percent(o.shares?.[c.id] ?? 0)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <span className="muted">{t('decisions.outcome.rationale')}</span> {o.rationale}
      </p>
      <p>{t('decisions.outcome.review', { date: fmt.day(o.reviewDate) })}</p>
      <div className="actions">
        {d.lead && o.chosenCoops.length > 0 && (
          <Link className="button" to={`/leads/${d.lead.id}/team?decision=${d.id}`}>
            {t('decisions.outcome.formTeam')}
          </Link>
        )}
        <Link className="button button--secondary" to="/network/ledger">
          {t('decisions.outcome.ledger')}
        </Link>
      </div>
    </section>
  );
}

function AuditTrail(props: { d: Decision }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const audit = useAudit(props.d.id);
  const summary = (type: string, data: Record<string, unknown>) => {
    if (type === 'vote.cast' && data.voter) {
      const voter = (data.voter as { name: string }).name;
      const ballot = describeBallot(props.d, data.ballot as Ballot, t);
      return `${voter}: ${ballot}${data.replacedEarlierVote ? ` (${t('decisions.audit.replaced')})` : ''}`;
    }
    if (type === 'recommendation' && Array.isArray(data.order))
      return (data.order as Array<{ coopName: string }>).map((c, i) => `${i + 1}. ${c.coopName}`).join(' · ');
    if (type === 'ledger.entry' && data.coop)
      return `${(data.coop as { name: string }).name}: ${fmt.number(Number(data.personDays ?? 0))} ${t('decisions.audit.personDays')}`;
    if (type === 'outcome' && typeof data.rationale === 'string') return data.rationale;
    return '';
  };
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('decisions.audit.title')}</h2>
      {audit.isPending && <Loading />}
      {audit.isError && <ErrorState error={audit.error} retry={() => void audit.refetch()} />}
      {audit.data && (
        <ol className="audit-list" data-testid="audit">
          {audit.data.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an append-only trail in time order
            <li key={i}>
              <time dateTime={item.at}>{fmt.dateTime(item.at)}</time>{' '}
              <strong>{t(`decisions.audit.types.${item.type}`, { defaultValue: item.type })}</strong>
              {item.actor && ` · ${item.actor.name}`}
              {summary(item.type, item.data) && (
                <span className="audit-list__data"> — {summary(item.type, item.data)}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The reader's own vote, when the tally shows it (or this visit cast it). */
function useMyBallot(
  d: Decision,
  me: Me | null | undefined,
  tally: Schemas['Tally'] | undefined,
): Ballot | null {
  const justCast = useQuery<Schemas['Vote'] | null>({
    queryKey: ['decision', d.id, 'myVote'],
    queryFn: () => null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!me) return null;
  const keys = d.voters === 'per_member' ? [me.id] : me.coops.map((c) => c.id);
  const found = tally?.votes?.find((v) => keys.includes(v.voter.id));
  if (found) return found.ballot as Ballot;
  return (justCast.data?.ballot as Ballot | undefined) ?? null;
}

export function DecisionView(props: { id: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const decision = useDecision(props.id);
  const open = decision.data?.status === 'open';
  const tally = useTally(props.id, open);
  const d = decision.data;
  usePageTitle(d?.title);
  const mine = useMyBallot(d ?? ({ id: props.id, voters: 'per_coop' } as Decision), me.data, tally.data);
  if (decision.isPending) return <Loading />;
  if (decision.isError || !d)
    return <ErrorState error={decision.error} retry={() => void decision.refetch()} />;
  const m = me.data;
  const canClose = !!m && open && (m.networkRole === 'admin' || m.id === d.createdBy?.id);
  const canVote = !!m && open && m.coops.length > 0 && (d.allowChange || !mine);
  const detail = tally.data && !tally.data.hidden ? ((tally.data.tally ?? {}) as TallyDetail) : null;
  return (
    <article className="page decision">
      <header className="page__header">
        {d.lead && (
          <p className="breadcrumb">
            <Link to={`/leads/${d.lead.id}`}>{d.lead.title}</Link>
          </p>
        )}
        <h1>{d.title}</h1>
        <p>
          <span className={`badge badge--decision-${d.status}`}>{t(`decisions.status.${d.status}`)}</span>
        </p>
      </header>
      <div className="two-col">
        <div>
          <Proposal d={d} />
          {d.outcome && <OutcomeView d={d} outcome={d.outcome} />}
          {open && mine && !d.allowChange && (
            <p className="notice">{t('decisions.ballot.yourVote', { ballot: describeBallot(d, mine, t) })}</p>
          )}
          {m && canVote && tally.data && (
            <BallotForm key={d.id} d={d} me={m} current={mine} voterCoop={null} />
          )}
          {open && m && m.coops.length === 0 && <p className="notice">{t('decisions.ballot.noVote')}</p>}
          {tally.data && <TallyView d={d} tally={tally.data} />}
          {tally.isError && <ErrorState error={tally.error} retry={() => void tally.refetch()} />}
          {canClose && <CloseForm d={d} detail={detail} />}
        </div>
        <aside aria-labelledby="rec-heading" className="panel">
          <h2 id="rec-heading">{t('decisions.recommendation.title')}</h2>
          <p className="muted">{t('decisions.recommendation.neverAlone')}</p>
          {d.recommendation ? (
            <>
              <RecommendationView
                ranked={d.recommendation.ranked}
                policyVersion={d.recommendation.policyVersion}
              />
              <VerifyRecommendation id={d.recommendation.id} />
            </>
          ) : (
            <p>{t('decisions.recommendation.none')}</p>
          )}
        </aside>
      </div>
      <AuditTrail d={d} />
    </article>
  );
}

export function DecisionPage() {
  const { id = '' } = useParams();
  return <DecisionView id={id} />;
}
