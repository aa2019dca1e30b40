import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { createLogger } from '../../lib/log.ts';
import { DEMO_FACILITATOR, DEMO_PASSWORD, demoEmail, seedDemoNetwork } from './demo.ts';

let t: TestApp;
let signIns: Array<{ email: string; password: string; role: string }>;
let ms: number;

beforeAll(async () => {
  t = await testApp();
  const started = performance.now();
  ({ signIns } = await seedDemoNetwork({ db: t.database.db, auth: t.auth, log: createLogger('silent') }));
  ms = performance.now() - started;
});
afterAll(() => t.close());

describe('the demo network', () => {
  it('loads the CoTech co-ops with people and availability, in a few seconds', async () => {
    const r = await t.database.db.execute<{
      coops: number;
      people: number;
      free: number;
      described: number;
    }>(sql`
      select count(*)::int as coops, sum(people_total)::int as people, sum(people_free)::int as free,
        count(*) filter (where description_en like 'Worker co-operative%' and description_es like 'Cooperativa de trabajo%')::int as described
      from coops`);
    expect(r.rows[0]).toMatchObject({ coops: 25, people: 150, described: 25 });
    expect(r.rows[0]!.free).toBeGreaterThan(20);
    expect(ms).toBeLessThan(10_000);
  });

  it('creates a facilitator, and an admin and a member for every co-op', async () => {
    const r = await t.database.db.execute<{ role: string; n: number }>(sql`
      select coalesce(m.role::text, 'network ' || u.role) as role, count(*)::int as n
      from "user" u left join coop_members m on m.user_id = u.id group by 1 order by 1`);
    expect(r.rows).toEqual([
      { role: 'admin', n: 25 },
      { role: 'member', n: 25 },
      { role: 'network admin', n: 1 },
    ]);
    expect(signIns.map((s) => s.email)).toEqual([
      DEMO_FACILITATOR,
      demoEmail('admin', 'outlandish'),
      'member@outlandish.demo.minga.coop',
    ]);
  });

  it('lets the Outlandish member sign in and edit their own availability', async () => {
    const cookie = await t.signIn('member@outlandish.demo.minga.coop', DEMO_PASSWORD);
    const me = await t.database.db.execute<{ id: string; coop: string }>(sql`
      select p.id, c.slug as coop from people p join coops c on c.id = p.coop_id
      join "user" u on u.id = p.user_id where u.email = 'member@outlandish.demo.minga.coop'`);
    expect(me.rows[0]?.coop).toBe('outlandish');
    const res = await t.request(`/api/v1/people/${me.rows[0]!.id}/availability`, {
      method: 'PUT',
      as: cookie,
      json: { availability: 'free', hoursPerWeek: 20, freeFrom: null },
    });
    expect(res.status).toBe(200);
  });

  it('lets the facilitator sign in', async () => {
    await expect(t.signIn(DEMO_FACILITATOR, DEMO_PASSWORD)).resolves.toContain('=');
  });
});
