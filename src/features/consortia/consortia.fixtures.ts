/** A small international network for calls for partners and tender declarations. */
import type { TestApp } from '../../../tests/support/app.ts';
import { coop, person, term } from '../../../tests/support/factories.ts';

export async function consortiaNetwork(t: TestApp) {
  const db = t.database.db;
  await term(db, 'technology', 'React', ['ReactJS']);
  await term(db, 'technology', 'Drupal');
  await term(db, 'service', 'Research');
  const outlandish = await coop(db, { slug: 'outlandish', name: 'Outlandish', country: 'GB' });
  const facttic = await coop(db, { slug: 'facttic', name: 'FACTTIC Member', country: 'AR' });
  const fiqus = await coop(db, { slug: 'fiqus', name: 'Fiqus', country: 'AR' });
  const uni = await coop(db, { slug: 'uni', name: 'Universidad Cooperativa', country: 'ES' });
  const bigco = await coop(db, { slug: 'bigco', name: 'BigCo', country: 'DE' });
  const reactDev = await person(db, facttic.id, { name: 'Flor React', skills: [['React', 'senior']] });
  const outDev = await person(db, outlandish.id, { name: 'Olly Dev' });
  const user = (email: string, coopId: string, coopRole: 'admin' | 'member' = 'member') =>
    t.user({ email, coopId, coopRole });
  return {
    outlandish,
    facttic,
    fiqus,
    uni,
    bigco,
    reactDev,
    outDev,
    admin: await t.user({ email: 'facilitator@network.coop', role: 'admin' }),
    outAdmin: await user('olu@outlandish.coop', outlandish.id, 'admin'),
    outMember: await user('oz@outlandish.coop', outlandish.id),
    factticAdmin: await user('fer@facttic.coop', facttic.id, 'admin'),
    factticMember: await user('fabi@facttic.coop', facttic.id),
    fiqusAdmin: await user('fede@fiqus.coop', fiqus.id, 'admin'),
    uniAdmin: await user('ursula@uni.coop', uni.id, 'admin'),
    bigcoAdmin: await user('bert@bigco.example', bigco.id, 'admin'),
    loner: await t.user({ email: 'loner@nowhere.coop' }),
  };
}

export type ConsortiaNetwork = Awaited<ReturnType<typeof consortiaNetwork>>;
