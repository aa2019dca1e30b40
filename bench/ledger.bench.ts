/**
 * The fairness ledger at a year of history: 10,000 co-ops, 20,000 assigned
 * leads and ~30,000 ledger entries spread over 365 days. Times the queries a
 * recommendation and the ledger page make: work received by 1,000 interested
 * co-ops, whole-network figures, and one page of per-co-op totals (as a member
 * and as a network admin, whose budget visibility differs).
 */
import { sql } from 'drizzle-orm';
import { coopTotalsPage, networkFigures, receivedByCoop } from '../src/features/allocation/ledger.queries.ts';
import type { Actor } from '../src/http/context.ts';
import { fmt, log, scratchDatabase, summarise } from './support.ts';

const COOPS = 10_000;
const LEADS = 20_000;
const ROUNDS = 40;

async function time(name: string, fn: () => Promise<unknown>, figures: Record<string, number>) {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  const s = summarise(samples);
  figures[`${name}_p50_ms`] = s.p50;
  figures[`${name}_p99_ms`] = s.p99;
  log(`  ${name.padEnd(28)} p50 ${fmt(s.p50)} ms  p99 ${fmt(s.p99)} ms  (${ROUNDS} calls)`);
}

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  log(`ledger: seeding ${COOPS} co-ops, ${LEADS} leads and a year of entries…`);
  const s = await scratchDatabase('bench-ledger');
  try {
    const db = s.database.db;
    await db.execute(sql`
      insert into coops (slug, name, headcount, stage)
      select 'coop-' || i, 'Coop ' || i, 2 + i % 20, (array['new','growing','stable'])[1 + i % 3]::coop_stage
      from generate_series(1, ${COOPS}) i`);
    await db.execute(sql`
      insert into leads (title, status, budget_visibility, published_at, effort_person_days, budget_max, currency)
      select 'Lead ' || i, 'delivered', (array['network','private'])[1 + i % 2],
        now() - ((i % 365) || ' days')::interval, 5 + i % 60, 1000 * (1 + i % 50), 'EUR'
      from generate_series(1, ${LEADS}) i`);
    await db.execute(sql`
      insert into ledger_entries (coop_id, lead_id, kind, share, person_days, value, currency, at)
      select c.id, l.id, 'assigned', x.share, l.effort_person_days * x.share, l.budget_max * x.share, 'EUR', l.published_at
      from (select id, effort_person_days, budget_max, published_at, row_number() over (order by id) as n from leads) l
      join lateral (values (1, case when l.n % 2 = 0 then 0.5 else 1 end), (2, 0.5)) x(k, share)
        on x.k = 1 or l.n % 2 = 0
      join coops c on c.slug = 'coop-' || (1 + (abs(hashtext(l.id::text || x.k::text)) % ${COOPS}))`);
    await db.execute(sql`analyze`);
    const n = await db.execute<{ n: number }>(sql`select count(*)::int as n from ledger_entries`);
    figures.entries = n.rows[0]!.n;
    log(`  ${figures.entries} ledger entries over 365 days`);

    const to = new Date();
    const from = new Date(to.getTime() - 365 * 86_400_000);
    const interested = (
      await db.execute<{ id: string }>(sql`select id from coops order by md5(id::text) limit 1000`)
    ).rows.map((r) => r.id);
    const member: Actor = {
      kind: 'user',
      userId: 'bench',
      name: 'Bench',
      email: 'bench@example.coop',
      networkRole: 'member',
      coops: new Map([[interested[0]!, 'member']]),
      personId: null,
    };
    const admin: Actor = { ...member, networkRole: 'admin' };
    await time('received_by_1000_coops', () => receivedByCoop(db, interested, from, to), figures);
    await time('network_figures', () => networkFigures(db, from, to), figures);
    await time(
      'totals_page_member',
      () => coopTotalsPage(db, member, { from, to, limit: 20, offset: 0 }),
      figures,
    );
    await time(
      'totals_page_admin',
      () => coopTotalsPage(db, admin, { from, to, limit: 20, offset: 0 }),
      figures,
    );
  } finally {
    await s.close();
  }
  return figures;
}

if (import.meta.main) {
  console.log(JSON.stringify(await run(), null, 2));
}
