/**
 * Federation on loopback. Fan-out: one shared lead published to 100 partner
 * inboxes (100 minimal receivers in this process, each checking the HTTP
 * signature with @peertube/http-signature), timed from the publishing
 * request to the last delivery. Inbox throughput: signed Create activities
 * from a partner posted to one instance's shared inbox, 20 at a time —
 * accepted per second (signature checked, queued) and processed per second
 * (stored, deduplicated).
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signRequest } from '@fedify/fedify';
import httpSignature from '@peertube/http-signature';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.ts';
import { createAccount, createAuth } from '../src/features/accounts/auth.ts';
import { upsertTerm } from '../src/features/terms/term.queries.ts';
import { CONTEXT } from '../src/federation/vocabulary.ts';
import { createLogger } from '../src/lib/log.ts';
import { startMinga } from '../src/server.ts';
import { fmt, log, scratchDatabase } from './support.ts';

const PARTNERS = Number(process.env.BENCH_PARTNERS ?? 100);
const INBOX_POSTS = Number(process.env.BENCH_INBOX_POSTS ?? 400);
const CONCURRENCY = 20;
const SECRET = 'bench-secret-that-is-long-enough-0123456789';

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

async function freePort() {
  const s = http.createServer();
  const port = await listen(s);
  await new Promise((r) => s.close(r));
  return port;
}

async function until(probe: () => Promise<boolean> | boolean, ms = 120_000) {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function run(): Promise<Record<string, number>> {
  const scratch = await scratchDatabase('federation');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    DATABASE_URL: scratch.url,
    MINGA_DEMO: 'off',
    MINGA_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    FEDERATION_ALLOW_PRIVATE: 'true',
  });
  const mailer = { send: async () => {} };
  const minga = await startMinga(config, {
    log: createLogger('silent'),
    mailer,
    quiet: true,
    webRoot: '/nonexistent',
  });
  try {
    return await measure(url, config, scratch, mailer);
  } finally {
    await minga.close();
    await scratch.close();
  }
}

async function measure(
  url: string,
  config: ReturnType<typeof loadConfig>,
  scratch: Awaited<ReturnType<typeof scratchDatabase>>,
  mailer: { send: () => Promise<void> },
): Promise<Record<string, number>> {
  const db = scratch.database.db;
  const exec = (q: ReturnType<typeof sql>) => db.execute(q);

  // Receivers: one server, PARTNERS inboxes, each verifying the signature against the network's key.
  const arrived = new Map<number, number>();
  let publicKeyPem = '';
  let badSignatures = 0;
  const receivers = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const n = Number(/^\/inbox\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
      try {
        if (!httpSignature.verifySignature(httpSignature.parseRequest(req, { clockSkew: 600 }), publicKeyPem))
          badSignatures++;
      } catch {
        badSignatures++;
      }
      if (n >= 0 && !arrived.has(n)) arrived.set(n, performance.now());
      res.writeHead(202);
      res.end();
    });
  });
  const rport = await listen(receivers);
  const actor = (await (
    await fetch(`${url}/ap/network`, { headers: { accept: 'application/activity+json' } })
  ).json()) as { publicKey: { publicKeyPem: string } };
  publicKeyPem = actor.publicKey.publicKeyPem;

  for (let i = 0; i < PARTNERS; i++) {
    const actorId = `http://127.0.0.1:${rport}/actors/${i}`;
    await exec(sql`insert into partnerships (remote_actor_id, remote_name, remote_host, inbox, direction, status, follow_activity_id)
      values (${actorId}, ${`Partner ${i}`}, ${`127.0.0.1:${rport}`}, ${`http://127.0.0.1:${rport}/inbox/${i}`}, 'incoming', 'active', ${`${actorId}#follow`})`);
  }
  await upsertTerm(db, 'technology', { slug: 'react', name: 'React' }, []);
  await exec(sql`insert into coops (slug, name) values ('finder', 'Finder')`);
  const auth = createAuth({ db, config, mailer, secret: SECRET });
  await createAccount(auth, {
    email: 'admin@bench.coop',
    name: 'admin',
    password: 'correct horse battery',
    role: 'admin',
  });
  const signIn = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: 'admin@bench.coop', password: 'correct horse battery' }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const api = (path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url, cookie },
      body: JSON.stringify(body),
    });
  const lead = await api('/api/v1/leads', {
    title: 'Benchmark lead',
    description: 'Shared with every partner.',
    finderCoop: 'finder',
    profiles: [{ count: 2, technology: 'React', minSeniority: 'senior' }],
    visibility: { partners: true },
  });
  if (lead.status !== 201) throw new Error(`lead: ${lead.status} ${await lead.text()}`);
  const { id } = (await lead.json()) as { id: string };

  log(`  fan-out to ${PARTNERS} partner inboxes…`);
  const t0 = performance.now();
  const open = await api(`/api/v1/leads/${id}/transitions`, { to: 'open' });
  if (open.status !== 200) throw new Error(`open: ${open.status} ${await open.text()}`);
  await until(() => arrived.size >= PARTNERS);
  const fanoutMs = Math.max(...arrived.values()) - t0;
  log(`  all ${PARTNERS} delivered in ${fmt(fanoutMs, 0)} ms (${badSignatures} bad signatures)`);

  // Inbox throughput: one partner posts many signed Creates to our shared inbox.
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const partnerServer = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/activity+json' });
    res.end(JSON.stringify(partnerDoc));
  });
  const pport = await listen(partnerServer);
  const partnerId = `http://localhost:${pport}/actor`;
  const partnerDoc = {
    '@context': ['https://www.w3.org/ns/activitystreams', 'https://w3id.org/security/v1'],
    id: partnerId,
    type: 'Group',
    preferredUsername: 'network',
    inbox: `${partnerId}/inbox`,
    publicKey: {
      id: `${partnerId}#main-key`,
      owner: partnerId,
      publicKeyPem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
  };
  await exec(sql`insert into partnerships (remote_actor_id, remote_name, remote_host, inbox, direction, status, follow_activity_id)
    values (${partnerId}, 'Bench partner', ${`localhost:${pport}`}, ${`${partnerId}/inbox`}, 'incoming', 'active', ${`${partnerId}#follow`})`);
  const privateKey = await crypto.subtle.importKey(
    'pkcs8',
    keys.privateKey.export({ type: 'pkcs8', format: 'der' }),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    true,
    ['sign'],
  );
  log(`  signing ${INBOX_POSTS} activities…`);
  const requests: Array<{ headers: Headers; body: string }> = [];
  for (let i = 0; i < INBOX_POSTS; i++) {
    const objectId = `http://localhost:${pport}/ap/leads/${randomUUID()}`;
    const body = JSON.stringify({
      '@context': CONTEXT,
      id: `http://localhost:${pport}/ap/activities/${randomUUID()}`,
      type: 'Create',
      actor: partnerId,
      to: [`${url}/ap/network`],
      object: {
        id: objectId,
        type: 'Page',
        name: `Partner lead ${i}`,
        leadStatus: 'open',
        languages: ['en'],
      },
    });
    const signed = await signRequest(
      new Request(`${url}/ap/inbox`, {
        method: 'POST',
        headers: { 'content-type': 'application/activity+json' },
        body,
      }),
      privateKey,
      new URL(`${partnerId}#main-key`),
      { spec: 'draft-cavage-http-signatures-12' },
    );
    requests.push({ headers: signed.headers, body });
  }
  let next = 0;
  let accepted = 0;
  const t1 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const r = requests[next++]!;
        const res = await fetch(`${url}/ap/inbox`, { method: 'POST', headers: r.headers, body: r.body });
        await res.arrayBuffer();
        if (res.status === 202) accepted++;
      }
    }),
  );
  const acceptMs = performance.now() - t1;
  const stored = async () =>
    Number(
      (
        (await exec(sql`select count(*)::int as n from remote_leads where origin_actor_id = ${partnerId}`))
          .rows[0] as {
          n: number;
        }
      ).n,
    );
  await until(async () => (await stored()) >= accepted, 300_000);
  const processMs = performance.now() - t1;
  log(
    `  inbox: ${accepted}/${INBOX_POSTS} accepted, ${fmt((accepted / acceptMs) * 1000, 0)}/s accepted, ${fmt((accepted / processMs) * 1000, 0)}/s processed`,
  );

  await Promise.all([new Promise((r) => receivers.close(r)), new Promise((r) => partnerServer.close(r))]);
  return {
    fanout_partners: PARTNERS,
    fanout_all_delivered_ms: Math.round(fanoutMs),
    fanout_bad_signatures: badSignatures,
    inbox_posts: INBOX_POSTS,
    inbox_accepted_per_s: Math.round((accepted / acceptMs) * 1000),
    inbox_processed_per_s: Math.round((accepted / processMs) * 1000),
  };
}

if (import.meta.main) {
  console.log(JSON.stringify(await run(), null, 2));
}
