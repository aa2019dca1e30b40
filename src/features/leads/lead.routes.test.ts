import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { CLIENT, type LeadNetwork, leadBody, leadNetwork } from './lead.fixtures.ts';

let t: TestApp;
let n: LeadNetwork;

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
});
afterAll(() => t.close());

type Detail = Record<string, unknown> & {
  id: string;
  status: string;
  scope: string;
  scopeSuggested: string;
  descriptionHtml: string;
  client: { organisation: string | null; contact: { email: string | null } | null };
  budget: unknown;
  profiles: Array<{ count: number; technology: { slug: string } }>;
  can: { transitions: string[]; edit: boolean; seeClient: boolean };
};

const post = (as: string, json: unknown) => t.request('/api/v1/leads', { method: 'POST', as, json });
const move = (as: string, id: string, json: unknown) =>
  t.request(`/api/v1/leads/${id}/transitions`, { method: 'POST', as, json });

describe('posting a lead', () => {
  it('creates a draft for the member’s co-op, resolving technologies and suggesting a scope', async () => {
    const res = await post(n.alphaMember.cookie, leadBody());
    expect(res.status).toBe(201);
    const lead = (await res.json()) as Detail;
    expect(lead).toMatchObject({
      status: 'draft',
      finderCoop: { slug: 'alpha' },
      scope: 'single_coop',
      scopeChosen: false,
      services: [{ slug: 'web-design' }],
      budget: { min: 40000, max: 60000, currency: 'GBP', visibility: 'private' },
      client: {
        organisation: CLIENT.organisation,
        contact: { email: CLIENT.email, name: CLIENT.contactName },
      },
      interestDeadline: '2099-02-01T17:00:00.000Z',
      terms: { finderFeePercent: 5, noCutOnOthersWork: true },
    });
    expect(lead.profiles.map((p) => [p.count, p.technology.slug])).toEqual([
      [2, 'react'],
      [1, 'elixir'],
    ]);
    expect(lead.descriptionHtml).toBe(
      '<p>Rebuild the <strong>tenant portal</strong> with accessible forms.</p>',
    );
    expect(lead.can.transitions.sort()).toEqual(['in_triage', 'open', 'withdrawn']);
  });

  it('suggests a team for large work and keeps a chosen scope', async () => {
    const big = (await (
      await post(n.alphaMember.cookie, leadBody({ effortPersonDays: 400 }))
    ).json()) as Detail;
    expect(big.scope).toBe('team');
    const chosen = (await (
      await post(n.alphaMember.cookie, leadBody({ scope: 'consortium' }))
    ).json()) as Detail;
    expect(chosen).toMatchObject({ scope: 'consortium', scopeChosen: true, scopeSuggested: 'single_coop' });
    const edited = await t.request(`/api/v1/leads/${chosen.id}`, {
      method: 'PATCH',
      as: n.alphaMember.cookie,
      json: { effortPersonDays: 500 },
    });
    expect(((await edited.json()) as Detail).scope).toBe('consortium');
  });

  it('refuses posting for a co-op one does not belong to, and anonymous posting', async () => {
    expect((await post(n.betaMember.cookie, leadBody({ finderCoop: 'alpha' }))).status).toBe(403);
    expect((await post(n.loner.cookie, leadBody())).status).toBe(403);
    const anon = await t.request('/api/v1/leads', { method: 'POST', json: leadBody() });
    expect(anon.status).toBe(401);
  });
});

