import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINGA_BIN } from '../../../tests/support/cli.ts';
import { freshDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../db/client.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const COTECH = path.resolve(ROOT, '../shared/data/cotech-directory');
const run = promisify(execFile);

let database: Database;
let url: string;
let tmp: string;

beforeAll(async () => {
  ({ database, url } = await freshDatabase());
  tmp = mkdtempSync(path.join(os.tmpdir(), 'minga-cli-'));
});
afterAll(async () => {
  await database.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs `node bin/minga.ts …` against the test database; resolves with the exit code and both streams. */
async function minga(...args: string[]) {
  try {
    const r = await run(process.execPath, [MINGA_BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('minga import and export', () => {
  it('refuses a broken CoTech folder with exit code 1, naming file:line and field', async () => {
    const dir = path.join(tmp, 'broken');
    cpSync(COTECH, dir, { recursive: true });
    const file = path.join(dir, 'coops/outlandish.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('members: 9', 'members: lots'));
    const r = await minga('import', 'cotech', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:4: members: Expected a whole number of members, got "lots".`);
    expect(r.stderr).toContain('--skip-invalid');
    const counted = await database.pool.query('select count(*)::int as n from coops');
    expect(counted.rows[0].n).toBe(0);
  });

  it('imports the CoTech folder, printing progress and a summary', async () => {
    const r = await minga('import', 'cotech', COTECH);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'Parsing 25 co-ops, 99 technologies, 53 services, 441 clients, 5 case studies…',
    );
    expect(r.stderr).toMatch(/Writing co-ops… \d+\/25/);
    expect(r.stderr).toMatch(/Co-ops\s+25 created\s+0 updated\s+0 unchanged/);
  });

  it('says what a dry run would change, and writes nothing', async () => {
    const csv = path.join(tmp, 'one.csv');
    writeFileSync(csv, 'name,headcount,technologies\nNew Co-op,3,Drupal;Elixir\n');
    const r = await minga('import', csv, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Dry run: nothing was written');
    expect(r.stderr).toMatch(/Co-ops\s+1 created/);
    const counted = await database.pool.query(
      `select count(*)::int as n from coops where slug = 'new-co-op'`,
    );
    expect(counted.rows[0].n).toBe(0);
  });

  it('exports JSON that imports back with nothing changed', async () => {
    const out = path.join(tmp, 'directory.json');
    const e = await minga('export', '--out', out);
    expect(e.code).toBe(0);
    expect(e.stderr).toContain('Exported 25 co-ops');
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc).toMatchObject({ format: 'minga-directory', version: 1 });
    const r = await minga('import', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Co-ops\s+0 created\s+0 updated\s+25 unchanged/);
    const stdout = await minga('export');
    expect(JSON.parse(stdout.stdout)).toEqual(doc);
  });
});
