/**
 * The demo network: the CoTech directory's facts with invented people
 * (fixtures/cotech-demo.json, made by scripts/make-cotech-fixture.ts),
 * imported like any directory, plus sign-ins for a facilitator and for an
 * admin and a member of every co-op.
 */
import { and, eq } from 'drizzle-orm';
import fixture from '../../../fixtures/cotech-demo.json' with { type: 'json' };
import type { Db } from '../../db/client.ts';
import { coopMembers, coops, people } from '../../db/schema/directory.ts';
import type { Logger } from '../../lib/log.ts';
import { type Auth, createAccount, hashPassword } from '../accounts/auth.ts';
import { importDirectory } from './directory.import.ts';
import { readDocumentValue } from './document.read.ts';
import { personId } from './write.people.ts';

export const DEMO_PASSWORD = 'minga-demo-2026';
export const DEMO_FACILITATOR = 'facilitator@demo.minga.coop';
export const demoEmail = (who: 'admin' | 'member', coopSlug: string) =>
  `${who}@${coopSlug.replace(/_/g, '-')}.demo.minga.coop`;

/** The co-op whose sign-ins the server prints. */
const SHOWN_COOP = 'outlandish';

export async function seedDemoNetwork(deps: {
  db: Db;
  auth: Auth;
  log: Logger;
}): Promise<{ signIns: Array<{ email: string; password: string; role: string }> }> {
  const { db, auth, log } = deps;
  const started = performance.now();
  const summary = await importDirectory(db, readDocumentValue(fixture, 'fixtures/cotech-demo.json'));

  const passwordHash = await hashPassword(auth, DEMO_PASSWORD);
  const account = (email: string, name: string, role: 'admin' | 'member') =>
    createAccount(auth, { email, name, role, password: DEMO_PASSWORD, passwordHash });
  await account(DEMO_FACILITATOR, 'Network facilitator', 'admin');

  const rows = await db.select({ id: coops.id, slug: coops.slug, name: coops.name }).from(coops);
  for (const coop of rows) {
    const first = fixture.coops.find((c) => c.slug === coop.slug)?.people[0];
    const admin = await account(demoEmail('admin', coop.slug), `${coop.name} admin`, 'member');
    const member = await account(
      demoEmail('member', coop.slug),
      first?.name ?? `${coop.name} member`,
      'member',
    );
    await db.insert(coopMembers).values([
      { coopId: coop.id, userId: admin.id, role: 'admin' },
      { coopId: coop.id, userId: member.id, role: 'member' },
    ]);
    // The member is the co-op's first person, so they can keep their own availability true.
    if (first)
      await db
        .update(people)
        .set({ userId: member.id })
        .where(and(eq(people.id, personId(coop.slug, first.key)), eq(people.coopId, coop.id)));
  }
  log.info('demo network loaded', {
    coops: summary.coops.created,
    people: summary.people.created,
    accounts: 1 + rows.length * 2,
    ms: Math.round(performance.now() - started),
  });
  return {
    signIns: [
      { email: DEMO_FACILITATOR, password: DEMO_PASSWORD, role: 'facilitator' },
      { email: demoEmail('admin', SHOWN_COOP), password: DEMO_PASSWORD, role: 'co-op admin' },
      { email: demoEmail('member', SHOWN_COOP), password: DEMO_PASSWORD, role: 'co-op member' },
    ],
  };
}
