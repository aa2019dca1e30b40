/**
 * The fairness and diversity dashboard for members: how work is spread, who
 * it reaches, how decisions are made and who takes part, with period filters,
 * a table behind every chart and CSV for every series.
 */
import './trust.css';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { Chart } from './chart.tsx';

type Period = 'month' | 'quarter' | 'year';
const PERIODS: Period[] = ['month', 'quarter', 'year'];
const SERIES = [
  'distribution',
  'lorenz',
  'gini',
  'shares',
  'teams',
  'decision-time',
  'participation',
  'decisions',
  'partners',
] as const;

function Figures(props: { d: Schemas['Dashboard'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { d } = props;
  const days = (v: number | null) => (v === null ? '—' : t('trust.dashboard.days', { days: fmt.number(v) }));
  const items: Array<[string, string, string]> = [
    ['gini-person-days', t('trust.dashboard.giniPersonDays'), d.personDays.gini.toFixed(3)],
    ['gini-value', t('trust.dashboard.giniValue'), d.value.gini.toFixed(3)],
    ['person-days', t('trust.dashboard.personDays'), fmt.number(d.personDays.total)],
    ['to-new', t('trust.dashboard.toNew'), fmt.percent(d.personDays.toNew)],
    ['to-high-need', t('trust.dashboard.toHighNeed'), fmt.percent(d.personDays.toHighNeed)],
    [
      'teams',
      t('trust.dashboard.teams'),
      `${fmt.number(d.teams.interCoopLeads)} / ${fmt.number(d.teams.assignedLeads)}`,
    ],
    ['median-days', t('trust.dashboard.medianDays'), days(d.timeToDecision.medianDays)],
    ['p90-days', t('trust.dashboard.p90Days'), days(d.timeToDecision.p90Days)],
    [
      'voting-coops',
      t('trust.dashboard.votingCoops'),
      `${fmt.number(d.participation.distinctCoops)} / ${fmt.number(d.coops)}`,
    ],
    [
      'partners',
      t('trust.dashboard.partners'),
      `${fmt.number(d.partners.sharedLeads)} / ${fmt.number(d.partners.receivedLeads)}`,
    ],
  ];
  return (
    <dl className="figures" data-testid="dashboard-figures">
      {items.map(([id, label, value]) => (
        <div key={id} className="figure">
          <dt>{label}</dt>
          <dd data-testid={`figure-${id}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  usePageTitle(t('trust.dashboard.title'));
  const [params, setParams] = useSearchParams();
  const period = (PERIODS.find((p) => p === params.get('period')) ?? 'month') as Period;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const query = { period, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const dash = useQuery({
    queryKey: ['dashboard', query],
    queryFn: () => must(api.GET('/api/v1/dashboard', { params: { query } })),
  });

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const k of ['from', 'to', 'period']) {
      const v = String(form.get(k) ?? '');
      if (v) next.set(k, v);
    }
    setParams(next);
  };

  const d = dash.data;
  const charts = useMemo(() => {
    if (!d) return null;
    const labels = d.series.map((p) => p.period);
    const pct = (v: number) => fmt.percent(v);
    return { labels, pct };
  }, [d, fmt]);

  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('trust.dashboard.title')}</h1>
        <p className="lede">{t('trust.dashboard.lede')}</p>
      </header>
      <form className="form form--inline" onSubmit={onSubmit} aria-label={t('trust.dashboard.filters')}>
        <div className="field">
          <label htmlFor="dash-from">{t('trust.dashboard.from')}</label>
          <input id="dash-from" name="from" type="date" defaultValue={from ?? d?.from} />
        </div>
        <div className="field">
          <label htmlFor="dash-to">{t('trust.dashboard.to')}</label>
          <input id="dash-to" name="to" type="date" defaultValue={to ?? d?.to} />
        </div>
        <div className="field">
          <label htmlFor="dash-period">{t('trust.dashboard.periodLabel')}</label>
          <select id="dash-period" name="period" defaultValue={period}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`trust.dashboard.periods.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('trust.dashboard.apply')}
        </button>
      </form>
      {dash.isPending && <Loading />}
      {dash.isError && <ErrorState error={dash.error} retry={() => void dash.refetch()} />}
      {d && charts && (
        <>
          <p className="muted">{t('trust.dashboard.range', { from: fmt.day(d.from), to: fmt.day(d.to) })}</p>
          <Figures d={d} />
          <Chart
            id="lorenz"
            title={t('trust.dashboard.lorenzTitle')}
            summary={t('trust.dashboard.lorenzSummary', {
              gini: d.personDays.gini.toFixed(3),
              coops: d.coops,
            })}
            categories={d.personDays.lorenz.map((p) => fmt.percent(p.population))}
            series={[
              {
                name: t('trust.dashboard.equality'),
                kind: 'line',
                values: d.personDays.lorenz.map((p) => p.population),
              },
              {
                name: t('trust.dashboard.personDays'),
                kind: 'line',
                values: d.personDays.lorenz.map((p) => p.share),
              },
              { name: t('trust.dashboard.value'), kind: 'line', values: d.value.lorenz.map((p) => p.share) },
            ]}
            format={charts.pct}
            yMax={1}
          />
          <Chart
            id="gini"
            title={t('trust.dashboard.giniTitle')}
            summary={t('trust.dashboard.giniSummary')}
            categories={charts.labels}
            series={[
              {
                name: t('trust.dashboard.giniPersonDays'),
                kind: 'line',
                values: d.series.map((p) => p.giniPersonDays),
              },
              {
                name: t('trust.dashboard.giniValue'),
                kind: 'line',
                values: d.series.map((p) => p.giniValue),
              },
            ]}
            yMax={1}
          />
          <Chart
            id="shares"
            title={t('trust.dashboard.sharesTitle')}
            summary={t('trust.dashboard.sharesSummary')}
            categories={charts.labels}
            series={[
              { name: t('trust.dashboard.toNew'), kind: 'bar', values: d.series.map((p) => p.shareToNew) },
              {
                name: t('trust.dashboard.toHighNeed'),
                kind: 'bar',
                values: d.series.map((p) => p.shareToHighNeed),
              },
            ]}
            format={charts.pct}
            yMax={1}
          />
          <Chart
            id="teams"
            title={t('trust.dashboard.teamsTitle')}
            summary={t('trust.dashboard.teamsSummary', { share: fmt.percent(d.teams.share) })}
            categories={charts.labels}
            series={[
              {
                name: t('trust.dashboard.assignedLeads'),
                kind: 'bar',
                values: d.series.map((p) => p.assignedLeads),
              },
              {
                name: t('trust.dashboard.interCoopLeads'),
                kind: 'bar',
                values: d.series.map((p) => p.interCoopLeads),
              },
            ]}
          />
          <Chart
            id="decision-time"
            title={t('trust.dashboard.decisionTimeTitle')}
            summary={t('trust.dashboard.decisionTimeSummary', { decisions: d.timeToDecision.decisions })}
            categories={charts.labels}
            series={[
              {
                name: t('trust.dashboard.medianDays'),
                kind: 'bar',
                values: d.series.map((p) => p.medianDaysToDecision),
              },
            ]}
          />
          <Chart
            id="participation"
            title={t('trust.dashboard.participationTitle')}
            summary={t('trust.dashboard.participationSummary', {
              mean:
                d.participation.meanCoopsPerDecision === null
                  ? '—'
                  : fmt.number(d.participation.meanCoopsPerDecision),
            })}
            categories={charts.labels}
            series={[
              {
                name: t('trust.dashboard.closedDecisions'),
                kind: 'bar',
                values: d.series.map((p) => p.closedDecisions),
              },
              {
                name: t('trust.dashboard.votingCoops'),
                kind: 'bar',
                values: d.series.map((p) => p.votingCoops),
              },
            ]}
          />
          <Chart
            id="partners"
            title={t('trust.dashboard.partnersTitle')}
            summary={t('trust.dashboard.partnersSummary')}
            categories={charts.labels}
            series={[
              {
                name: t('trust.dashboard.shared'),
                kind: 'bar',
                values: d.series.map((p) => p.sharedWithPartners),
              },
              {
                name: t('trust.dashboard.received'),
                kind: 'bar',
                values: d.series.map((p) => p.receivedFromPartners),
              },
            ]}
          />
          <section aria-labelledby="csv-heading">
            <h2 id="csv-heading">{t('trust.dashboard.csvTitle')}</h2>
            <ul className="csv-links">
              {SERIES.map((s) => {
                const q = new URLSearchParams({ ...query, from: d.from, to: d.to, series: s });
                return (
                  <li key={s}>
                    <a href={`/api/v1/dashboard.csv?${q}`} download>
                      {t(`trust.dashboard.csv.${s}`)}
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
