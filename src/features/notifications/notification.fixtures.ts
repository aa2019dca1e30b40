/** Helpers for the notification tests: the app's dependencies, running the outbox, a chat server on loopback. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../../../tests/support/app.ts';
import { loadConfig } from '../../config.ts';
import type { Deps } from '../../http/context.ts';
import { createLogger, type Logger } from '../../lib/log.ts';
import { createMailer, type Mailer } from '../../lib/mailer.ts';
import { kickDigest, kickOutbox } from './job-refs.ts';

export const PUBLIC_URL = 'http://localhost:3000';

/** The app's dependencies around a test app's database and queue, with a logger that keeps every line. */
export function capturingDeps(t: TestApp): { deps: Deps; lines: string[]; log: Logger; mailer: Mailer } {
  const lines: string[] = [];
  const log = createLogger('debug', (l) => void lines.push(l));
  // The mailer Minga uses without SMTP writes each mail to the log: the strictest place to look for leaks.
  const mailer = createMailer({ smtpUrl: undefined, from: 'Minga <minga@localhost>' }, log);
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL });
  return { deps: { config, database: t.database, log, mailer, jobs: t.jobs }, lines, log, mailer };
}

/** Runs the outbox sweep now and everything it enqueues, as the worker would. */
export async function deliverOutbox(t: TestApp) {
  await kickOutbox(t.jobs, t.database.db);
  return t.jobs.drain();
}

export async function runDigest(t: TestApp) {
  await kickDigest(t.jobs, t.database.db);
  return t.jobs.drain();
}

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A chat server on loopback that records each POST and answers with `status()`. */
export async function chatServer(status: () => number = () => 200) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(status(), { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/abc`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