describe('bad input', () => {
  const problem = async (res: Response) =>
    (await res.json()) as { status: number; errors?: Array<{ pointer: string; detail: string }> };

  it('names missing fields', async () => {
    const res = await post(n.alphaMember.cookie, { description: 'no title' });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors?.map((e) => e.pointer)).toContain('#/json/title');
  });

  it('refuses a deadline in the past and an unknown technology, naming each field', async () => {
    const res = await post(
      n.alphaMember.cookie,
      leadBody({
        interestDeadline: '2001-01-01T00:00:00Z',
        profiles: [
          { count: 1, technology: 'react', minSeniority: 'junior' },
          { count: 1, technology: 'elixir', minSeniority: 'junior' },
          { count: 1, technology: 'Cobolt', minSeniority: 'junior' },
        ],
      }),
    );
    expect(res.status).toBe(422);
    const body = await problem(res);
    expect(body.errors?.map((e) => e.pointer)).toEqual([
      '#/json/interestDeadline',
      '#/json/profiles/2/technology',
    ]);
    expect(body.errors?.[1]?.detail).toBe('Unknown technology "Cobolt".');
  });

  it('refuses 10 MB of text with 413 problem+json before parsing it', async () => {
    const before = await t.database.db.execute<{ n: string }>(sql`select count(*) as n from leads`);
    const res = await post(n.alphaMember.cookie, leadBody({ description: 'x'.repeat(10 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await problem(res)).status).toBe(413);
    const after = await t.database.db.execute<{ n: string }>(sql`select count(*) as n from leads`);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('sanitises HTML in the description: no script ever comes back rendered', async () => {
    const res = await post(
      n.alphaMember.cookie,
      leadBody({
        description:
          'Hello <script>alert("x")</script> <img src=x onerror="alert(1)"> [click](javascript:alert(1)) <a href="https://ok.example" onclick="evil()">ok</a>',
      }),
    );
    const lead = (await res.json()) as Detail & { id: string; excerpt: string };
    expect(lead.descriptionHtml).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
    expect(lead.descriptionHtml).toContain('href="https://ok.example"');
    const list = await t.request('/api/v1/leads?q=hello', { as: n.alphaMember.cookie });
    const text = await list.text();
    expect(text).not.toMatch(/<script|alert\("x"\)/);
  });

  it('writes nothing when any part is invalid', async () => {
    const before = await t.database.db.execute<{ n: string }>(sql`select count(*) as n from lead_events`);
    const res = await post(n.alphaMember.cookie, leadBody({ services: ['web-design', 'Nope'] }));
    expect(res.status).toBe(422);
    expect((await problem(res)).errors?.[0]?.pointer).toBe('#/json/services/1');
    const after = await t.database.db.execute<{ n: string }>(sql`select count(*) as n from lead_events`);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });
});

describe('lifecycle over HTTP', () => {
  it('publishes, decides, assigns, delivers — and refuses to reopen with 409 and the reason', async () => {
    const { id } = (await (await post(n.alphaMember.cookie, leadBody())).json()) as Detail;
    expect((await move(n.alphaMember.cookie, id, { to: 'open' })).status).toBe(200);
    expect((await move(n.alphaMember.cookie, id, { to: 'deciding' })).status).toBe(200);
    expect((await move(n.alphaMember.cookie, id, { to: 'assigned', assignedCoops: ['beta'] })).status).toBe(
      403,
    );
    const noCoops = await move(n.admin.cookie, id, { to: 'assigned' });
    expect(noCoops.status).toBe(422);
    const assigned = await move(n.admin.cookie, id, { to: 'assigned', assignedCoops: ['beta'] });
    expect(((await assigned.json()) as Detail & { assignedCoops: unknown[] }).assignedCoops).toMatchObject([
      { slug: 'beta' },
    ]);
    expect((await move(n.betaMember.cookie, id, { to: 'in_progress' })).status).toBe(200);
    expect((await move(n.betaMember.cookie, id, { to: 'delivered', note: 'Launched' })).status).toBe(200);
    const reopen = await move(n.admin.cookie, id, { to: 'open' });
    expect(reopen.status).toBe(409);
    expect(((await reopen.json()) as { detail: string }).detail).toBe('A delivered lead cannot be reopened.');

    const events = (await (
      await t.request(`/api/v1/leads/${id}/events`, { as: n.gammaMember.cookie })
    ).json()) as {
      items: Array<{ kind: string; from: string | null; to: string | null; actor: { name: string } | null }>;
    };
    expect(events.items.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['created', null, 'draft'],
      ['transition', 'draft', 'open'],
      ['transition', 'open', 'deciding'],
      ['transition', 'deciding', 'assigned'],
      ['transition', 'assigned', 'in_progress'],
      ['transition', 'in_progress', 'delivered'],
    ]);
    expect(events.items[4]?.actor?.name).toBe('bruno');
  });

  it('writes a lead.published event once, in the same transaction as the publication', async () => {
    const { id } = (await (await post(n.alphaMember.cookie, leadBody())).json()) as Detail;
    await move(n.alphaMember.cookie, id, { to: 'open' });
    await move(n.alphaMember.cookie, id, { to: 'deciding' });
    await move(n.alphaMember.cookie, id, { to: 'open' });
    const r = await t.database.db.execute<{ topic: string }>(
      sql`select topic from lead_outbox where lead_id = ${id} order by id`,
    );
    expect(r.rows.map((x) => x.topic)).toEqual(['lead.published']);
  });

  it('keeps the history append-only', async () => {
    const refused = { cause: { message: 'lead_events is append-only' } };
    await expect(t.database.db.execute(sql`update lead_events set note = 'rewritten'`)).rejects.toMatchObject(
      refused,
    );
    await expect(t.database.db.execute(sql`delete from lead_events`)).rejects.toMatchObject(refused);
  });

  it('refuses to publish a lead whose deadline has passed', async () => {
    const { id } = (await (await post(n.alphaMember.cookie, leadBody())).json()) as Detail;
    await t.database.db.execute(
      sql`update leads set interest_deadline = now() - interval '1 day' where id = ${id}`,
    );
    const res = await move(n.alphaMember.cookie, id, { to: 'open' });
    expect(res.status).toBe(409);
  });

  it('hides drafts from other co-ops', async () => {
    const { id } = (await (await post(n.alphaMember.cookie, leadBody())).json()) as Detail;
    expect((await t.request(`/api/v1/leads/${id}`, { as: n.betaMember.cookie })).status).toBe(404);
    expect((await t.request(`/api/v1/leads/${id}`, { as: n.admin.cookie })).status).toBe(200);
    expect((await t.request(`/api/v1/leads/${id}`)).status).toBe(401);
  });
});
