/**
 * A recommendation as members read it: each co-op's place with its plain
 * explanation in the reader's language, a small chart of what each factor
 * contributed, and the same figures as a table for screen readers and print.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import './allocation.css';

export const FACTORS = ['fit', 'availability', 'capacity', 'need', 'fairness'] as const;
export type Factor = (typeof FACTORS)[number];
type Ranked = Schemas['RankedCoop'];

export function FactorLegend() {
  const { t } = useTranslation();
  return (
    <ul className="factor-legend" aria-hidden="true">
      {FACTORS.map((f) => (
        <li key={f}>
          <span className={`factor-swatch factor--${f}`} />
          {t(`allocation.factor.${f}`)}
        </li>
      ))}
    </ul>
  );
}

/** Stacked bars of factor contributions (they add up to the score); hidden from assistive tech, which reads the table. */
export function FactorChart(props: { ranked: Ranked[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div aria-hidden="true" data-testid="factor-chart">
      <FactorLegend />
      <ol className="bar-chart">
        {props.ranked.map((r) => (
          <li key={r.coopId}>
            <div className="bar-chart__label">
              <span>
                {r.rank}. {r.coopName}
              </span>
              <span>{fmt.percent(r.score)}</span>
            </div>
            <div className="bar-chart__track">
              {FACTORS.map((f) => (
                <span
                  key={f}
                  className={`factor--${f}`}
                  style={{ width: `${Math.max(0, r.factors[f].contribution) * 100}%` }}
                  title={`${t(`allocation.factor.${f}`)}: ${fmt.percent(r.factors[f].contribution)}`}
                />
              ))}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function FactorTable(props: { ranked: Ranked[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pct = (n: number) => fmt.number(Math.round(n * 1000) / 10);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
    <section className="table-wrap" tabIndex={0} aria-label={t('allocation.table.caption')}>
      <table className="data-table" data-testid="factor-table">
        <caption>{t('allocation.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('allocation.table.coop')}</th>
            {FACTORS.map((f) => (
              <th key={f} scope="col" className="num">
                {t(`allocation.factor.${f}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('allocation.table.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.ranked.map((r) => (
            <tr key={r.coopId}>
              <th scope="row">
                {r.rank}. {r.coopName}
              </th>
              {FACTORS.map((f) => (
                <td key={f} className="num">
                  {pct(r.factors[f].contribution)}
                  <span className="visually-hidden">
                    {' '}
                    {t('allocation.table.pointsOf', { value: fmt.percent(r.factors[f].value) })}
                  </span>
                </td>
              ))}
              <td className="num">{pct(r.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field__hint">{t('allocation.table.hint')}</p>
    </section>
  );
}

/** The ranked co-ops with their explanations, chart and table. */
export function RecommendationView(props: { ranked: Ranked[]; policyVersion: number; method?: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  if (props.ranked.length === 0) return <p className="muted">{t('allocation.recommendation.empty')}</p>;
  return (
    <div data-testid="recommendation">
      <p className="muted">
        {t('allocation.recommendation.policy', { version: props.policyVersion })}
        {props.method && ` · ${t(`allocation.method.${props.method as 'weighted_score'}.name`)}`}
      </p>
      <ol className="ranked-list">
        {props.ranked.map((r) => (
          <li key={r.coopId}>
            <div className="ranked-list__head">
              <strong>
                {r.rank}. {r.coopName}
              </strong>
              <span>
                {t('allocation.recommendation.score', { score: fmt.percent(r.score) })}
                {!r.coversMandatory && (
                  <span className="tag tag--need-medium">
                    {' '}
                    {t('allocation.recommendation.missesProfiles')}
                  </span>
                )}
              </span>
            </div>
            <p lang={lang} data-testid="explanation">
              {r.explanation[lang]}
            </p>
          </li>
        ))}
      </ol>
      <FactorChart ranked={props.ranked} />
      <FactorTable ranked={props.ranked} />
    </div>
  );
}

/** A recommendation's verification: recomputed from its stored inputs, does it match? */
export function VerifyRecommendation(props: { id: string }) {
  const { t } = useTranslation();
  const verify = useQuery({
    queryKey: ['recommendation', props.id, 'verify'],
    queryFn: () =>
      must(api.GET('/api/v1/recommendations/{id}/verify', { params: { path: { id: props.id } } })),
    enabled: false,
  });
  return (
    <div aria-live="polite">
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => void verify.refetch()}
        disabled={verify.isFetching}
      >
        {verify.isFetching ? t('allocation.verify.checking') : t('allocation.verify.button')}
      </button>
      {verify.data && (
        <p
          className={`notice ${verify.data.matches && verify.data.policyMatches ? 'notice--success' : 'notice--error'}`}
        >
          {verify.data.matches && verify.data.policyMatches
            ? t('allocation.verify.matches')
            : t('allocation.verify.differs', { count: verify.data.differences.length })}
        </p>
      )}
    </div>
  );
}
