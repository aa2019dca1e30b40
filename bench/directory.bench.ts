/**
 * Directory search under load: 10,000 co-ops and 100,000 people, searched over
 * HTTP by 50 autocannon connections on loopback, beside the same SQL issued
 * straight through `pg` by 50 clients (the floor). Then start-up time and
 * memory of `minga serve` on an existing data folder.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { CoopFilter } from '../src/features/coops/coop.queries.ts';
import { searchCoopsQuery } from '../src/features/coops/coop.queries.ts';
import {
  fmt,
  log,
  postgresPssMb,
  rssMb,
  type Scratch,
  scratchDatabase,
  startServer,
  stopServer,
  summarise,
} from './support.ts';

const COOPS = Number(process.env.BENCH_COOPS ?? 10_000);
const PEOPLE_PER_COOP = 10;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;

export async function seed(s: Scratch) {
  const t = performance.now();
  const run = (q: ReturnType<typeof sql>) => s.database.db.execute(q);
  await run(
    sql`insert into terms (kind, slug, name) select 'technology', 'tech-' || i, 'Tech ' || i from generate_series(1, 120) i`,
  );
  await run(
    sql`insert into terms (kind, slug, name) select 'service', 'service-' || i, 'Service ' || i from generate_series(1, 40) i`,
  );
  await run(
    sql`insert into term_aliases (kind, key, term_id) select kind, replace(slug, '-', ''), id from terms`,
  );
  await run(sql`
    insert into coops (slug, name, description_en, description_es, country, city, languages, headcount, stage, need)
    select 'coop-' || i,
      'Coop ' || i || ' ' || (array['Digital','Software','Web','Data','Studio','Tech','Labs'])[1 + i % 7],
      'Worker co-operative building ' || (array['websites','software','data platforms','mobile apps','infrastructure'])[1 + i % 5] || ' for ' || (array['charities','councils','unions','co-operatives','universities'])[1 + (i / 5) % 5],
      'Cooperativa de trabajo que construye ' || (array['sitios web','software','plataformas de datos','aplicaciones','infraestructura'])[1 + i % 5],
      (array['GB','AR','ES','US','DE','FR','BR','UY'])[1 + i % 8], 'City ' || (i % 300),
      case when i % 3 = 0 then array['es','en'] else array['en'] end,
      ${PEOPLE_PER_COOP}, (array['new','growing','stable'])[1 + i % 3]::coop_stage, (array['low','medium','high'])[1 + (i / 3) % 3]::coop_need
    from generate_series(1, ${COOPS}) i`);
  log(`  seeded ${COOPS} co-ops`);
  await run(sql`
    insert into coop_terms (coop_id, term_id)
    select c.id, t.id from coops c
    join lateral (select id from terms where kind = 'technology' order by md5(c.slug || id::text) limit 8) t on true`);
  await run(sql`
    insert into coop_terms (coop_id, term_id)
    select c.id, t.id from coops c
    join lateral (select id from terms where kind = 'service' order by md5(c.slug || id::text) limit 3) t on true`);
  await run(sql`
    insert into people (coop_id, name, languages, availability, hours_per_week)
    select c.id, 'Person ' || g || ' of ' || c.slug, c.languages,
      (case when (abs(hashtext(c.slug)) + g) % 10 < 3 then 'free' when (abs(hashtext(c.slug)) + g) % 10 < 5 then 'could_be_free' else 'busy' end)::availability,
      ((abs(hashtext(c.slug)) + g) % 5) * 8
    from coops c, generate_series(1, ${PEOPLE_PER_COOP}) g`);
  log(`  seeded ${COOPS * PEOPLE_PER_COOP} people`);
  await run(sql`
    insert into person_skills (person_id, term_id, seniority, years)
    select p.id, t.term_id, (array['junior','semi_senior','senior','expert'])[1 + abs(hashtext(p.id::text || t.term_id::text)) % 4]::seniority,
      abs(hashtext(p.id::text)) % 15
    from people p
    join lateral (select ct.term_id from coop_terms ct join terms tt on tt.id = ct.term_id
                  where ct.coop_id = p.coop_id and tt.kind = 'technology'
                  order by md5(p.id::text || ct.term_id::text) limit 3) t on true`);
  await run(sql`
    update coops c set people_total = s.total, people_free = s.free, people_could_be_free = s.could
    from (select coop_id, count(*)::int total, count(*) filter (where availability = 'free')::int free,
                 count(*) filter (where availability = 'could_be_free')::int could from people group by coop_id) s
    where s.coop_id = c.id`);
  await run(sql`
    insert into coop_skills (coop_id, term_id, best, juniors, semi_seniors, seniors, experts)
    select p.coop_id, ps.term_id, max(ps.seniority),
      count(*) filter (where ps.seniority = 'junior')::int, count(*) filter (where ps.seniority = 'semi_senior')::int,
      count(*) filter (where ps.seniority = 'senior')::int, count(*) filter (where ps.seniority = 'expert')::int
    from people p join person_skills ps on ps.person_id = p.id group by p.coop_id, ps.term_id`);
  await run(sql`analyze`);
  log(`  seeded skills and availability in ${fmt((performance.now() - t) / 1000)} s`);
}

interface Scenario {
  name: string;
  path: string;
  filter: (techId: (slug: string) => Promise<string>) => Promise<CoopFilter>;
}

const scenarios: Scenario[] = [
  {
    name: 'technology filter',
    path: '/api/v1/coops?technology=tech-7',
    filter: async (id) => ({
      technologyIds: [await id('tech-7')],
      serviceIds: [],
      sort: 'name',
      page: 1,
      pageSize: 20,
    }),
  },
  {
    name: 'full text + country',
    path: '/api/v1/coops?q=charities&country=AR',
    filter: async () => ({
      q: 'charities',
      country: 'AR',
      technologyIds: [],
      serviceIds: [],
      sort: 'name',
      page: 1,
      pageSize: 20,
    }),
  },
];

/** 50 concurrent callers through a pool of the server's size (10), so only HTTP and JSON differ. */
async function floor(url: string, text: string, values: unknown[]) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const samples: number[] = [];
  const end = performance.now() + DURATION * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await pool.query(text, values);
        samples.push(performance.now() - t);
      }
    }),
  );
  await pool.end();
  return { ...summarise(samples), rps: samples.length / DURATION };
}

