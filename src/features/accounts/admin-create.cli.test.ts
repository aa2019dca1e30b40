/** `minga admin create`, run as a real child process against a test database, makes an admin who can sign in. */

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { MINGA_BIN } from '../../../tests/support/cli.ts';

const run = promisify(execFile);
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  t = await testApp();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'minga-cli-'));
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

function minga(args: string[]) {
  const env = {
    PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    DATABASE_URL: t.database.url,
    MINGA_DATA_DIR: dataDir,
    MINGA_SECRET: 'cli-test-secret-0123456789abcdef',
    LOG_LEVEL: 'warn',
  };
  return run(process.execPath, [MINGA_BIN, ...args], { env, cwd: path.resolve('.') }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
}

describe('minga admin create', () => {
  it('creates a network admin who can then sign in over HTTP', async () => {
    const r = await minga([
      'admin',
      'create',
      '--email',
      'First@Example.coop',
      '--name',
      'First',
      '--password',
      'a first admin pass',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Network admin created: First@Example.coop');

    const cookie = await t.signIn('first@example.coop', 'a first admin pass');
    const me = await t.request('/api/v1/me', { as: cookie });
    expect(await me.json()).toMatchObject({
      email: 'first@example.coop',
      name: 'First',
      networkRole: 'admin',
    });
    expect((await t.request('/api/v1/admin/users', { as: cookie })).status).toBe(200);
  }, 60_000);

  it('refuses a second account for the same email, and a short password', async () => {
    const again = await minga([
      'admin',
      'create',
      '--email',
      'first@example.coop',
      '--password',
      'another long one',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const short = await minga(['admin', 'create', '--email', 'second@example.coop', '--password', 'short']);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('at least 10 characters');
  }, 60_000);
});
