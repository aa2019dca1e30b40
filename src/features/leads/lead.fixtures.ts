/** A small network for the leads tests: three co-ops, their members and a facilitator. */
import type { TestApp } from '../../../tests/support/app.ts';
import { coop, person, term } from '../../../tests/support/factories.ts';

export async function leadNetwork(t: TestApp) {
  const db = t.database.db;
  await term(db, 'technology', 'React', ['ReactJS']);
  await term(db, 'technology', 'Elixir');
  await term(db, 'technology', 'Drupal');
  await term(db, 'service', 'Web design');
  const alpha = await coop(db, { slug: 'alpha', name: 'Alpha Digital' });
  const beta = await coop(db, { slug: 'beta', name: 'Beta Software' });
  const gamma = await coop(db, { slug: 'gamma', name: 'Gamma Data' });
  const betaDev = await person(db, beta.id, { name: 'Bea Dev', skills: [['React', 'senior']] });
  const alphaDev = await person(db, alpha.id, { name: 'Al Dev' });
  const admin = await t.user({ email: 'facilitator@network.coop', role: 'admin' });
  const alphaMember = await t.user({ email: 'ana@alpha.coop', coopId: alpha.id });
  const betaMember = await t.user({ email: 'bruno@beta.coop', coopId: beta.id });
  const gammaMember = await t.user({ email: 'gala@gamma.coop', coopId: gamma.id });
  const loner = await t.user({ email: 'loner@nowhere.coop' });
  return { alpha, beta, gamma, betaDev, alphaDev, admin, alphaMember, betaMember, gammaMember, loner };
}

export type LeadNetwork = Awaited<ReturnType<typeof leadNetwork>>;

export const CLIENT = {
  organisation: 'Acme Housing Association',
  contactName: 'Zoe Quimby',
  email: 'zoe.quimby@acme-housing.example',
  phone: '+44 20 7946 0000',
};

/** A complete, valid lead body; override what a test cares about. */
export function leadBody(over: Record<string, unknown> = {}) {
  return {
    title: 'Tenant portal rebuild',
    description: 'Rebuild the **tenant portal** with accessible forms.',
    client: CLIENT,
    profiles: [
      { count: 2, technology: 'react', minSeniority: 'semi_senior' },
      { count: 1, technology: 'Elixir', minSeniority: 'senior' },
    ],
    services: ['web-design'],
    budget: { min: 40000, max: 60000, currency: 'GBP', visibility: 'private' },
    mode: 'fixed_price',
    effortPersonDays: 120,
    startDate: '2099-03-01',
    interestDeadline: '2099-02-01T17:00:00Z',
    durationWeeks: 16,
    languages: ['en'],
    place: 'Manchester',
    remote: true,
    terms: { finderFeePercent: 5, noCutOnOthersWork: true, contractTransparency: true, note: '' },
    tags: ['housing', 'accessibility'],
    ...over,
  };
}

/** Posts a lead as `cookie` and moves it to `open`; returns its id. */
export async function openLead(t: TestApp, cookie: string, over: Record<string, unknown> = {}) {
  const res = await t.request('/api/v1/leads', { method: 'POST', as: cookie, json: leadBody(over) });
  if (res.status !== 201) throw new Error(`post failed: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  const pub = await t.request(`/api/v1/leads/${id}/transitions`, {
    method: 'POST',
    as: cookie,
    json: { to: 'open' },
  });
  if (pub.status !== 200) throw new Error(`publish failed: ${pub.status} ${await pub.text()}`);
  return id;
}
