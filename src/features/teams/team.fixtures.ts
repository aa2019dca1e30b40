/**
 * The story as a small network: a lead needing two senior React
 * developers and one senior Drupal developer that no single co-op covers.
 * Alpha has the React people, Beta the Drupal one; Gamma found the lead and
 * has a Drupal developer who is busy.
 */
import type { TestApp } from '../../../tests/support/app.ts';
import { coop, person, term } from '../../../tests/support/factories.ts';
import { leadBody } from '../leads/lead.fixtures.ts';

export async function teamNetwork(t: TestApp) {
  const db = t.database.db;
  await term(db, 'technology', 'React', ['ReactJS']);
  await term(db, 'technology', 'Drupal');
  await term(db, 'technology', 'Elixir');
  await term(db, 'service', 'Web design');
  const alpha = await coop(db, { slug: 'alpha', name: 'Alpha Digital', country: 'GB', stage: 'stable' });
  const beta = await coop(db, { slug: 'beta', name: 'Beta Software', country: 'AR', stage: 'new' });
  const gamma = await coop(db, { slug: 'gamma', name: 'Gamma Data', country: 'ES', stage: 'growing' });
  const free = { availability: 'free' as const, hoursPerWeek: 40 };
  const ana = await person(db, alpha.id, { name: 'Ana React', ...free, skills: [['React', 'senior']] });
  const ari = await person(db, alpha.id, { name: 'Ari React', ...free, skills: [['React', 'expert']] });
  const bea = await person(db, beta.id, { name: 'Bea Drupal', ...free, skills: [['Drupal', 'senior']] });
  const ben = await person(db, beta.id, { name: 'Ben Junior', ...free, skills: [['React', 'junior']] });
  const gus = await person(db, gamma.id, { name: 'Gus Busy', skills: [['Drupal', 'expert']] });
  const admin = await t.user({ email: 'facilitator@network.coop', role: 'admin' });
  const alphaAdmin = await t.user({ email: 'ada@alpha.coop', coopId: alpha.id, coopRole: 'admin' });
  const alphaMember = await t.user({ email: 'amos@alpha.coop', coopId: alpha.id });
  const betaAdmin = await t.user({ email: 'bo@beta.coop', coopId: beta.id, coopRole: 'admin' });
  const gammaAdmin = await t.user({ email: 'gia@gamma.coop', coopId: gamma.id, coopRole: 'admin' });
  const gammaMember = await t.user({ email: 'gil@gamma.coop', coopId: gamma.id });
  const loner = await t.user({ email: 'loner@nowhere.coop' });
  return {
    alpha,
    beta,
    gamma,
    people: { ana, ari, bea, ben, gus },
    admin,
    alphaAdmin,
    alphaMember,
    betaAdmin,
    gammaAdmin,
    gammaMember,
    loner,
  };
}

export type TeamNetwork = Awaited<ReturnType<typeof teamNetwork>>;

/** Gamma finds and opens the lead; Alpha (offering to lead) and Beta (as partner) say they are interested. */
export async function reactDrupalLead(t: TestApp, n: TeamNetwork, over: Record<string, unknown> = {}) {
  const body = leadBody({
    title: 'Housing portal',
    finderCoop: 'gamma',
    scope: 'team',
    profiles: [
      { count: 2, technology: 'React', minSeniority: 'senior' },
      { count: 1, technology: 'Drupal', minSeniority: 'senior' },
    ],
    ...over,
  });
  const res = await t.request('/api/v1/leads', { method: 'POST', as: n.gammaMember.cookie, json: body });
  if (res.status !== 201) throw new Error(`post failed: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  const pub = await t.request(`/api/v1/leads/${id}/transitions`, {
    method: 'POST',
    as: n.gammaMember.cookie,
    json: { to: 'open' },
  });
  if (pub.status !== 200) throw new Error(`publish failed: ${pub.status} ${await pub.text()}`);
  return id;
}

export async function interested(
  t: TestApp,
  cookie: string,
  leadId: string,
  coop: string,
  role: 'lead' | 'partner',
) {
  const res = await t.request(`/api/v1/leads/${leadId}/interests/${coop}`, {
    method: 'PUT',
    as: cookie,
    json: {
      availableFrom: '2099-03-01',
      hoursPerWeek: 40,
      capacityPersonDays: 100,
      need: 'medium',
      fit: 'We have done this before.',
      role,
    },
  });
  if (res.status !== 201) throw new Error(`interest failed: ${res.status} ${await res.text()}`);
}
