/** Each dashboard series as a CSV table, for spreadsheets and for readers who prefer numbers to charts. */
import { type Cell, toCsv } from './dashboard.rules.ts';
import type { DASHBOARD_SERIES, Dashboard } from './dashboard.schemas.ts';

type Series = (typeof DASHBOARD_SERIES)[number];

export function dashboardTable(d: Dashboard, series: Series): { columns: string[]; rows: Cell[][] } {
  switch (series) {
    case 'distribution':
      return {
        columns: ['coop', 'name', 'stage', 'need', 'person_days', 'value'],
        rows: d.byCoop.map((c) => [c.slug, c.name, c.stage, c.need, c.personDays, c.value]),
      };
    case 'lorenz':
      return {
        columns: ['population_share', 'person_days_share', 'value_share'],
        rows: d.personDays.lorenz.map((p, i) => [p.population, p.share, d.value.lorenz[i]?.share ?? null]),
      };
    case 'gini':
      return {
        columns: ['period', 'person_days', 'gini_person_days', 'value', 'gini_value'],
        rows: d.series.map((p) => [p.period, p.personDays, p.giniPersonDays, p.value, p.giniValue]),
      };
    case 'shares':
      return {
        columns: ['period', 'share_to_new', 'share_to_high_need'],
        rows: d.series.map((p) => [p.period, p.shareToNew, p.shareToHighNeed]),
      };
    case 'teams':
      return {
        columns: ['period', 'assigned_leads', 'inter_coop_leads'],
        rows: d.series.map((p) => [p.period, p.assignedLeads, p.interCoopLeads]),
      };
    case 'decision-time':
      return {
        columns: ['period', 'decisions', 'median_days_to_decision'],
        rows: d.series.map((p) => [p.period, p.decisions, p.medianDaysToDecision]),
      };
    case 'participation':
      return {
        columns: ['period', 'closed_decisions', 'voting_coops'],
        rows: d.series.map((p) => [p.period, p.closedDecisions, p.votingCoops]),
      };
    case 'decisions':
      return {
        columns: ['closed_at', 'voting_coops', 'voters'],
        rows: d.participation.perDecision.map((x) => [x.closedAt, x.coops, x.voters]),
      };
    case 'partners':
      return {
        columns: ['period', 'shared_with_partners', 'received_from_partners'],
        rows: d.series.map((p) => [p.period, p.sharedWithPartners, p.receivedFromPartners]),
      };
  }
}

export function dashboardCsv(d: Dashboard, series: Series): string {
  const { columns, rows } = dashboardTable(d, series);
  return toCsv(columns, rows);
}
