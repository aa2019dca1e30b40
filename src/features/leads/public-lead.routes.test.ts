import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { type LeadNetwork, leadNetwork } from './lead.fixtures.ts';
import { NETWORK_BUCKET, PUBLIC_FORM_LIMITS } from './public-lead.service.ts';

let t: TestApp;
let n: LeadNetwork;

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
});
afterAll(() => t.close());

const form = (over: Record<string, unknown> = {}) => ({
  locale: 'es',
  name: 'Marta Gómez',
  email: 'marta@cliente.example',
  organisation: 'Biblioteca Popular',
  title: 'Catálogo en línea para la biblioteca',
  description: 'Necesitamos un catálogo accesible y **fácil** de mantener.',
  languages: ['es'],
  ...over,
});
const submit = (json: unknown, ip?: string) =>
  t.request('/api/v1/public/leads', { method: 'POST', json, ip });
const count = async (table: 'leads' | 'rate_limit_hits') =>
  Number(
    (await t.database.db.execute<{ n: string }>(sql`select count(*) as n from ${sql.raw(table)}`)).rows[0]?.n,
  );

describe('POST /api/v1/public/leads', () => {
  it('lands in triage without an account and confirms to the client in their language', async () => {
    t.mails.length = 0;
    const res = await submit(form(), '10.1.0.1');
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: 'received' });
    expect(t.mails).toHaveLength(1);
    expect(t.mails[0]).toMatchObject({
      to: 'marta@cliente.example',
      subject: expect.stringContaining('Recibimos'),
    });
    expect(t.mails[0]?.text).toContain('Catálogo en línea para la biblioteca');

    const queue = (await (await t.request('/api/v1/leads/triage', { as: n.admin.cookie })).json()) as {
      items: Array<Record<string, unknown>>;
    };
    expect(queue.items[0]).toMatchObject({
      status: 'in_triage',
      source: 'public_form',
      finderCoop: null,
      client: {
        organisation: 'Biblioteca Popular',
        contact: { name: 'Marta Gómez', email: 'marta@cliente.example' },
      },
    });
  });

  it('answers English clients in English', async () => {
    t.mails.length = 0;
    await submit(
      form({ locale: 'en', email: 'sam@client.example', title: 'Website for a food bank' }),
      '10.1.0.2',
    );
    expect(t.mails[0]?.subject).toContain('We received your project');
  });

  it('accepts a filled honeypot with 202 and stores and sends nothing', async () => {
    t.mails.length = 0;
    const [leads, hits] = [await count('leads'), await count('rate_limit_hits')];
    const res = await submit(form({ website: 'http://spam.example' }), '10.1.0.3');
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: 'received' });
    expect(await count('leads')).toBe(leads);
    expect(await count('rate_limit_hits')).toBe(hits);
    expect(t.mails).toHaveLength(0);
  });

  it('limits one address to 5 an hour, answering 429 with Retry-After', async () => {
    for (let i = 0; i < PUBLIC_FORM_LIMITS.perAddress.limit; i++) {
      expect((await submit(form({ title: `Project ${i}` }), '10.2.0.1')).status).toBe(202);
    }
    const before = await count('leads');
    const res = await submit(form({ title: 'One too many' }), '10.2.0.1');
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const retry = Number(res.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(3000);
    expect(retry).toBeLessThanOrEqual(3600);
    expect(await count('leads')).toBe(before);
    expect((await submit(form({ title: 'Another address' }), '10.2.0.2')).status).toBe(202);
  });

  it('never stores the address itself', async () => {
    const r = await t.database.db.execute<{ bucket: string }>(sql`select bucket from rate_limit_hits`);
    expect(r.rows.some((x) => x.bucket.includes('10.2.0.1'))).toBe(false);
  });

  it('limits the whole network to 200 an hour, whatever the address', async () => {
    const have = Number(
      (
        await t.database.db.execute<{ n: string }>(
          sql`select count(*) as n from rate_limit_hits where bucket = ${NETWORK_BUCKET}`,
        )
      ).rows[0]?.n,
    );
    await t.database.db.execute(sql`insert into rate_limit_hits (bucket, at)
      select ${NETWORK_BUCKET}, now() - interval '10 minutes' from generate_series(1, ${PUBLIC_FORM_LIMITS.network.limit - have})`);
    const res = await submit(form(), '10.3.0.1');
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(3600);
    await t.database.db.execute(sql`delete from rate_limit_hits where bucket = ${NETWORK_BUCKET}`);
    expect((await submit(form(), '10.3.0.1')).status).toBe(202);
  });

  it('names bad fields and refuses oversized bodies', async () => {
    const res = await submit({ ...form(), email: 'not-an-email', title: '' }, '10.4.0.1');
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: Array<{ pointer: string }> };
    expect(body.errors.map((e) => e.pointer).sort()).toEqual(['#/json/email', '#/json/title']);
    const big = await submit(form({ description: 'x'.repeat(300 * 1024) }), '10.4.0.2');
    expect(big.status).toBe(413);
  });

  it('lets a facilitator decline with a reason mailed to the client in their language', async () => {
    await submit(form({ title: 'Proyecto a declinar', email: 'decline@cliente.example' }), '10.5.0.1');
    const [row] = (
      await t.database.db.execute<{ id: string }>(
        sql`select id from leads where title = 'Proyecto a declinar'`,
      )
    ).rows;
    t.mails.length = 0;
    const noReason = await t.request(`/api/v1/leads/${row!.id}/transitions`, {
      method: 'POST',
      as: n.admin.cookie,
      json: { to: 'declined' },
    });
    expect(noReason.status).toBe(422);
    const res = await t.request(`/api/v1/leads/${row!.id}/transitions`, {
      method: 'POST',
      as: n.admin.cookie,
      json: { to: 'declined', note: 'Ninguna cooperativa de la red trabaja con catálogos.' },
    });
    expect(res.status).toBe(200);
    expect(t.mails).toHaveLength(1);
    expect(t.mails[0]).toMatchObject({
      to: 'decline@cliente.example',
      subject: expect.stringContaining('Sobre tu proyecto'),
    });
    expect(t.mails[0]?.text).toContain('Ninguna cooperativa de la red trabaja con catálogos.');
  });

  it('keeps triage for facilitators', async () => {
    expect((await t.request('/api/v1/leads/triage', { as: n.alphaMember.cookie })).status).toBe(403);
    const [row] = (
      await t.database.db.execute<{ id: string }>(
        sql`select id from leads where status = 'in_triage' limit 1`,
      )
    ).rows;
    expect((await t.request(`/api/v1/leads/${row!.id}`, { as: n.alphaMember.cookie })).status).toBe(404);
    const publish = await t.request(`/api/v1/leads/${row!.id}/transitions`, {
      method: 'POST',
      as: n.admin.cookie,
      json: { to: 'open' },
    });
    expect(publish.status).toBe(200);
    const seen = (await (
      await t.request(`/api/v1/leads/${row!.id}`, { as: n.alphaMember.cookie })
    ).json()) as {
      client: { contact: unknown };
    };
    expect(seen.client.contact).toBeNull();
  });
});
