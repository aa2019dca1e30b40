import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonResponse, problems } from '../../http/router.ts';
import { dashboardCsv } from './dashboard.csv.ts';
import { Dashboard, DashboardCsvQuery, DashboardQuery } from './dashboard.schemas.ts';
import { dashboard } from './dashboard.service.ts';

export function dashboardRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/dashboard',
        tags: ['Fairness'],
        summary: 'Fairness and diversity of the network over a date range',
        description:
          'Distribution of work (person-days and value) as Lorenz curves and Gini coefficients, shares to new and high-need co-ops, inter-co-op teams, time to decision, participation in decisions, and leads exchanged with partner networks, per period.',
        request: { query: DashboardQuery },
        responses: { 200: jsonResponse(Dashboard, 'The dashboard'), ...problems(401, 422) },
      }),
      async (c) => c.json(await dashboard(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/dashboard.csv',
        tags: ['Fairness'],
        summary: 'One dashboard series as CSV',
        request: { query: DashboardCsvQuery },
        responses: {
          200: { description: 'CSV (RFC 4180)', content: { 'text/csv': { schema: z.string() } } },
          ...problems(401, 422),
        },
      }),
      async (c) => {
        const q = c.req.valid('query');
        const d = await dashboard(db, c.get('actor'), q);
        return c.body(dashboardCsv(d, q.series), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="minga-${q.series}-${d.from}-${d.to}.csv"`,
        });
      },
    );
}
