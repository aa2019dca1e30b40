/** Shared pieces of the benchmarks: a scratch PostgreSQL, a server process, latency figures, memory by PSS. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { connect, type Database } from '../src/db/client.ts';
import { ensureDatabase, startEmbedded } from '../src/db/embedded.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { createLogger } from '../src/lib/log.ts';

export const root = path.resolve(import.meta.dirname, '..');
export const log = (msg: string) => process.stderr.write(`${msg}\n`);

export interface Scratch {
  database: Database;
  url: string;
  dataDir: string;
  /** Stops the cluster but keeps its folder (to start Minga on it). */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** A fresh embedded cluster with a migrated database, removed on close. */
export async function scratchDatabase(name = 'bench'): Promise<Scratch> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `minga-${name}-`));
  const quiet = createLogger('warn');
  const cluster = await startEmbedded(dataDir, quiet);
  await ensureDatabase(cluster.url('postgres'), 'minga');
  const url = cluster.url('minga');
  const database = connect(url, quiet, 10);
  await runMigrations(database);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await database.close();
    await cluster.stop();
  };
  return {
    database,
    url,
    dataDir,
    stop,
    close: async () => {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarise(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { n: s.length, mean, p50: percentile(s, 50), p99: percentile(s, 99) };
}

/** Runs `minga serve` from the bundle as its own process and waits for its URL. */
export function startServer(
  env: Record<string, string | undefined>,
): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const t = performance.now();
  const merged: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: 'warn', ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  const child = spawn(process.execPath, [path.join(root, 'dist/minga.js'), 'serve', '--port', '0'], {
    env: merged,
    cwd: root,
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]!, ms: performance.now() - t });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
}

export async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

/** Resident memory of a process (kB → MB). */
export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** PostgreSQL's memory counted by PSS over the postmaster and its children (shared memory counted once). */
export async function postgresPssMb(dataDir: string): Promise<number> {
  const pid = Number(
    (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0],
  );
  const pids = [pid];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) pids.push(Number(entry));
    } catch {}
  }
  let kb = 0;
  for (const p of pids) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(await readFile(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {}
  }
  return kb / 1024;
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
