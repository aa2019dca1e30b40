/**
 * Tender declarations are private to the declaring co-op. These tests try
 * every way in: other members, admins of other co-ops and network admins,
 * lists, single reads, the calls list and stats, and the mails sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { type ConsortiaNetwork, consortiaNetwork } from './consortia.fixtures.ts';

let t: TestApp;
let n: ConsortiaNetwork;

type Decl = {
  id: string;
  coop: { slug: string };
  tenderRef: string;
  match: null | {
    otherCoops: number;
    jointBid: string;
    partners: Array<{ slug: string }>;
    jointCallId: string | null;
  };
};

const TENDER = 'https://www.find-tender.service.gov.uk/Notice/012345-2031';
const declare = (as: string, json: unknown) =>
  t.request('/api/v1/tenders/declarations', { method: 'POST', as, json });
const list = async (as: string) =>
  ((await (await t.request('/api/v1/tenders/declarations', { as })).json()) as { items: Decl[] }).items;
const answer = (as: string, id: string, accept: boolean) =>
  t.request(`/api/v1/tenders/declarations/${id}/joint-bid`, { method: 'POST', as, json: { accept } });

let outDecl: Decl;
let factticDecl: Decl;

beforeAll(async () => {
  t = await testApp();
  n = await consortiaNetwork(t);
});
afterAll(() => t.close());

describe('declaring a tender', () => {
  it('keeps a lone declaration to the co-op, and tells nobody', async () => {
    const res = await declare(n.outMember.cookie, { tenderRef: TENDER, note: 'Invited by email on Monday' });
    expect(res.status).toBe(201);
    outDecl = (await res.json()) as Decl;
    expect(outDecl.match).toBeNull();
    expect(t.mails).toEqual([]);
  });

  it('matches the same tender written differently, and tells each co-op’s admins privately, without names', async () => {
    const res = await declare(n.factticMember.cookie, {
      tenderRef: 'http://find-tender.service.gov.uk/notice/012345-2031/?utm_source=newsletter',
    });
    factticDecl = (await res.json()) as Decl;
    expect(factticDecl.match).toMatchObject({
      otherCoops: 1,
      jointBid: 'pending',
      partners: [],
      jointCallId: null,
    });
    expect(t.mails.map((m) => m.to).sort()).toEqual(['fer@facttic.coop', 'olu@outlandish.coop']);
    const toOut = t.mails.find((m) => m.to === 'olu@outlandish.coop')!;
    expect(toOut.text).toContain(TENDER);
    expect(toOut.text).toContain(`/tenders/${outDecl.id}`);
    expect(toOut.text).not.toMatch(/FACTTIC|facttic/);
    const toFacttic = t.mails.find((m) => m.to === 'fer@facttic.coop')!;
    expect(toFacttic.text).not.toMatch(/Outlandish/);
    const [own] = await list(n.outMember.cookie);
    expect(own!.match).toMatchObject({ otherCoops: 1, partners: [] });
  });

  it('asks for the buyer with a bare reference, and refuses declaring twice', async () => {
    const bare = await declare(n.fiqusAdmin.cookie, { tenderRef: 'ITT-2031-045' });
    expect(bare.status).toBe(422);
    expect(((await bare.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe('buyer');
    expect((await declare(n.outAdmin.cookie, { tenderRef: `${TENDER}/` })).status).toBe(409);
    expect((await declare(n.loner.cookie, { tenderRef: TENDER, coopId: n.fiqus.id })).status).toBe(403);
  });
});

describe('nobody else learns of it', () => {
  it('other co-ops’ members and admins, and network admins, list nothing and read nothing', async () => {
    for (const who of [n.fiqusAdmin, n.uniAdmin, n.admin, n.loner]) {
      expect(await list(who.cookie)).toEqual([]);
      for (const d of [outDecl, factticDecl]) {
        const res = await t.request(`/api/v1/tenders/declarations/${d.id}`, { as: who.cookie });
        expect(res.status).toBe(404);
        expect(await res.text()).not.toContain('find-tender');
      }
    }
    // Even the other declaring co-op cannot read this one.
    expect(
      (await t.request(`/api/v1/tenders/declarations/${outDecl.id}`, { as: n.factticAdmin.cookie })).status,
    ).toBe(404);
    expect((await t.request('/api/v1/tenders/declarations')).status).toBe(401);
  });

  it('gives network admins counts only, and members not even those', async () => {
    const stats = await t.request('/api/v1/tenders/stats', { as: n.admin.cookie });
    expect(await stats.json()).toEqual({ declarations: 2, matchedTenders: 1 });
    expect((await t.request('/api/v1/tenders/stats', { as: n.outAdmin.cookie })).status).toBe(403);
  });
});

describe('joint bid', () => {
  let callId: string;

  it('is answered by the co-op’s admins; co-ops are named to each other only when both accept', async () => {
    expect((await answer(n.factticMember.cookie, factticDecl.id, true)).status).toBe(403);
    expect((await answer(n.admin.cookie, factticDecl.id, true)).status).toBe(404);
    const first = (await (await answer(n.outAdmin.cookie, outDecl.id, true)).json()) as Decl;
    expect(first.match).toMatchObject({ jointBid: 'accepted', partners: [], jointCallId: null });
    const second = (await (await answer(n.factticAdmin.cookie, factticDecl.id, true)).json()) as Decl;
    expect(second.match?.partners.map((p) => p.slug)).toEqual(['outlandish']);
    callId = second.match!.jointCallId!;
    expect(callId).toBeTruthy();
    const [own] = await list(n.outMember.cookie);
    expect(own!.match).toMatchObject({ partners: [{ slug: 'facttic' }], jointCallId: callId });
  });

  it('creates a draft call shared only with the co-ops that accepted', async () => {
    const mine = await t.request(`/api/v1/calls/${callId}`, { as: n.factticMember.cookie });
    expect(mine.status).toBe(200);
    expect((await mine.json()) as { visibility: string; status: string }).toMatchObject({
      visibility: 'private',
      status: 'draft',
    });
    for (const who of [n.fiqusAdmin, n.admin, n.loner]) {
      expect((await t.request(`/api/v1/calls/${callId}`, { as: who.cookie })).status).toBe(404);
      const calls = (await (await t.request('/api/v1/calls?pageSize=100', { as: who.cookie })).json()) as {
        items: Array<{ id: string }>;
        total: number;
      };
      expect(calls.items.map((c) => c.id)).not.toContain(callId);
      expect(calls.total).toBe(0);
    }
  });

  it('tells everyone again when a third co-op declares, and lets it join the bid it accepts', async () => {
    const before = t.mails.length;
    const fiqus = (await (await declare(n.fiqusAdmin.cookie, { tenderRef: TENDER })).json()) as Decl;
    expect(fiqus.match).toMatchObject({ otherCoops: 2, partners: [] });
    const told = t.mails
      .slice(before)
      .map((m) => m.to)
      .sort();
    expect(told).toEqual(['fede@fiqus.coop', 'fer@facttic.coop', 'olu@outlandish.coop']);
    expect(t.mails.slice(before).find((m) => m.to === 'fede@fiqus.coop')!.text).toContain('2 other co-ops');
    const joined = (await (await answer(n.fiqusAdmin.cookie, fiqus.id, true)).json()) as Decl;
    expect(joined.match?.partners.map((p) => p.slug).sort()).toEqual(['facttic', 'outlandish']);
    expect(joined.match?.jointCallId).toBe(callId);
    expect((await t.request(`/api/v1/calls/${callId}`, { as: n.fiqusAdmin.cookie })).status).toBe(200);
    expect((await answer(n.fiqusAdmin.cookie, fiqus.id, false)).status).toBe(409);
  });
});
