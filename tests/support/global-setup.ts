/**
 * Starts one PostgreSQL for the whole test run — an embedded cluster in a
 * temporary folder, or the server named by DATABASE_URL — and migrates a
 * template database that each test file clones (tests/support/db.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../../src/db/client.ts';
import { type EmbeddedCluster, ensureDatabase, startEmbedded } from '../../src/db/embedded.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { createLogger } from '../../src/lib/log.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    template: string;
    runId: string;
  }
}

export default async function setup(project: TestProject) {
  const log = createLogger('warn');
  // CLI and server tests run the bundle (tests/support/cli.ts); build it unless it is up to date.
  execFileSync(
    process.execPath,
    [path.join(import.meta.dirname, '../../scripts/build.ts'), '--server-only'],
    {
      stdio: 'inherit',
    },
  );
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let cluster: EmbeddedCluster | undefined;
  let dir: string | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    dir = await mkdtemp(path.join(os.tmpdir(), 'minga-test-'));
    cluster = await startEmbedded(dir, log);
    adminUrl = cluster.url('postgres');
  }
  const template = `minga_tpl_${runId}`;
  await ensureDatabase(adminUrl, template);
  const u = new URL(adminUrl);
  u.pathname = `/${template}`;
  const database = connect(u.toString(), log, 2);
  await runMigrations(database);
  await database.close();

  project.provide('adminUrl', adminUrl);
  project.provide('template', template);
  project.provide('runId', runId);

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const dbs = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`minga_%${runId}%`],
    );
    for (const { datname } of dbs.rows) {
      await client
        .query(`drop database if exists ${pg.escapeIdentifier(datname)} with (force)`)
        .catch(() => undefined);
    }
    await client.end();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