export async function run(): Promise<Record<string, number>> {
  const { default: autocannon } = await import('autocannon');
  const figures: Record<string, number> = {};
  log(`directory: seeding ${COOPS} co-ops × ${PEOPLE_PER_COOP} people…`);
  const s = await scratchDatabase('bench-directory');
  try {
    await seed(s);
    const server = await startServer({ DATABASE_URL: s.url, MINGA_DEMO: 'off', MINGA_DATA_DIR: s.dataDir });
    try {
      const dialect = (
        s.database.db as unknown as {
          dialect: { sqlToQuery(q: unknown): { sql: string; params: unknown[] } };
        }
      ).dialect;
      const techId = async (slug: string) =>
        (await s.database.db.execute<{ id: string }>(sql`select id from terms where slug = ${slug}`)).rows[0]!
          .id;
      for (const sc of scenarios) {
        const res = await fetch(server.url + sc.path);
        const body = (await res.json()) as { total: number };
        log(
          `  ${sc.name}: ${body.total} matching co-ops; HTTP load for ${DURATION} s at ${CONNECTIONS} connections…`,
        );
        const http = await autocannon({
          url: server.url + sc.path,
          connections: CONNECTIONS,
          duration: DURATION,
        });
        const q = dialect.sqlToQuery(searchCoopsQuery(await sc.filter(techId)));
        log(`  ${sc.name}: same SQL through pg for ${DURATION} s…`);
        const f = await floor(s.url, q.sql, q.params);
        const key = sc.name.replace(/\W+/g, '_');
        figures[`${key}_http_p50_ms`] = http.latency.p50;
        figures[`${key}_http_p99_ms`] = http.latency.p99;
        figures[`${key}_http_rps`] = http.requests.average;
        figures[`${key}_sql_p50_ms`] = f.p50;
        figures[`${key}_sql_p99_ms`] = f.p99;
        figures[`${key}_p99_ratio`] = http.latency.p99 / f.p99;
        log(
          `  ${sc.name.padEnd(22)} HTTP p50 ${fmt(http.latency.p50)} ms p99 ${fmt(http.latency.p99)} ms (${fmt(http.requests.average, 0)} req/s)` +
            ` | SQL p50 ${fmt(f.p50)} ms p99 ${fmt(f.p99)} ms | p99 ratio ${fmt(http.latency.p99 / f.p99, 2)}×` +
            (http.non2xx ? ` | ${http.non2xx} non-2xx!` : ''),
        );
      }
    } finally {
      await stopServer(server.child);
    }

    await s.stop();
    log('  start-up on an existing data folder…');
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const sv = await startServer({ MINGA_DATA_DIR: s.dataDir, DATABASE_URL: undefined, MINGA_DEMO: 'off' });
      let ok = false;
      while (!ok) ok = (await fetch(`${sv.url}/api/v1/coops`)).ok;
      starts.push(performance.now() - started);
      if (i === 2) {
        for (let k = 0; k < 50; k++) await fetch(`${sv.url}/api/v1/coops?technology=tech-${1 + (k % 100)}`);
        figures.node_rss_mb = await rssMb(sv.child.pid!);
        figures.postgres_pss_mb = await postgresPssMb(s.dataDir);
        figures.total_memory_mb = figures.node_rss_mb + figures.postgres_pss_mb;
      }
      await stopServer(sv.child);
    }
    figures.startup_to_first_answer_ms = summarise(starts).p50;
    const f = (k: string, d = 1) => fmt(figures[k] ?? Number.NaN, d);
    log(
      `  start to first answer ${f('startup_to_first_answer_ms', 0)} ms (median of 3); memory Node RSS ${f('node_rss_mb')} MB + PostgreSQL PSS ${f('postgres_pss_mb')} MB = ${f('total_memory_mb')} MB`,
    );
  } finally {
    await s.close();
  }
  return figures;
}

if (import.meta.main) {
  console.log(JSON.stringify(await run(), null, 2));
}
