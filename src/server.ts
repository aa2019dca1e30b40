/**
 * Starts Minga: database (embedded or external), migrations, demo network
 * when empty, HTTP server. Returns a handle whose close() shuts down in
 * order: HTTP, database pool, PostgreSQL.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { type AppDeps, createApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/open.ts';
import { createAuth } from './features/accounts/auth.ts';
import { seedDemoNetwork } from './features/directory-import/demo.ts';
import { startJobQueue } from './jobs/queue.ts';
import { jobDefinitions } from './jobs/registry.ts';
import { createLogger, type Logger } from './lib/log.ts';
import { createMailer, type Mailer } from './lib/mailer.ts';
import { loadSecret } from './lib/secret.ts';

export interface RunningMinga {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function defaultWebRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Bundled: dist/minga.js next to dist/web. From source: src/server.ts, web build in dist/web.
  return path.basename(here) === 'dist' ? path.join(here, 'web') : path.join(here, '..', 'dist', 'web');
}

export async function startMinga(
  config: Config,
  opts: { log?: Logger; mailer?: Mailer; webRoot?: string; quiet?: boolean } = {},
): Promise<RunningMinga> {
  const started = performance.now();
  const log = opts.log ?? createLogger(config.logLevel);
  const opened = await openDatabase(config, log);
  const { database } = opened;
  const mailer = opts.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }, log);
  const auth = createAuth({
    db: database.db,
    config,
    mailer,
    secret: await loadSecret(config.secret, config.dataDir),
  });

  let demoSignIns: Array<{ email: string; password: string; role: string }> = [];
  if (config.demo === 'on' || config.demo === 'auto') {
    const r = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from coops`);
    if (r.rows[0]?.n === 0) {
      demoSignIns = (await seedDemoNetwork({ db: database.db, auth, log })).signIns;
    }
  }

  // Job handlers read their dependencies when they run, so the queue can be part of them.
  const deps = { config, database, log, mailer, auth } as AppDeps;
  deps.jobs = await startJobQueue({
    url: database.url,
    log,
    definitions: jobDefinitions(deps),
    work: config.nodeType !== 'web',
  });
  const app = createApp({ ...deps, webRoot: opts.webRoot ?? defaultWebRoot() });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  // Port 0 asks the OS for a free port (tests); the public URL then follows it.
  const url = config.port === 0 ? `http://127.0.0.1:${port}` : config.publicUrl;
  log.info('Minga is ready', {
    url,
    database: opened.description,
    ms: Math.round(performance.now() - started),
  });
  if (!opts.quiet) {
    const lines = [`\n  Minga is running at ${url}`, `  Data: ${opened.description}`];
    if (demoSignIns.length) {
      lines.push('  Demo network loaded from the CoTech directory. Sign in as:');
      for (const s of demoSignIns) lines.push(`    ${s.role.padEnd(14)} ${s.email}  /  ${s.password}`);
    }
    process.stdout.write(`${lines.join('\n')}\n\n`);
  }

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await deps.jobs
        .stop()
        .catch((err) => log.warn('job queue did not stop cleanly', { error: String(err) }));
      await opened.close();
    })();
    return closing;
  };
  return { url, port, close };
}
