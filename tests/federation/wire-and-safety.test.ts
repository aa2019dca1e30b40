/**
 * One Minga network seen from outside by clients that are not Fedify:
 * WebFinger with webfinger.js, documents expanded by the reference JSON-LD
 * processor with contexts served offline, a bare fediverse server following
 * the public feed. Then the inbox's defences: unsigned, wrongly signed,
 * replayed and blocked posts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Create, Group, Note, OrderedCollection } from '@fedify/vocab';
import { sql } from 'drizzle-orm';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebFinger from 'webfinger.js';
import { CLIENT, leadBody } from '../../src/features/leads/lead.fixtures.ts';
import { testApp } from '../support/app.ts';
import { coop, term } from '../support/factories.ts';
import { fediverseServer, type Network, startNetwork, waitFor } from './support.ts';

const CONTEXTS = path.resolve(import.meta.dirname, '../../src/federation/contexts');
const contextFiles = JSON.parse(readFileSync(path.join(CONTEXTS, 'index.json'), 'utf8')) as Record<
  string,
  string
>;

/** Serves the bundled contexts and refuses everything else: expansion happens offline. */
const offlineLoader = async (url: string) => {
  const file = contextFiles[url];
  if (!file) throw new Error(`Not available offline: ${url}`);
  return {
    contextUrl: null,
    documentUrl: url,
    document: JSON.parse(readFileSync(path.join(CONTEXTS, file), 'utf8')),
  };
};

const AS = 'https://www.w3.org/ns/activitystreams#';
const SEC = 'https://w3id.org/security#';

// Documents read back in tests: any shape, checked by the assertions.
// biome-ignore lint/suspicious/noExplicitAny: test-side JSON
type Json = Record<string, any>;

let a: Network;
let fedi: Awaited<ReturnType<typeof fediverseServer>>;
let admin: string;
let finderMember: string;
const count = async (q: ReturnType<typeof sql>) =>
  Number(((await a.database.db.execute(q)).rows[0] as { n: string | number }).n);

beforeAll(async () => {
  [a, fedi] = await Promise.all([startNetwork('127.0.0.1'), fediverseServer()]);
  await term(a.database.db, 'technology', 'React', ['ReactJS']);
  await term(a.database.db, 'technology', 'Elixir');
  await term(a.database.db, 'service', 'Web design');
  const finder = await coop(a.database.db, {
    slug: 'finder',
    name: 'Finder Co-op',
    descriptionEn: 'We find work.',
  });
  admin = (await a.user('admin@a.coop', 'admin')).cookie;
  const m = await a.user('ana@finder.coop');
  await a.database.db.execute(
    sql`insert into coop_members (coop_id, user_id, role) values (${finder.id}, ${m.id}, 'admin')`,
  );
  finderMember = m.cookie;
  fedi.addActor('alice');
  fedi.addActor('mallory');
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.close(), fedi?.close()]);
});

