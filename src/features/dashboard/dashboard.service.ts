/**
 * The fairness and diversity dashboard: is "feed everyone" happening? Read by
 * every member (the ledger is the network's, principle 4), computed from the
 * ledger, leads, decisions and partner exchange for a date range.
 */
import type { Db } from '../../db/client.ts';
import { gini, lorenzCurve, shareTo } from '../../engine/fairness/inequality.ts';
import { giniSeries, type LedgerEntry } from '../../engine/fairness/series.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { invalid } from '../../http/problem.ts';
import {
  allCoops,
  assignedLeads,
  closedDecisions,
  decisionTimes,
  ledgerWork,
  partnerExchange,
} from './dashboard.queries.ts';
import { median, percentile, periodLabel, periodLabels, round } from './dashboard.rules.ts';
import type { Dashboard, DashboardQuery } from './dashboard.schemas.ts';

const DAY = 86_400_000;

export function dashboardRange(q: DashboardQuery, today = new Date()) {
  const to = q.to ?? today.toISOString().slice(0, 10);
  // A year back; 29 February steps back to the 28th.
  const from = q.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4).replace('-02-29', '-02-28')}`;
  if (from > to)
    throw invalid([{ pointer: '#/query/from', field: 'from', detail: 'from must not be after to.' }]);
  return {
    from,
    to,
    start: new Date(`${from}T00:00:00Z`),
    end: new Date(Date.parse(`${to}T00:00:00Z`) + DAY),
  };
}

function measure(work: Map<string, number>, newIds: string[], highNeedIds: string[]) {
  const values = [...work.values()].map((v) => Math.max(0, v));
  return {
    total: round(
      values.reduce((s, v) => s + v, 0),
      2,
    ),
    gini: round(gini(values)),
    lorenz: lorenzCurve(values).map((p) => ({ population: round(p.population), share: round(p.share) })),
    toNew: round(shareTo(work, newIds)),
    toHighNeed: round(shareTo(work, highNeedIds)),
  };
}

const countBy = (dates: readonly string[], period: DashboardQuery['period']) => {
  const m = new Map<string, number>();
  for (const d of dates) m.set(periodLabel(d, period), (m.get(periodLabel(d, period)) ?? 0) + 1);
  return m;
};

export async function dashboard(
  db: Db,
  actor: Actor,
  q: DashboardQuery,
  today = new Date(),
): Promise<Dashboard> {
  authorize(actor, actor.kind === 'user', 'The dashboard is for the network’s members.');
  const { from, to, start, end } = dashboardRange(q, today);
  const [coops, work, assigned, times, decisions, partners] = await Promise.all([
    allCoops(db),
    ledgerWork(db, start, end),
    assignedLeads(db, start, end),
    decisionTimes(db, start, end),
    closedDecisions(db, start, end),
    partnerExchange(db, start, end),
  ]);
  const ids = coops.map((c) => c.id);
  const newIds = coops.filter((c) => c.stage === 'new').map((c) => c.id);
  const highNeedIds = coops.filter((c) => c.need === 'high').map((c) => c.id);
  const totals = (key: 'personDays' | 'value', rows = work) => {
    const m = new Map(ids.map((id) => [id, 0]));
    // A co-op's net credit can dip below zero when a reversal outweighs it: count it as no work.
    for (const w of rows) m.set(w.coopId, (m.get(w.coopId) ?? 0) + w[key]);
    return new Map([...m].map(([id, v]) => [id, Math.max(0, v)]));
  };
  const pd = totals('personDays');
  const value = totals('value');

  const entries: LedgerEntry[] = work.map((w) => ({
    coopId: w.coopId,
    date: w.at,
    personDays: w.personDays,
    value: w.value,
  }));
  const opts = { period: q.period, coopIds: ids };
  // giniSeries reads negative amounts as an error: net per co-op and period first, floored at zero.
  const netted = (key: 'personDays' | 'value') => {
    const m = new Map<string, LedgerEntry>();
    for (const e of entries) {
      const k = `${periodLabel(e.date, q.period)}|${e.coopId}`;
      const prev = m.get(k);
      m.set(k, prev ? { ...prev, [key]: prev[key] + e[key] } : { ...e });
    }
    return [...m.values()].map((e) => ({
      ...e,
      personDays: Math.max(0, e.personDays),
      value: Math.max(0, e.value),
    }));
  };
  const giniPd = new Map(
    giniSeries(netted('personDays'), { ...opts, measure: 'personDays' }).map((p) => [p.period, p]),
  );
  const giniV = new Map(giniSeries(netted('value'), { ...opts, measure: 'value' }).map((p) => [p.period, p]));

  const assignedBy = countBy(
    assigned.map((a) => a.at),
    q.period,
  );
  const teamBy = countBy(
    assigned.filter((a) => a.coops > 1).map((a) => a.at),
    q.period,
  );
  const sharedBy = countBy(partners.shared, q.period);
  const receivedBy = countBy(partners.received, q.period);

  const series = periodLabels(from, to, q.period).map((label) => {
    const inPeriod = work.filter((w) => periodLabel(w.at, q.period) === label);
    const p = totals('personDays', inPeriod);
    const days = times.filter((t) => periodLabel(t.decidedAt, q.period) === label).map((t) => t.days);
    const closed = decisions.filter((d) => periodLabel(d.closedAt, q.period) === label);
    return {
      period: label,
      personDays: round(giniPd.get(label)?.total ?? 0, 2),
      value: round(giniV.get(label)?.total ?? 0, 2),
      giniPersonDays: round(giniPd.get(label)?.gini ?? 0),
      giniValue: round(giniV.get(label)?.gini ?? 0),
      shareToNew: round(shareTo(p, newIds)),
      shareToHighNeed: round(shareTo(p, highNeedIds)),
      assignedLeads: assignedBy.get(label) ?? 0,
      interCoopLeads: teamBy.get(label) ?? 0,
      decisions: days.length,
      medianDaysToDecision: days.length ? round(median(days) as number, 2) : null,
      closedDecisions: closed.length,
      votingCoops: new Set(closed.flatMap((d) => d.coopIds)).size,
      sharedWithPartners: sharedBy.get(label) ?? 0,
      receivedFromPartners: receivedBy.get(label) ?? 0,
    };
  });

  const days = times.map((t) => t.days);
  const interCoop = assigned.filter((a) => a.coops > 1).length;
  return {
    from,
    to,
    period: q.period,
    coops: coops.length,
    personDays: measure(pd, newIds, highNeedIds),
    value: {
      ...measure(value, newIds, highNeedIds),
      currencies: [...new Set(work.flatMap((w) => (w.currency ? [w.currency] : [])))].sort(),
    },
    byCoop: coops.map((c) => ({
      slug: c.slug,
      name: c.name,
      stage: c.stage,
      need: c.need,
      personDays: round(pd.get(c.id) ?? 0, 2),
      value: round(value.get(c.id) ?? 0, 2),
    })),
    teams: {
      assignedLeads: assigned.length,
      interCoopLeads: interCoop,
      share: assigned.length ? round(interCoop / assigned.length) : 0,
    },
    timeToDecision: {
      decisions: days.length,
      medianDays: days.length ? round(median(days) as number, 2) : null,
      p90Days: days.length ? round(percentile(days, 90) as number, 2) : null,
    },
    participation: {
      closedDecisions: decisions.length,
      distinctCoops: new Set(decisions.flatMap((d) => d.coopIds)).size,
      meanCoopsPerDecision: decisions.length
        ? round(decisions.reduce((s, d) => s + d.coopIds.length, 0) / decisions.length, 2)
        : null,
      perDecision: decisions.map((d) => ({
        closedAt: d.closedAt,
        coops: d.coopIds.length,
        voters: d.voters,
      })),
    },
    partners: { sharedLeads: partners.shared.length, receivedLeads: partners.received.length },
    series,
  };
}
