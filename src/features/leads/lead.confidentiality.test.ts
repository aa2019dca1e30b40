/**
 * The client's contact and a private budget reach only network admins, the
 * finder co-op and the assigned co-ops — in details, lists, search, history,
 * domain events and logs.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createLogger } from '../../lib/log.ts';
import { CLIENT, type LeadNetwork, leadNetwork, openLead } from './lead.fixtures.ts';

let t: TestApp;
let n: LeadNetwork;
let leadId: string;
const SECRETS = [CLIENT.contactName, CLIENT.email, CLIENT.phone, 'Quimby', '40000', '60000'];

const leaks = (text: string) => SECRETS.filter((s) => text.includes(s));

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
  leadId = await openLead(t, n.alphaMember.cookie);
});
afterAll(() => t.close());

const get = (path: string, as?: string) => t.request(path, as ? { as } : {});

describe('who sees the client', () => {
  it('shows the contact and private budget to the facilitator and the finder co-op', async () => {
    for (const who of [n.admin, n.alphaMember]) {
      const lead = (await (await get(`/api/v1/leads/${leadId}`, who.cookie)).json()) as Record<
        string,
        unknown
      >;
      expect(lead).toMatchObject({
        client: { organisation: CLIENT.organisation, contact: { email: CLIENT.email, phone: CLIENT.phone } },
        budget: { min: 40000, visibility: 'private' },
        can: { seeClient: true },
      });
    }
  });

  it('shows other members the organisation but not the contact or private budget, in detail and list', async () => {
    const detail = await get(`/api/v1/leads/${leadId}`, n.betaMember.cookie);
    const text = await detail.text();
    expect(leaks(text)).toEqual([]);
    expect(JSON.parse(text)).toMatchObject({
      client: { organisation: CLIENT.organisation, contact: null },
      budget: null,
      can: { seeClient: false },
    });
    const list = await (await get('/api/v1/leads', n.betaMember.cookie)).text();
    expect(JSON.parse(list).total).toBe(1);
    expect(leaks(list)).toEqual([]);
  });

  it('never finds a lead by the client’s contact, whoever searches', async () => {
    for (const q of [CLIENT.email, 'Quimby', 'Zoe', '"+44 20 7946 0000"']) {
      for (const who of [n.betaMember, n.admin]) {
        const page = (await (await get(`/api/v1/leads?q=${encodeURIComponent(q)}`, who.cookie)).json()) as {
          total: number;
        };
        expect(page.total, `${q} as ${who.id}`).toBe(0);
      }
    }
    const byTitle = (await (await get('/api/v1/leads?q=tenant', n.betaMember.cookie)).json()) as {
      total: number;
    };
    expect(byTitle.total).toBe(1);
  });

  it('keeps edits to the client out of the history: field names, never values', async () => {
    const res = await t.request(`/api/v1/leads/${leadId}`, {
      method: 'PATCH',
      as: n.alphaMember.cookie,
      json: { client: { email: 'new.contact@acme-housing.example' } },
    });
    expect(res.status).toBe(200);
    for (const who of [n.betaMember, n.admin]) {
      const text = await (await get(`/api/v1/leads/${leadId}/events`, who.cookie)).text();
      expect(text).not.toContain('acme-housing.example');
      expect(leaks(text)).toEqual([]);
      expect(JSON.parse(text).items.at(-1)).toMatchObject({ kind: 'edited', fields: ['client'] });
    }
    await t.request(`/api/v1/leads/${leadId}`, {
      method: 'PATCH',
      as: n.alphaMember.cookie,
      json: { client: { email: CLIENT.email } },
    });
  });

  it('keeps client fields out of domain events', async () => {
    const r = await t.database.db.execute<{ payload: unknown }>(sql`select payload from lead_outbox`);
    expect(r.rows.length).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(r.rows))).toEqual([]);
  });

  it('opens the contact to the assigned co-op, and to no one else', async () => {
    await t.request(`/api/v1/leads/${leadId}/transitions`, {
      method: 'POST',
      as: n.alphaMember.cookie,
      json: { to: 'deciding' },
    });
    await t.request(`/api/v1/leads/${leadId}/transitions`, {
      method: 'POST',
      as: n.admin.cookie,
      json: { to: 'assigned', assignedCoops: ['beta'] },
    });
    const beta = (await (await get(`/api/v1/leads/${leadId}`, n.betaMember.cookie)).json()) as {
      client: { contact: { email: string } | null };
    };
    expect(beta.client.contact?.email).toBe(CLIENT.email);
    const betaList = await (await get('/api/v1/leads', n.betaMember.cookie)).text();
    expect(betaList).toContain(CLIENT.email);
    const gamma = await (await get(`/api/v1/leads/${leadId}`, n.gammaMember.cookie)).text();
    expect(leaks(gamma)).toEqual([]);
    const gammaList = await (await get('/api/v1/leads?status=assigned', n.gammaMember.cookie)).text();
    expect(JSON.parse(gammaList).total).toBe(1);
    expect(leaks(gammaList)).toEqual([]);
  });

  it('never writes client fields to the log, even when mail fails', async () => {
    const lines: string[] = [];
    const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:3000' });
    const failing = {
      send: async () => {
        throw new Error('SMTP is down');
      },
    };
    const app = createApp({
      config,
      database: t.database,
      log: createLogger('debug', (l) => lines.push(l)),
      mailer: failing,
      jobs: t.jobs,
      auth: t.auth,
    });
    const call = (path: string, json: unknown, cookie?: string) =>
      app.request(
        `http://localhost:3000${path}`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: 'http://localhost:3000',
            ...(cookie ? { cookie } : {}),
          },
          body: JSON.stringify(json),
        },
        { incoming: { socket: { remoteAddress: '10.77.0.1' } } },
      );
    const submitted = await call('/api/v1/public/leads', {
      name: CLIENT.contactName,
      email: CLIENT.email,
      phone: CLIENT.phone,
      title: 'Logged nowhere',
      description: 'A project',
    });
    expect(submitted.status).toBe(202);
    const [row] = (
      await t.database.db.execute<{ id: string }>(sql`select id from leads where title = 'Logged nowhere'`)
    ).rows;
    const declined = await call(
      `/api/v1/leads/${row!.id}/transitions`,
      { to: 'declined', note: 'Not for us' },
      n.admin.cookie,
    );
    expect(declined.status).toBe(200);
    expect(lines.length).toBeGreaterThan(1);
    expect(leaks(lines.join('\n'))).toEqual([]);
  });
});
