/** The personal Atom feed: token lifecycle, a well-formed Atom 1.0 document (parsed by PostgreSQL's XML parser), visibility. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { type LeadNetwork, leadNetwork, openLead } from '../leads/lead.fixtures.ts';

let t: TestApp;
let n: LeadNetwork;
let openId: string;
let chosenId: string;

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
  openId = await openLead(t, n.alphaMember.cookie, {
    title: 'Food co-op shop & <delivery>',
    finderCoop: 'alpha',
  });
  chosenId = await openLead(t, n.alphaMember.cookie, {
    title: 'Only for Gamma',
    finderCoop: 'alpha',
    visibility: { audience: 'chosen', coops: ['gamma'] },
  });
  // A draft is not an open lead.
  await t.request('/api/v1/leads', {
    method: 'POST',
    as: n.alphaMember.cookie,
    json: { title: 'Draft only' },
  });
});
afterAll(() => t.close());

async function tokenFor(cookie: string) {
  const res = await t.request('/api/v1/me/feed-token', { method: 'POST', as: cookie });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; url: string };
}

const ATOM = sql.raw(`ARRAY[ARRAY['a', 'http://www.w3.org/2005/Atom']]`);
/** Every text matched by an XPath over the document, via PostgreSQL's (libxml2) parser: malformed XML throws. */
async function xpath(xml: string, path: string): Promise<string[]> {
  const r = await t.database.db.execute<{ v: string }>(
    sql`select unnest(xpath(${path}, xmlparse(document ${xml}), ${ATOM}))::text as v`,
  );
  return r.rows.map((x) => x.v);
}

describe('the Atom feed', () => {
  it('is a valid Atom 1.0 document of the open leads its owner can see', async () => {
    const { token, url } = await tokenFor(n.betaMember.cookie);
    expect(url).toBe(`http://localhost:3000/api/v1/feeds/leads.atom?token=${token}`);
    const res = await t.request(`/api/v1/feeds/leads.atom?token=${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(await xpath(xml, '/a:feed/a:title/text()')).toEqual(['Open leads — Minga']);
    expect(await xpath(xml, '/a:feed/a:id/text()')).toEqual([
      'http://localhost:3000/api/v1/feeds/leads.atom',
    ]);
    expect(await xpath(xml, '/a:feed/a:updated/text()')).toHaveLength(1);
    expect(await xpath(xml, '/a:feed/a:author/a:name/text()')).toEqual(['Minga']);
    expect(await xpath(xml, '/a:feed/a:entry/a:title/text()')).toEqual([
      'Food co-op shop &amp; &lt;delivery&gt;',
    ]);
    expect(await xpath(xml, '/a:feed/a:entry/a:id/text()')).toEqual([`urn:uuid:${openId}`]);
    expect(await xpath(xml, '/a:feed/a:entry/a:link/@href')).toEqual([
      `http://localhost:3000/leads/${openId}`,
    ]);
    expect(await xpath(xml, '/a:feed/a:entry/a:summary/text()')).toEqual([
      'Client organisation: Acme Housing Association · Found by Alpha Digital',
    ]);
    expect(xml).not.toContain(token);
  });

  it('shows a lead for chosen co-ops only to their members, in their language', async () => {
    await t.database.db.execute(sql`update "user" set locale = 'es' where id = ${n.gammaMember.id}`);
    const { token } = await tokenFor(n.gammaMember.cookie);
    const xml = await (await t.request(`/api/v1/feeds/leads.atom?token=${token}`)).text();
    expect(await xpath(xml, '/a:feed/a:title/text()')).toEqual(['Leads abiertos — Minga']);
    expect((await xpath(xml, '/a:feed/a:entry/a:id/text()')).sort()).toEqual(
      [`urn:uuid:${openId}`, `urn:uuid:${chosenId}`].sort(),
    );
  });

  it('stops answering to a rotated or revoked token, and stores only a hash', async () => {
    const first = await tokenFor(n.loner.cookie);
    const second = await tokenFor(n.loner.cookie);
    expect((await t.request(`/api/v1/feeds/leads.atom?token=${first.token}`)).status).toBe(401);
    expect((await t.request(`/api/v1/feeds/leads.atom?token=${second.token}`)).status).toBe(200);
    const stored = await t.database.db.execute<{ token_hash: string }>(
      sql`select token_hash from feed_tokens where user_id = ${n.loner.id}`,
    );
    expect(stored.rows[0]!.token_hash).not.toContain(second.token);
    expect((await t.request('/api/v1/me/feed-token', { method: 'DELETE', as: n.loner.cookie })).status).toBe(
      204,
    );
    expect((await t.request(`/api/v1/feeds/leads.atom?token=${second.token}`)).status).toBe(401);
    expect((await t.request('/api/v1/feeds/leads.atom')).status).toBe(422);
    expect((await t.request('/api/v1/me/feed-token', { method: 'POST' })).status).toBe(401);
  });
});
