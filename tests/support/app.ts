/**
 * The HTTP test tier: the real app on a real, fresh database, called through
 * app.request(). Sign-in goes through better-auth's real endpoint.
 */
import { sql } from 'drizzle-orm';
import { type AppDeps, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { coopMembers, people } from '../../src/db/schema/directory.ts';
import { createAccount, createAuth } from '../../src/features/accounts/auth.ts';
import type { JobQueue } from '../../src/jobs/queue.ts';
import { startJobQueue } from '../../src/jobs/queue.ts';
import { jobDefinitions } from '../../src/jobs/registry.ts';
import { createLogger } from '../../src/lib/log.ts';
import type { Mail, Mailer } from '../../src/lib/mailer.ts';
import { freshDatabase } from './db.ts';

export const PASSWORD = 'correct horse battery';

export interface TestApp {
  database: Database;
  mails: Mail[];
  jobs: JobQueue;
  auth: ReturnType<typeof createAuth>;
  app: ReturnType<typeof createApp>;
  /** Sends a request; `as` is a cookie from signIn(). */
  request(path: string, init?: RequestInit & { as?: string; json?: unknown; ip?: string }): Promise<Response>;
  signIn(email: string, password?: string): Promise<string>;
  /** Creates an account (optionally in a co-op, optionally as a person of it) and signs it in. */
  user(opts: {
    email: string;
    role?: 'admin' | 'member';
    coopId?: string;
    coopRole?: 'admin' | 'member';
    personId?: string;
  }): Promise<{ id: string; cookie: string }>;
  close(): Promise<void>;
}

let ipCounter = 1;
const nextIp = () => `10.9.${Math.floor(ipCounter / 250) % 250}.${(ipCounter++ % 250) + 1}`;

/** `mailer` replaces the recording one (t.mails then stays empty), e.g. with a real SMTP mailer. */
export async function testApp(opts: { mailer?: Mailer } = {}): Promise<TestApp> {
  const { database } = await freshDatabase();
  const config = { ...loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:3000' }) };
  const log = createLogger('silent');
  const mails: Mail[] = [];
  const mailer: Mailer = opts.mailer ?? { send: async (m) => void mails.push(m) };
  const auth = createAuth({
    db: database.db,
    config,
    mailer,
    secret: 'test-secret-that-is-long-enough-0123456789',
  });
  const deps = { config, database, log, mailer, auth } as AppDeps;
  // Tests run jobs explicitly with `t.jobs.drain()`, through the same handlers the worker runs.
  deps.jobs = await startJobQueue({ url: database.url, log, definitions: jobDefinitions(deps), work: false });
  const app = createApp(deps);

  const request: TestApp['request'] = (path, init = {}) => {
    const { as, json, ip, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (as) headers.set('cookie', as);
    if (json !== undefined) {
      headers.set('content-type', 'application/json');
      rest.body = JSON.stringify(json);
    }
    headers.set('origin', 'http://localhost:3000');
    return Promise.resolve(
      app.request(
        `http://localhost:3000${path}`,
        { ...rest, headers },
        { incoming: { socket: { remoteAddress: ip ?? nextIp() } } },
      ),
    );
  };

  const signIn: TestApp['signIn'] = async (email, password = PASSWORD) => {
    const res = await request('/api/auth/sign-in/email', { method: 'POST', json: { email, password } });
    if (res.status !== 200) throw new Error(`sign-in failed for ${email}: ${res.status} ${await res.text()}`);
    const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
    return cookies.join('; ');
  };

  const user: TestApp['user'] = async (opts) => {
    const { id } = await createAccount(auth, {
      email: opts.email,
      name: opts.email.split('@')[0]!,
      password: PASSWORD,
      role: opts.role ?? 'member',
    });
    if (opts.coopId) {
      await database.db
        .insert(coopMembers)
        .values({ coopId: opts.coopId, userId: id, role: opts.coopRole ?? 'member' });
    }
    if (opts.personId)
      await database.db.update(people).set({ userId: id }).where(sql`${people.id} = ${opts.personId}`);
    return { id, cookie: await signIn(opts.email) };
  };

  const close = async () => {
    await deps.jobs.stop();
    await database.close();
  };
  return { database, mails, jobs: deps.jobs, auth, app, request, signIn, user, close };
}
