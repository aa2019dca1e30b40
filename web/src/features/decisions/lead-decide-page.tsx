/**
 * /leads/:id/decide — the lead's decision when one is under way (or was
 * taken); otherwise the form to propose one, with the recommendation beside
 * it: it informs the members, it never decides alone.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { RecommendationView, VerifyRecommendation } from '../allocation/recommendation-view.tsx';
import { type DecisionKind, KINDS } from './decision-data.ts';
import { DecisionView } from './decision-page.tsx';
import './decisions.css';

type Lead = Schemas['LeadDetail'];

/** datetime-local wants local time without a zone. */
function localInput(d: Date) {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

function RecommendationPanel(props: { leadId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const key = ['lead', props.leadId, 'recommendations'];
  const recs = useQuery({
    queryKey: key,
    queryFn: () =>
      must(api.GET('/api/v1/leads/{id}/recommendations', { params: { path: { id: props.leadId } } })),
  });
  const ask = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/leads/{id}/recommendations', { params: { path: { id: props.leadId } }, body: {} }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  const latest = recs.data?.latest;
  return (
    <aside className="panel" aria-labelledby="rec-heading">
      <h2 id="rec-heading">{t('decisions.recommendation.title')}</h2>
      <p className="muted">{t('decisions.recommendation.neverAlone')}</p>
      {recs.isPending && <Loading />}
      {recs.isError && <ErrorState error={recs.error} retry={() => void recs.refetch()} />}
      {ask.isError && <ErrorState error={ask.error} />}
      {ask.isPending && <Loading label={t('decisions.recommendation.computing')} />}
      {latest ? (
        <>
          <RecommendationView
            ranked={latest.ranked}
            policyVersion={latest.policyVersion}
            method={latest.method}
          />
          <VerifyRecommendation id={latest.id} />
        </>
      ) : (
        recs.data && <p>{t('decisions.recommendation.none')}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={ask.isPending}
          onClick={() => ask.mutate()}
        >
          {latest ? t('decisions.recommendation.again') : t('decisions.recommendation.ask')}
        </button>
      </div>
    </aside>
  );
}

function ProposeForm(props: { lead: Lead }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const lead = props.lead;
  const interests = useQuery({
    queryKey: ['lead', lead.id, 'interests'],
    queryFn: () => must(api.GET('/api/v1/leads/{id}/interests', { params: { path: { id: lead.id } } })),
  });
  const active = (interests.data?.items ?? []).flatMap((i) =>
    i.status === 'active' && i.coop ? [i.coop] : [],
  );
  const preset = params.get('coops')?.split(',').filter(Boolean) ?? null;
  const [picked, setPicked] = useState<string[] | null>(preset);
  const chosen = picked ?? active.map((c) => c.slug);
  const fromTeam = preset !== null && preset.length > 1;
  const [title, setTitle] = useState(
    fromTeam
      ? t('decisions.create.defaultTeamTitle', { lead: lead.title })
      : t('decisions.create.defaultTitle', { lead: lead.title }),
  );
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<DecisionKind>(
    (params.get('kind') as DecisionKind | null) ?? (fromTeam ? 'consent' : 'vote'),
  );
  const [voters, setVoters] = useState<'per_coop' | 'per_member'>('per_coop');
  const [quorumKind, setQuorumKind] = useState<'count' | 'share'>('count');
  const [quorumValue, setQuorumValue] = useState('1');
  const [closesAt, setClosesAt] = useState(localInput(new Date(Date.now() + 7 * 86_400_000)));
  const [anonymous, setAnonymous] = useState(false);
  const [allowChange, setAllowChange] = useState(true);
  const teamCoops = preset?.filter((s) => !active.some((c) => c.slug === s)) ?? [];
  const create = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/decisions', {
          body: {
            leadId: lead.id,
            title,
            body,
            kind,
            coops: chosen,
            voters,
            quorum:
              quorumKind === 'count'
                ? { kind: 'count', value: Number(quorumValue) }
                : { kind: 'share', value: Number(quorumValue) / 100 },
            closesAt: closesAt ? new Date(closesAt).toISOString() : '',
            anonymousUntilClose: anonymous,
            allowChange,
          },
        }),
      ),
    onSuccess: async (d) => {
      qc.setQueryData(['decision', d.id], d);
      await qc.invalidateQueries({ queryKey: ['decisions'] });
      navigate(`/decisions/${d.id}`);
    },
  });
  const err = describeError(create.error, t);
  const toggle = (slug: string, on: boolean) =>
    setPicked(on ? [...chosen, slug] : chosen.filter((s) => s !== slug));

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
      <Field label={t('decisions.create.titleLabel')} name="title" error={err.fields.title}>
        {(ctl) => <input {...ctl} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field
        label={t('decisions.create.body')}
        name="body"
        hint={t('decisions.create.bodyHint')}
        error={err.fields.body}
      >
        {(ctl) => <textarea {...ctl} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>{t('decisions.proposal.kind')}</legend>
        <div className="kind-choice">
          {KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} />
              <span>
                <strong>{t(`decisions.kind.${k}.name`)}</strong>
                <br />
                <span className="muted">{t(`decisions.kind.${k}.explain`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="checkbox-grid">
        <legend>{t('decisions.create.options')}</legend>
        {interests.isPending && <Loading />}
        {active.length === 0 && teamCoops.length === 0 && interests.data && (
          <p className="muted">{t('decisions.create.noInterests')}</p>
        )}
        {active.map((c) => (
          <label key={c.slug}>
            <input
              type="checkbox"
              checked={chosen.includes(c.slug)}
              onChange={(e) => toggle(c.slug, e.target.checked)}
            />
            {c.name}
          </label>
        ))}
        {teamCoops.map((slug) => (
          <label key={slug}>
            <input
              type="checkbox"
              checked={chosen.includes(slug)}
              onChange={(e) => toggle(slug, e.target.checked)}
            />
            {slug}
          </label>
        ))}
        {err.fields.coops && <p className="field__error">{err.fields.coops}</p>}
      </fieldset>
      {fromTeam && kind === 'consent' && <p className="notice">{t('decisions.create.teamConsent')}</p>}
      <fieldset className="radio-row">
        <legend>{t('decisions.proposal.voters')}</legend>
        {(['per_coop', 'per_member'] as const).map((v) => (
          <label key={v}>
            <input type="radio" name="voters" checked={voters === v} onChange={() => setVoters(v)} />
            {t(`decisions.voters.${v}`)}
          </label>
        ))}
      </fieldset>
      <div className="form__row">
        <Field label={t('decisions.create.quorumKind')} name="quorumKind">
          {(ctl) => (
            <select
              {...ctl}
              value={quorumKind}
              onChange={(e) => setQuorumKind(e.target.value as 'count' | 'share')}
            >
              <option value="count">{t('decisions.create.quorumCount')}</option>
              <option value="share">{t('decisions.create.quorumShare')}</option>
            </select>
          )}
        </Field>
        <Field
          label={
            quorumKind === 'count' ? t('decisions.create.quorumVoters') : t('decisions.create.quorumPercent')
          }
          name="quorum.value"
          error={err.fields['quorum.value']}
        >
          {(ctl) => (
            <input
              {...ctl}
              type="number"
              min={1}
              max={quorumKind === 'count' ? 100000 : 100}
              value={quorumValue}
              onChange={(e) => setQuorumValue(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label={t('decisions.create.closesAt')} name="closesAt" error={err.fields.closesAt}>
        {(ctl) => (
          <input
            {...ctl}
            type="datetime-local"
            value={closesAt}
            onChange={(e) => setClosesAt(e.target.value)}
          />
        )}
      </Field>
      <label className="field--inline">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        {t('decisions.create.anonymous')}
      </label>
      <label className="field--inline">
        <input type="checkbox" checked={allowChange} onChange={(e) => setAllowChange(e.target.checked)} />
        {t('decisions.create.allowChange')}
      </label>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('common.sending') : t('decisions.create.submit')}
        </button>
        <Link className="button button--secondary" to={`/leads/${lead.id}`}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

export function LeadDecidePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lead = useQuery({
    queryKey: ['lead', id],
    queryFn: () => must(api.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
  });
  const decisions = useQuery({
    queryKey: ['decisions', { lead: id }],
    queryFn: () => must(api.GET('/api/v1/decisions', { params: { query: { lead: id, pageSize: 20 } } })),
  });
  usePageTitle(t('decisions.create.title'));
  if (lead.isPending || decisions.isPending) return <Loading />;
  if (lead.isError) return <ErrorState error={lead.error} retry={() => void lead.refetch()} />;
  if (decisions.isError) return <ErrorState error={decisions.error} retry={() => void decisions.refetch()} />;
  const current =
    decisions.data.items.find((d) => d.status === 'open') ??
    decisions.data.items.find((d) => d.status === 'closed');
  if (current) return <DecisionView id={current.id} />;
  return (
    <article className="page">
      <header className="page__header">
        <p className="breadcrumb">
          <Link to={`/leads/${id}`}>{lead.data.title}</Link>
        </p>
        <h1>{t('decisions.create.title')}</h1>
        <p className="lede">{t('decisions.create.lede')}</p>
      </header>
      <div className="two-col">
        <ProposeForm lead={lead.data} />
        <RecommendationPanel leadId={id} />
      </div>
    </article>
  );
}
