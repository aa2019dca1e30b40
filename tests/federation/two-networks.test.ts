/**
 * Two Minga networks on loopback — A at http://127.0.0.1:<p>, B at
 * http://localhost:<q>, each with its own database — over real HTTP:
 * partnership → shared lead → cross-network interest → outcome. A bare
 * fediverse server stands in as a third partner to record A's deliveries
 * exactly as they travel, and verifies their HTTP signatures with
 * @peertube/http-signature.
 */

import { Create, Page } from '@fedify/vocab';
import httpSignature from '@peertube/http-signature';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT, leadBody } from '../../src/features/leads/lead.fixtures.ts';
import { coop, term } from '../support/factories.ts';
import { fediverseServer, type Network, startNetwork, waitFor } from './support.ts';

// Documents read back in tests: any shape, checked by the assertions.
// biome-ignore lint/suspicious/noExplicitAny: test-side JSON
type Json = Record<string, any>;

let a: Network;
let b: Network;
let fedi: Awaited<ReturnType<typeof fediverseServer>>;
const cookies: Record<string, string> = {};
let leadId: string;
let partnerLeadId: string;

const rows = async <T>(n: Network, q: ReturnType<typeof sql>) => (await n.database.db.execute(q)).rows as T[];

beforeAll(async () => {
  [a, b, fedi] = await Promise.all([startNetwork('127.0.0.1'), startNetwork('localhost'), fediverseServer()]);
  await term(a.database.db, 'technology', 'React', ['ReactJS']);
  await term(a.database.db, 'technology', 'Elixir');
  await term(a.database.db, 'service', 'Web design');
  const finder = await coop(a.database.db, { slug: 'finder', name: 'Finder Co-op' });
  const weaver = await coop(b.database.db, { slug: 'weaver', name: 'Weaver Tech' });
  cookies.aAdmin = (await a.user('admin@a.coop', 'admin')).cookie;
  cookies.bAdmin = (await b.user('admin@b.coop', 'admin')).cookie;
  const aMember = await a.user('ana@finder.coop');
  await a.database.db.execute(
    sql`insert into coop_members (coop_id, user_id, role) values (${finder.id}, ${aMember.id}, 'admin')`,
  );
  cookies.aMember = (await a.user('ana2@finder.coop')).cookie;
  const bMember = await b.user('wes@weaver.coop');
  await b.database.db.execute(
    sql`insert into coop_members (coop_id, user_id, role) values (${weaver.id}, ${bMember.id}, 'member')`,
  );
  cookies.bMember = bMember.cookie;
  cookies.aFinder = aMember.cookie;
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), fedi?.close()]);
});

