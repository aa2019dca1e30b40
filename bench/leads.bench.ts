/**
 * Leads under load: 100,000 leads and 1,000,000 interests over the
 * directory benchmark's 10,000 co-ops. The open-leads list and a full-text
 * lead search, signed in, by 50 autocannon connections on loopback, beside
 * the same statement issued straight through `pg` (the floor, through a pool
 * of the server's size) as a p99 ratio. Then matching one newly published
 * lead against the 10,000 co-ops: the candidate query plus the engine, per
 * lead; and the engine alone over 10,000 candidates.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { type CandidateCoop, matchLead } from '../src/engine/matching/match-lead.ts';
import { SENIORITIES, type Seniority } from '../src/engine/vocabulary.ts';
import { createAccount, createAuth } from '../src/features/accounts/auth.ts';
import { candidateCoops, leadForMatching } from '../src/features/notifications/matching.queries.ts';
import { MATCH_LIMIT, MATCH_THRESHOLD } from '../src/features/notifications/outbox.published.ts';
import { seed as seedDirectory } from './directory.bench.ts';
import {
  fmt,
  log,
  root,
  type Scratch,
  scratchDatabase,
  startServer,
  stopServer,
  summarise,
} from './support.ts';

const COOPS = Number(process.env.BENCH_COOPS ?? 10_000);
const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const INTERESTS_PER_LEAD = 10;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const MATCH_RUNS = 50;
const PASSWORD = 'bench password 0123';

const WORDS = [
  'tenant',
  'portal',
  'housing',
  'energy',
  'union',
  'archive',
  'clinic',
  'school',
  'market',
  'transit',
];
const KINDS = ['website', 'platform', 'app', 'dashboard', 'migration', 'integration', 'audit', 'redesign'];

async function seedLeads(s: Scratch) {
  const t = performance.now();
  const run = (q: ReturnType<typeof sql>) => s.database.db.execute(q);
  await run(sql`
    insert into leads (title, description, status, client_organisation, client_contact_name, client_email,
                       finder_coop_id, budget_min, budget_max, currency, mode, effort_person_days, start_date,
                       languages, remote, scope, visibility, tags, published_at, created_at)
    select initcap(${sql.raw(`(array['${WORDS.join("','")}'])`)}[1 + i % 10]) || ' ' ||
             ${sql.raw(`(array['${KINDS.join("','")}'])`)}[1 + (i / 10) % 8] || ' ' || i,
      'We need a ' || ${sql.raw(`(array['${KINDS.join("','")}'])`)}[1 + i % 8] || ' for our ' ||
             ${sql.raw(`(array['${WORDS.join("','")}'])`)}[1 + (i / 7) % 10] || ' work, accessible and fast.',
      (case when i % 10 < 3 then 'open' when i % 10 < 4 then 'deciding' when i % 10 < 5 then 'draft'
            when i % 10 < 6 then 'in_triage' when i % 10 < 8 then 'delivered' else 'lost' end)::lead_status,
      'Client org ' || (i % 5000), 'Contact ' || i, 'contact' || i || '@client.example',
      (select id from coops where slug = 'coop-' || (1 + i % ${sql.raw(String(COOPS))})),
      10000 + (i % 50) * 1000, 20000 + (i % 50) * 1000, 'EUR',
      (array['fixed_price','time_and_materials','staff_augmentation','unknown'])[1 + i % 4]::lead_mode,
      10 + i % 200, date '2030-01-01' + (i % 365),
      case when i % 3 = 0 then array['es'] else array['en'] end, i % 2 = 0,
      (array['single_coop','team','consortium'])[1 + i % 3]::lead_scope,
      case when i % 10 = 9 then 'chosen' else 'network' end,
      jsonb_build_array(${sql.raw(`(array['${WORDS.join("','")}'])`)}[1 + (i / 3) % 10]),
      case when i % 10 in (4, 5) then null else now() - (i || ' minutes')::interval end,
      now() - (i || ' minutes')::interval
    from generate_series(1, ${LEADS}) i`);
  log(`  seeded ${LEADS} leads in ${fmt((performance.now() - t) / 1000)} s`);
  await run(sql`
    with n as (select id, row_number() over (order by created_at) as i from leads)
    insert into lead_profiles (lead_id, position, count, technology_id, min_seniority)
    select n.id, p, 1 + (n.i + p) % 3, (select id from terms where slug = 'tech-' || (1 + (n.i * 7 + p * 13) % 120)),
      (array['junior','semi_senior','senior','expert'])[1 + (n.i + p) % 4]::seniority
    from n, generate_series(0, 1) p`);
  await run(sql`
    with n as (select id, row_number() over (order by created_at) as i from leads where visibility = 'chosen')
    insert into lead_visible_coops (lead_id, coop_id)
    select n.id, c.id from n join coops c on c.slug in ('coop-' || (1 + n.i % ${COOPS}), 'coop-' || (1 + (n.i * 3) % ${COOPS}))
    on conflict do nothing`);
  const ti = performance.now();
  // 80 % of the leads are published; each gets up to 13 interests, capped at the total asked for.
  await run(sql`
    with n as (select id, row_number() over (order by created_at) as i from leads where published_at is not null),
         c as (select id, row_number() over (order by slug) as k from coops)
    insert into lead_interests (lead_id, coop_id, available_from, hours_per_week, capacity_person_days, need, fit, role)
    select n.id, c.id, date '2030-01-01' + ((n.i + g) % 200)::int, 10 + (g % 4) * 10, 5 + (n.i + g) % 60,
      (array['low','medium','high'])[1 + (n.i + g) % 3]::coop_need, 'We fit.',
      (array['lead','partner','subcontractor'])[1 + g % 3]::interest_role
    from n cross join generate_series(1, 13) g
    join c on c.k = 1 + (n.i * 37 + g * 997) % ${COOPS}::int
    limit ${LEADS * INTERESTS_PER_LEAD}::int`);
  await run(sql`analyze`);
  const [{ n: interests } = { n: 0 }] = (
    await s.database.db.execute<{ n: number }>(sql`select count(*)::int as n from lead_interests`)
  ).rows;
  log(`  seeded ${interests} interests in ${fmt((performance.now() - ti) / 1000)} s`);
  return interests;
}

/** A member of coop-1, created with the app's own account code; signed in over HTTP by the caller. */
async function benchAccount(s: Scratch) {
  const config = loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://localhost:3000' });
  const auth = createAuth({
    db: s.database.db,
    config,
    mailer: { send: async () => {} },
    secret: 'bench-secret-0123456789-abcdefghij',
  });
  const { id } = await createAccount(auth, {
    email: 'bench@coop-1.example',
    name: 'Bench',
    password: PASSWORD,
    role: 'member',
  });
  await s.database.db.execute(sql`insert into coop_members (coop_id, user_id, role)
    select id, ${id}, 'member' from coops where slug = 'coop-1'`);
  const [coop] = (
    await s.database.db.execute<{ id: string }>(sql`select id from coops where slug = 'coop-1'`)
  ).rows;
  return { userId: id, coopId: coop!.id };
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    // `serve --port 0` trusts http://localhost:0 as its public origin (it learns the real port later).
    headers: { 'content-type': 'application/json', origin: 'http://localhost:0' },
    body: JSON.stringify({ email: 'bench@coop-1.example', password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** 50 concurrent callers through a pool of the server's size (10), so only HTTP, JSON and the app differ. */
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

/** The lead search's statement as a member of one co-op issues it (lead.search.ts, visibleLeadsSql). */
function floorSql(userId: string, coopId: string, q: string | null) {
  const visible = `(l.finder_coop_id = any($1::uuid[]) or l.created_by = $2
    or exists (select 1 from lead_assigned_coops x where x.lead_id = l.id and x.coop_id = any($1::uuid[]))
    or (l.published_at is not null and (l.visibility = 'network'
      or exists (select 1 from lead_visible_coops x where x.lead_id = l.id and x.coop_id = any($1::uuid[])))))`;
  const values: unknown[] = [`{${coopId}}`, userId];
  if (q === null)
    return {
      text: `select l.id, count(*) over () as total from leads l where ${visible} and l.status::text = any($3::text[])
        order by coalesce(l.published_at, l.created_at) desc, l.id limit 20 offset 0`,
      values: [...values, '{open}'],
    };
  const en = `websearch_to_tsquery('english'::regconfig, $3)`;
  const es = `websearch_to_tsquery('spanish'::regconfig, $3)`;
  return {
    text: `select l.id, count(*) over () as total from leads l
      where ${visible} and (l.search_en @@ ${en} or l.search_es @@ ${es})
      order by greatest(ts_rank(l.search_en, ${en}), ts_rank(l.search_es, ${es})) desc,
        coalesce(l.published_at, l.created_at) desc, l.id limit 20 offset 0`,
    values: [...values, q],
  };
}

async function matching(s: Scratch, figures: Record<string, number>) {
  const db = s.database.db;
  const today = new Date().toISOString().slice(0, 10);
  const samples: number[] = [];
  let candidates = 0;
  let told = 0;
  for (let k = 0; k < MATCH_RUNS; k++) {
    // A new lead asking for three technologies, as publishing one would leave it.
    const [row] = (
      await db.execute<{ id: string }>(sql`
        insert into leads (title, status, visibility, languages, start_date, published_at)
        values ('New lead ' || ${k}, 'open', 'network', array['en'], date '2030-03-01', now()) returning id`)
    ).rows;
    await db.execute(sql`
      insert into lead_profiles (lead_id, position, count, technology_id, min_seniority)
      select ${row!.id}, p, 1 + p % 2, (select id from terms where slug = 'tech-' || (1 + (${k} * 11 + p * 41) % 120)),
        (array['semi_senior','senior','junior'])[1 + p]::seniority
      from generate_series(0, 2) p`);
    const t = performance.now();
    const lead = await leadForMatching(db, row!.id);
    const coops = await candidateCoops(db, lead!);
    const fit = matchLead(lead!, coops, { today, threshold: MATCH_THRESHOLD, limit: MATCH_LIMIT });
    samples.push(performance.now() - t);
    candidates += coops.length;
    told += fit.length;
  }
  const m = summarise(samples);
  figures.matching_ms_per_lead_p50 = m.p50;
  figures.matching_ms_per_lead_p99 = m.p99;
  figures.matching_candidates_per_lead = candidates / MATCH_RUNS;
  figures.matching_coops_told_per_lead = told / MATCH_RUNS;
  log(
    `  matching (SQL + engine): p50 ${fmt(m.p50)} ms, p99 ${fmt(m.p99)} ms per lead; ` +
      `${fmt(candidates / MATCH_RUNS, 0)} candidate co-ops, ${fmt(told / MATCH_RUNS, 0)} told (limit ${MATCH_LIMIT})`,
  );

  // The engine alone, every one of 10,000 co-ops a candidate.
  const all: CandidateCoop[] = Array.from({ length: 10_000 }, (_, i) => ({
    id: `coop-${i}`,
    headcount: 10,
    free: i % 4,
    couldBeFree: i % 3 ? ['2030-02-01', null] : [],
    languages: i % 3 ? ['en'] : ['es', 'en'],
    skills: new Map(
      Array.from({ length: 3 }, (_, j) => [
        `tech-${(i + j * 7) % 12}`,
        Object.fromEntries(SENIORITIES.map((l, r) => [l, (i + j + r) % 3])) as Record<Seniority, number>,
      ]),
    ),
  }));
  const lead = {
    profiles: [
      { technology: 'tech-1', minSeniority: 'senior' as const, count: 2 },
      { technology: 'tech-8', minSeniority: 'junior' as const, count: 1 },
    ],
    languages: ['en'],
    startDate: '2030-03-01',
  };
  const engine: number[] = [];
  for (let k = 0; k < 20; k++) {
    const t = performance.now();
    matchLead(lead, all, { today, threshold: MATCH_THRESHOLD, limit: MATCH_LIMIT });
    engine.push(performance.now() - t);
  }
  figures.engine_ms_10k_coops_p50 = summarise(engine).p50;
  log(`  engine alone over 10,000 candidate co-ops: p50 ${fmt(figures.engine_ms_10k_coops_p50, 2)} ms`);
}

export async function run(): Promise<Record<string, number>> {
  const { default: autocannon } = await import('autocannon');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts'), '--server-only'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('could not build the server');
  const figures: Record<string, number> = {};
  log(`leads: seeding the directory, ${LEADS} leads and ${LEADS * INTERESTS_PER_LEAD} interests…`);
  const s = await scratchDatabase('bench-leads');
  try {
    await seedDirectory(s);
    figures.interests = await seedLeads(s);
    figures.leads = LEADS;
    const who = await benchAccount(s);
    const server = await startServer({ DATABASE_URL: s.url, MINGA_DEMO: 'off', MINGA_DATA_DIR: s.dataDir });
    try {
      const cookie = await signIn(server.url);
      const scenarios = [
        { name: 'open leads', path: '/api/v1/leads?status=open', q: null },
        { name: 'search', path: '/api/v1/leads?q=tenant%20portal', q: 'tenant portal' },
      ];
      for (const sc of scenarios) {
        const res = await fetch(server.url + sc.path, { headers: { cookie } });
        const body = (await res.json()) as { total: number };
        if (!res.ok) throw new Error(`${sc.path}: ${res.status}`);
        log(`  ${sc.name}: ${body.total} leads; HTTP load for ${DURATION} s at ${CONNECTIONS} connections…`);
        const http = await autocannon({
          url: server.url + sc.path,
          connections: CONNECTIONS,
          duration: DURATION,
          headers: { cookie },
        });
        const q = floorSql(who.userId, who.coopId, sc.q);
        const f = await floor(s.url, q.text, q.values);
        const key = sc.name.replace(/\W+/g, '_');
        figures[`${key}_matching`] = body.total;
        figures[`${key}_http_p50_ms`] = http.latency.p50;
        figures[`${key}_http_p99_ms`] = http.latency.p99;
        figures[`${key}_http_rps`] = http.requests.average;
        figures[`${key}_sql_p50_ms`] = f.p50;
        figures[`${key}_sql_p99_ms`] = f.p99;
        figures[`${key}_p99_ratio`] = http.latency.p99 / f.p99;
        log(
          `  ${sc.name.padEnd(12)} HTTP p50 ${fmt(http.latency.p50)} ms p99 ${fmt(http.latency.p99)} ms (${fmt(http.requests.average, 0)} req/s)` +
            ` | SQL p50 ${fmt(f.p50)} ms p99 ${fmt(f.p99)} ms | p99 ratio ${fmt(http.latency.p99 / f.p99, 2)}×` +
            (http.non2xx ? ` | ${http.non2xx} non-2xx!` : ''),
        );
      }
    } finally {
      await stopServer(server.child);
    }
    await matching(s, figures);
  } finally {
    await s.close();
  }
  return figures;
}

if (import.meta.main) {
  console.log(JSON.stringify(await run(), null, 2));
}
