/**
 * `minga serve` as a real process on the embedded PostgreSQL: clean stop,
 * recovery after a crash, and two instances side by side.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINGA_BIN } from '../support/cli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const children: ChildProcess[] = [];

async function tempDir() {
  const d = await mkdtemp(path.join(os.tmpdir(), 'minga-life-'));
  dirs.push(d);
  return d;
}

function serve(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    MINGA_DATA_DIR: dataDir,
    MINGA_DEMO: 'off',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MINGA_BIN, 'serve', '--port', '0'], {
    env,
    cwd: root,
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 30 s:\n${out}`)), 30_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before starting:\n${out}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

const postmasterPid = async (dataDir: string) => {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number((await readFile(file, 'utf8')).split('\n')[0]) : null;
};

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs) {
    const pid = await postmasterPid(d);
    if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
  }
  await new Promise((r) => setTimeout(r, 500));
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('minga serve on the embedded PostgreSQL', () => {
  it('initialises, answers, and stops PostgreSQL on SIGTERM', async () => {
    const dir = await tempDir();
    const { child, url } = await serve(dir);
    expect((await fetch(`${url}/api/v1/coops`)).status).toBe(200);
    const pgPid = await postmasterPid(dir);
    expect(pgPid && isAlive(pgPid)).toBe(true);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(isAlive(pgPid!)).toBe(false);
  });

  it('recovers after the previous process was killed with SIGKILL', async () => {
    const dir = await tempDir();
    const first = await serve(dir);
    const orphan = await postmasterPid(dir);
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(isAlive(orphan!)).toBe(true); // PostgreSQL outlives a killed Node
    const second = await serve(dir);
    expect((await fetch(`${second.url}/api/v1/coops`)).status).toBe(200);
    expect(isAlive(orphan!)).toBe(false);
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  });

  it('runs two instances side by side without collisions', async () => {
    const [a, b] = await Promise.all([tempDir().then(serve), tempDir().then(serve)]);
    expect(a.url).not.toBe(b.url);
    const [ra, rb] = await Promise.all([fetch(`${a.url}/api/v1/coops`), fetch(`${b.url}/api/v1/coops`)]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await Promise.all([exited(a.child), exited(b.child)])).toEqual([0, 0]);
  });
});
