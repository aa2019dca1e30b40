/** Request and response shapes of the fairness and diversity dashboard. */
import { z } from '@hono/zod-openapi';

const Day = z.iso.date().openapi({ example: '2026-01-01' });

export const DashboardQuery = z.object({
  /** First day included; default a year before `to`. */
  from: Day.optional(),
  /** Last day included; default today. */
  to: Day.optional(),
  period: z.enum(['month', 'quarter', 'year']).default('month'),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const DASHBOARD_SERIES = [
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
export const DashboardCsvQuery = DashboardQuery.extend({ series: z.enum(DASHBOARD_SERIES) });

const Lorenz = z.array(z.object({ population: z.number(), share: z.number() }));
const Measure = z.object({
  total: z.number(),
  /** Population Gini over every co-op of the network, zero-work co-ops included. */
  gini: z.number(),
  lorenz: Lorenz,
  toNew: z.number(),
  toHighNeed: z.number(),
});

export const DashboardPeriod = z
  .object({
    period: z.string(),
    personDays: z.number(),
    value: z.number(),
    giniPersonDays: z.number(),
    giniValue: z.number(),
    shareToNew: z.number(),
    shareToHighNeed: z.number(),
    assignedLeads: z.number().int(),
    interCoopLeads: z.number().int(),
    decisions: z.number().int(),
    medianDaysToDecision: z.number().nullable(),
    closedDecisions: z.number().int(),
    votingCoops: z.number().int(),
    sharedWithPartners: z.number().int(),
    receivedFromPartners: z.number().int(),
  })
  .openapi('DashboardPeriod');

export const Dashboard = z
  .object({
    from: z.string(),
    to: z.string(),
    period: z.enum(['month', 'quarter', 'year']),
    coops: z.number().int(),
    personDays: Measure,
    value: Measure.extend({ currencies: z.array(z.string()) }),
    byCoop: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        stage: z.string(),
        need: z.string(),
        personDays: z.number(),
        value: z.number(),
      }),
    ),
    teams: z.object({ assignedLeads: z.number().int(), interCoopLeads: z.number().int(), share: z.number() }),
    timeToDecision: z.object({
      decisions: z.number().int(),
      medianDays: z.number().nullable(),
      p90Days: z.number().nullable(),
    }),
    participation: z.object({
      closedDecisions: z.number().int(),
      /** Co-ops that voted in at least one decision of the range. */
      distinctCoops: z.number().int(),
      meanCoopsPerDecision: z.number().nullable(),
      perDecision: z.array(
        z.object({ closedAt: z.string(), coops: z.number().int(), voters: z.number().int() }),
      ),
    }),
    partners: z.object({ sharedLeads: z.number().int(), receivedLeads: z.number().int() }),
    series: z.array(DashboardPeriod),
  })
  .openapi('Dashboard');
export type Dashboard = z.infer<typeof Dashboard>;
