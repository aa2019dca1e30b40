/**
 * The server Playwright's webServer starts: the built Minga on a fresh
 * database, so every run begins from the demo network. Embedded PostgreSQL
 * in a new temporary folder; or, when DATABASE_URL names a server, a new
 * database on it. Either is removed when Playwright stops the server.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { MAILBOX } from './mailbox.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const port = process.argv[2] ?? '3917';
const node = process.execPath;

// `npx playwright test` alone still tests the current code: the build skips what is up to date.
execFileSync(node, ['scripts/build.ts'], { cwd: root, stdio: 'inherit' });

// A real SMTP server on loopback; each message Minga sends lands as a file the journeys read.
const mailbox = path.join(root, MAILBOX);
rmSync(mailbox, { recursive: true, force: true });
mkdirSync(mailbox, { recursive: true });
let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, done) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      writeFileSync(path.join(mailbox, `${Date.now()}-${++received}.eml`), Buffer.concat(chunks));
      done();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpPort = (smtp.server.address() as { port: number }).port;

const env: Record<string, string | undefined> = {
  ...process.env,
  MINGA_DEMO: 'on',
  // Every journey's browser signs in from the same loopback address; the throttle itself is
  // tested in the HTTP tier (src/features/accounts/session.test.ts).
  SIGN_IN_ATTEMPTS_PER_MINUTE: '500',
  LOG_LEVEL: 'warn',
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
};
let cleanUp = async () => {};

const external = process.env.DATABASE_URL;
if (external) {
  const name = `minga_e2e_${Date.now()}`;
  const admin = new pg.Client({ connectionString: external });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(external);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanUp = async () => {
    const c = new pg.Client({ connectionString: external });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'minga-e2e-'));
  env.MINGA_DATA_DIR = dir;
  cleanUp = async () => {
    // PostgreSQL may still be writing its last files as Node exits: wait for it to let go of the folder.
    const pid = path.join(dir, 'postgres', 'postmaster.pid');
    for (let i = 0; i < 50 && existsSync(pid); i++) await new Promise((r) => setTimeout(r, 200));
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
}

// Its own process group: Playwright signals ours, and a second SIGTERM would cut Minga's orderly
// shutdown (HTTP, pool, PostgreSQL) short. The signal is passed on exactly once.
const server = spawn(node, ['dist/minga.js', 'serve', '--port', port], {
  cwd: root,
  env,
  stdio: 'inherit',
  detached: true,
});
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.kill('SIGTERM');
  });
// Should this wrapper die first, it does not leave Minga running in its separate group.
process.on('exit', () => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
});
server.on('exit', (code, signal) => {
  smtp.close(() => undefined);
  cleanUp()
    .catch((err: unknown) => process.stderr.write(`e2e clean-up failed: ${String(err)}\n`))
    .finally(() => process.exit(code ?? (signal ? 0 : 1)));
});