describe('two networks over ActivityPub', () => {
  it('partner by handle: B asks, A sees the request, A accepts, both are active', async () => {
    const ask = await b.api('/api/v1/partnerships', {
      method: 'POST',
      as: cookies.bAdmin,
      json: { handle: `network@${a.host}` },
    });
    expect(ask.status).toBe(201);
    expect(await ask.json()).toMatchObject({
      status: 'requested',
      direction: 'outgoing',
      remoteHost: a.host,
    });

    const incoming = await waitFor('A to see the request', async () => {
      const res = await a.api('/api/v1/partnerships', { as: cookies.aAdmin });
      const { items } = (await res.json()) as {
        items: Array<{ id: string; status: string; remoteHost: string }>;
      };
      return items.find((p) => p.status === 'pending' && p.remoteHost === b.host);
    });
    const accept = await a.api(`/api/v1/partnerships/${incoming.id}/accept`, {
      method: 'POST',
      as: cookies.aAdmin,
    });
    expect(accept.status).toBe(200);
    expect((await accept.json()).status).toBe('active');

    await waitFor('B to hear the Accept', async () => {
      const r = await rows<{ status: string }>(b, sql`select status from partnerships`);
      return r[0]?.status === 'active';
    });

    // Members cannot speak for the network.
    const member = await b.api('/api/v1/partnerships', { as: cookies.bMember });
    expect(member.status).toBe(403);
  });

  it('shares an open lead with partners without client contact or private budget — checked on the wire', async () => {
    const recorderActor = fedi.addActor('partnerbot');
    await a.database.db.execute(sql`
      insert into partnerships (remote_actor_id, remote_name, remote_host, inbox, shared_inbox, direction, status, follow_activity_id)
      values (${recorderActor}, 'Recorder', ${new URL(fedi.origin).host}, ${`${recorderActor}/inbox`}, ${`${fedi.origin}/inbox`}, 'incoming', 'active', ${`${recorderActor}#follow`})`);

    const posted = await a.api('/api/v1/leads', {
      method: 'POST',
      as: cookies.aFinder,
      json: leadBody({ finderCoop: 'finder', visibility: { partners: true } }),
    });
    expect(posted.status).toBe(201);
    leadId = ((await posted.json()) as { id: string }).id;
    const open = await a.api(`/api/v1/leads/${leadId}/transitions`, {
      method: 'POST',
      as: cookies.aAdmin,
      json: { to: 'open' },
    });
    expect(open.status).toBe(200);

    const delivery = await waitFor('the recorder to receive the Create', async () =>
      fedi.received.find((r) => r.body.includes('"Create"') && r.body.includes(leadId)),
    );
    // Never on the wire: the client's contact and organisation, and the private budget.
    for (const secret of [
      CLIENT.contactName,
      CLIENT.email,
      CLIENT.phone,
      CLIENT.organisation,
      '40000',
      '60000',
    ]) {
      expect(delivery.body).not.toContain(secret);
    }
    const json = JSON.parse(delivery.body);
    expect(json.object).toMatchObject({ type: 'Page', name: 'Tenant portal rebuild', leadStatus: 'open' });
    expect(json.object.budgetMin).toBeUndefined();
    expect(json.object.finder).toBe(`${a.url}/ap/coops/finder`);
    // Fedify's vocabulary reads it as a Create of a Page.
    const parsed = await Create.fromJsonLd(json);
    expect(await parsed.getObject()).toBeInstanceOf(Page);

    // The HTTP signature verifies with an independent implementation, against the key A publishes.
    const actorRes = await fetch(`${a.url}/ap/network`, { headers: { accept: 'application/activity+json' } });
    const actor = (await actorRes.json()) as { publicKey: { id: string; publicKeyPem: string } };
    const sig = httpSignature.parseRequest(delivery.req, { clockSkew: 600 });
    expect(sig.keyId).toBe(actor.publicKey.id);
    expect(httpSignature.verifySignature(sig, actor.publicKey.publicKeyPem)).toBe(true);
    // And a tampered body would not have matched its digest.
    expect(delivery.headers.digest).toMatch(/^SHA-256=/i);

    // B lists it, marked with its origin network.
    const listed = await waitFor('B to list the partner lead', async () => {
      const res = await b.api('/api/v1/partner-leads', { as: cookies.bMember });
      const page = (await res.json()) as { items: Array<Json> };
      return page.items[0];
    });
    expect(listed).toMatchObject({
      title: 'Tenant portal rebuild',
      status: 'open',
      originNetwork: { actorId: `${a.url}/ap/network` },
    });
    expect(listed.details.budgetMin).toBeNull();
    expect(listed.details.profiles).toEqual([
      { headcount: 2, technology: 'React', minSeniority: 'semi_senior' },
      { headcount: 1, technology: 'Elixir', minSeniority: 'senior' },
    ]);
    expect(listed.details.languages).toEqual(['en']);
    expect(JSON.stringify(listed)).not.toContain(CLIENT.email);
    partnerLeadId = listed.id;
  });

  it('edits federate as Update', async () => {
    const edit = await a.api(`/api/v1/leads/${leadId}`, {
      method: 'PATCH',
      as: cookies.aAdmin,
      json: { title: 'Tenant portal rebuild, phase 1' },
    });
    expect(edit.status).toBe(200);
    await waitFor('B to see the new title', async () => {
      const r = await rows<{ title: string }>(b, sql`select title from remote_leads`);
      return r[0]?.title === 'Tenant portal rebuild, phase 1';
    });
  });

  it('carries a partner co-op’s interest to the origin, and the outcome back', async () => {
    const offer = await b.api(`/api/v1/partner-leads/${partnerLeadId}/interests`, {
      method: 'POST',
      as: cookies.bMember,
      json: {
        coop: 'weaver',
        availableFrom: '2099-03-01',
        hoursPerWeek: 60,
        capacityPersonDays: 80,
        need: 'high',
        fit: 'We built three tenant portals.',
        role: 'partner',
      },
    });
    expect(offer.status).toBe(201);

    const remote = await waitFor('A to receive the offer', async () => {
      const res = await a.api(`/api/v1/leads/${leadId}/remote-interests`, { as: cookies.aAdmin });
      const { items } = (await res.json()) as { items: Array<Json> };
      return items[0];
    });
    expect(remote).toMatchObject({
      coop: { actorId: `${b.url}/ap/coops/weaver`, name: 'Weaver Tech' },
      network: { actorId: `${b.url}/ap/network` },
      hoursPerWeek: 60,
      need: 'high',
      fit: 'We built three tenant portals.',
      status: 'pending',
    });

    const choose = await a.api(`/api/v1/remote-interests/${remote.id}/choice`, {
      method: 'POST',
      as: cookies.aAdmin,
      json: { chosen: true },
    });
    expect(choose.status).toBe(200);
    for (const step of [{ to: 'deciding' }, { to: 'assigned', assignedCoops: ['finder'] }]) {
      const res = await a.api(`/api/v1/leads/${leadId}/transitions`, {
        method: 'POST',
        as: cookies.aAdmin,
        json: step,
      });
      expect(res.status, await res.clone().text()).toBe(200);
    }

    await waitFor('B to hear it was chosen', async () => {
      const r = await rows<{ status: string }>(b, sql`select status from partner_lead_interests`);
      return r[0]?.status === 'chosen';
    });
    const lead = await waitFor('B to see the team of both networks', async () => {
      const r = await rows<{ status: string; assigned_to: string[] }>(
        b,
        sql`select status, assigned_to from remote_leads`,
      );
      return r[0]?.status === 'assigned' ? r[0] : undefined;
    });
    expect(lead.assigned_to.sort()).toEqual([`${a.url}/ap/coops/finder`, `${b.url}/ap/coops/weaver`].sort());
  }, 90_000);

  it('a withdrawn lead federates as Delete', async () => {
    const posted = await a.api('/api/v1/leads', {
      method: 'POST',
      as: cookies.aFinder,
      json: leadBody({ title: 'Short-lived idea', finderCoop: 'finder', visibility: { partners: true } }),
    });
    const { id } = (await posted.json()) as { id: string };
    await a.api(`/api/v1/leads/${id}/transitions`, {
      method: 'POST',
      as: cookies.aAdmin,
      json: { to: 'open' },
    });
    await waitFor('B to receive it', async () => {
      const r = await rows(b, sql`select 1 from remote_leads where title = 'Short-lived idea'`);
      return r.length > 0;
    });
    const withdraw = await a.api(`/api/v1/leads/${id}/transitions`, {
      method: 'POST',
      as: cookies.aAdmin,
      json: { to: 'withdrawn', note: 'The client went elsewhere.' },
    });
    expect(withdraw.status, await withdraw.clone().text()).toBe(200);
    await waitFor('B to mark it withdrawn', async () => {
      const r = await rows<{ status: string }>(
        b,
        sql`select status from remote_leads where title = 'Short-lived idea'`,
      );
      return r[0]?.status === 'withdrawn';
    });
  });

  it('a paused partnership receives nothing new; ending it tells the other side', async () => {
    const [p] = await rows<{ id: string }>(b, sql`select id from partnerships`);
    const pause = await b.api(`/api/v1/partnerships/${p!.id}/pause`, { method: 'POST', as: cookies.bAdmin });
    expect((await pause.json()).status).toBe('paused');
    const end = await b.api(`/api/v1/partnerships/${p!.id}/end`, { method: 'POST', as: cookies.bAdmin });
    expect((await end.json()).status).toBe('ended');
    await waitFor('A to see the partnership ended', async () => {
      const r = await rows<{ status: string }>(
        a,
        sql`select status from partnerships where remote_host = ${b.host}`,
      );
      return r[0]?.status === 'ended';
    });
  });
});