describe('seen from outside', () => {
  it('resolves the network and a co-op with webfinger.js', async () => {
    const wf = new WebFinger({ tls_only: false, allow_private_addresses: true, uri_fallback: false });
    for (const [user, path] of [
      ['network', '/ap/network'],
      ['finder', '/ap/coops/finder'],
    ] as const) {
      const r = await wf.lookup(`${user}@${a.host}`);
      const self = r.object.links.find((l) => l.rel === 'self');
      expect(self).toMatchObject({ href: `${a.url}${path}`, type: 'application/activity+json' });
    }
  });

  it('serves actors that Fedify’s vocabulary parses and the JSON-LD processor expands offline', async () => {
    const res = await fetch(`${a.url}/ap/network`, { headers: { accept: 'application/activity+json' } });
    expect(res.status).toBe(200);
    const doc = await res.json();
    const actor = await Group.fromJsonLd(doc);
    expect(actor.inboxId?.href).toBe(`${a.url}/ap/inbox`);
    const [expanded] = (await jsonld.expand(doc, { documentLoader: offlineLoader })) as Array<Json>;
    expect(expanded!['@type']).toContain(`${AS}Group`);
    expect(expanded![`${AS}outbox`][0]['@id']).toBe(`${a.url}/ap/coops/network/outbox`);
    expect(expanded![`${SEC}publicKey`][0][`${SEC}publicKeyPem`][0]['@value']).toMatch(/BEGIN PUBLIC KEY/);

    const coopRes = await fetch(`${a.url}/ap/coops/finder`, {
      headers: { accept: 'application/activity+json' },
    });
    expect((await coopRes.json()).type).toBe('Organization');
  });

  it('answers 406 to a browser asking for an actor, and serves NodeInfo', async () => {
    const html = await fetch(`${a.url}/ap/network`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(406);
    const links = await (await fetch(`${a.url}/.well-known/nodeinfo`)).json();
    const info = await (await fetch(links.links[0].href)).json();
    expect(info).toMatchObject({ software: { name: 'minga' }, protocols: ['activitypub'] });
  });

  it('lets a fediverse account follow the public feed and receive public leads as Notes', async () => {
    const follow = {
      '@context': 'https://www.w3.org/ns/activitystreams',
      id: `${fedi.actorId('alice')}/follows/1`,
      type: 'Follow',
      actor: fedi.actorId('alice'),
      object: `${a.url}/ap/network`,
    };
    const res = await fedi.post(`${a.url}/ap/inbox`, follow, 'alice');
    expect(res.status).toBe(202);
    const accept = await waitFor('the Accept', async () =>
      fedi.received.find((r) => r.body.includes('"Accept"')),
    );
    expect(JSON.parse(accept.body)).toMatchObject({ type: 'Accept', object: follow.id });

    const posted = await a.api('/api/v1/leads', {
      method: 'POST',
      as: finderMember,
      json: leadBody({ finderCoop: 'finder', visibility: { public: true } }),
    });
    const { id } = (await posted.json()) as { id: string };
    const open = await a.api(`/api/v1/leads/${id}/transitions`, {
      method: 'POST',
      as: admin,
      json: { to: 'open' },
    });
    expect(open.status).toBe(200);

    const delivery = await waitFor('the public post', async () =>
      fedi.received.find((r) => r.body.includes('"Create"') && r.body.includes('"Note"')),
    );
    for (const secret of [CLIENT.contactName, CLIENT.email, CLIENT.phone, CLIENT.organisation, '40000']) {
      expect(delivery.body).not.toContain(secret);
    }
    const create = await Create.fromJsonLd(JSON.parse(delivery.body));
    const note = await create.getObject();
    expect(note).toBeInstanceOf(Note);
    expect(note!.toIds.map((u) => u.href)).toContain('https://www.w3.org/ns/activitystreams#Public');
    expect(String(note!.content)).toContain('Tenant portal rebuild');
    const [expanded] = (await jsonld.expand(JSON.parse(delivery.body), {
      documentLoader: offlineLoader,
    })) as Array<Json>;
    expect(expanded![`${AS}object`][0]['@type']).toEqual([`${AS}Note`]);

    // The outbox lists it; the post is dereferenceable.
    const outbox = await (
      await fetch(`${a.url}/ap/coops/network/outbox`, { headers: { accept: 'application/activity+json' } })
    ).json();
    const collection = await OrderedCollection.fromJsonLd(outbox);
    expect(collection.totalItems).toBeGreaterThanOrEqual(1);
    const post = await fetch(`${a.url}/ap/posts/${id}`, { headers: { accept: 'application/activity+json' } });
    expect((await Note.fromJsonLd(await post.json())).id?.href).toBe(`${a.url}/ap/posts/${id}`);

    // The partner object of a lead not shared with partners does not exist for anyone.
    const page = await fetch(`${a.url}/ap/leads/${id}`, { headers: { accept: 'application/activity+json' } });
    expect([401, 403, 404]).toContain(page.status);
  });
});

describe('the inbox refuses', () => {
  const activity = (n: string, actor = fedi.actorId('alice')) => ({
    '@context': 'https://www.w3.org/ns/activitystreams',
    id: `${actor}/activities/${n}`,
    type: 'Follow',
    actor,
    object: `${a.url}/ap/coops/finder`,
  });
  const received = (id: string) =>
    count(sql`select count(*) as n from received_activities where activity_id = ${id}`);

  it('an unsigned post: 401, never handled', async () => {
    const body = activity('unsigned');
    const res = await fetch(`${a.url}/ap/inbox`, {
      method: 'POST',
      headers: { 'content-type': 'application/activity+json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(401);
    expect(await received(body.id)).toBe(0);
  });

  it('a post signed with a key that is not the actor’s: 401, never handled', async () => {
    const stray = activity('stray');
    expect((await fedi.post(`${a.url}/ap/inbox`, stray, 'alice', { strayKey: true })).status).toBe(401);
    const borrowed = activity('borrowed');
    expect((await fedi.post(`${a.url}/ap/coops/finder/inbox`, borrowed, 'mallory')).status).toBe(401);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await received(stray.id)).toBe(0);
    expect(await received(borrowed.id)).toBe(0);
  });

  it('a replayed activity: accepted, handled once', async () => {
    const body = activity('replayed');
    for (let i = 0; i < 3; i++)
      expect((await fedi.post(`${a.url}/ap/inbox`, body, 'alice')).status).toBe(202);
    await waitFor('the follow to be handled', async () => (await received(body.id)) === 1);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await received(body.id)).toBe(1);
    expect(
      await count(
        sql`select count(*) as n from federation_activities where type = 'Accept' and activity->>'object' = ${body.id}`,
      ),
    ).toBe(1);
  });

  it('a blocked instance: 403, and nothing is sent there', async () => {
    const block = await a.api('/api/v1/blocked-instances', {
      method: 'POST',
      as: admin,
      json: { host: new URL(fedi.origin).host, reason: 'Spam' },
    });
    expect(block.status).toBe(201);
    const body = activity('after-block');
    expect((await fedi.post(`${a.url}/ap/inbox`, body, 'alice')).status).toBe(403);
    expect(await received(body.id)).toBe(0);
    const members = await a.api('/api/v1/blocked-instances', { as: finderMember });
    expect(members.status).toBe(403);
  });
});

describe('private addresses', () => {
  it('are refused when FEDERATION_ALLOW_PRIVATE is off: asking a loopback network to partner fails on the handle', async () => {
    const t = await testApp();
    try {
      const { cookie } = await t.user({ email: 'admin@off.coop', role: 'admin' });
      const res = await t.request('/api/v1/partnerships', {
        method: 'POST',
        as: cookie,
        json: { handle: `network@${a.host}` },
      });
      expect(res.status).toBe(422);
      const problem = await res.json();
      expect(problem.errors[0]).toMatchObject({ field: 'handle' });
      expect(problem.detail).toMatch(/private or loopback/);
    } finally {
      await t.close();
    }
  });
});
