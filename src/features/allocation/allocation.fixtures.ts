/**
 * A small network for the allocation and decision tests: the leads fixture's
 * three co-ops, an admin of the finder co-op, people with skills, and helpers
 * to express interest and move a lead along.
 */
import type { TestApp } from '../../../tests/support/app.ts';
import { person } from '../../../tests/support/factories.ts';
import { leadNetwork, openLead } from '../leads/lead.fixtures.ts';

export async function allocationNetwork(t: TestApp) {
  const n = await leadNetwork(t);
  const db = t.database.db;
  const gammaDev = await person(db, n.gamma.id, {
    name: 'Gus Dev',
    availability: 'free',
    skills: [
      ['React', 'expert'],
      ['Elixir', 'senior'],
    ],
  });
  const alphaAdmin = await t.user({ email: 'ada@alpha.coop', coopId: n.alpha.id, coopRole: 'admin' });
  const betaSecond = await t.user({ email: 'berta@beta.coop', coopId: n.beta.id });
  return { ...n, gammaDev, alphaAdmin, betaSecond };
}
export type AllocationNetwork = Awaited<ReturnType<typeof allocationNetwork>>;

export function interestBody(people: string[], over: Record<string, unknown> = {}) {
  return {
    availableFrom: '2099-03-01',
    hoursPerWeek: 60,
    capacityPersonDays: 100,
    need: 'medium',
    needNote: '',
    fit: 'We have done this before.',
    role: 'lead',
    proposedPeople: people,
    ...over,
  };
}

export async function expectOk(res: Response, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${await res.text()}`);
  return res;
}

/** An open lead found by alpha, with interests from beta and gamma. */
export async function leadWithInterests(
  t: TestApp,
  n: AllocationNetwork,
  over: Record<string, unknown> = {},
) {
  const id = await openLead(t, n.alphaMember.cookie, over);
  await expectOk(
    await t.request(`/api/v1/leads/${id}/interests/beta`, {
      method: 'PUT',
      as: n.betaMember.cookie,
      json: interestBody([n.betaDev.id], { need: 'high' }),
    }),
    201,
  );
  await expectOk(
    await t.request(`/api/v1/leads/${id}/interests/gamma`, {
      method: 'PUT',
      as: n.gammaMember.cookie,
      json: interestBody([n.gammaDev.id]),
    }),
    201,
  );
  return id;
}

export async function moveLead(t: TestApp, cookie: string, id: string, to: string, extra: object = {}) {
  return expectOk(
    await t.request(`/api/v1/leads/${id}/transitions`, {
      method: 'POST',
      as: cookie,
      json: { to, ...extra },
    }),
  );
}
