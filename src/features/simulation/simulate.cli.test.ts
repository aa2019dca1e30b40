/** `minga simulate` through a child process: deterministic for a seed, on each kind of network. */

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINGA_BIN } from '../../../tests/support/cli.ts';
import { freshDatabase } from '../../../tests/support/db.ts';
import { coop, person } from '../../../tests/support/factories.ts';
import type { Database } from '../../db/client.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const COTECH = path.resolve(ROOT, '../shared/data/cotech-directory');
const run = promisify(execFile);

let database: Database;
let url: string;
let tmp: string;

beforeAll(async () => {
  ({ database, url } = await freshDatabase());
  tmp = mkdtempSync(path.join(os.tmpdir(), 'minga-sim-'));
});
afterAll(async () => {
  await database.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function minga(...args: string[]) {
  try {
    const r = await run(process.execPath, [MINGA_BIN, 'simulate', ...args], {
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

describe('minga simulate', () => {
  it('prints the same table for the same seed, and another for another seed', async () => {
    const out = path.join(tmp, 'a.html');
    const first = await minga('--months', '12', '--seed', 'same', '--out', out);
    const second = await minga('--months', '12', '--seed', 'same', '--out', path.join(tmp, 'b.html'));
    const other = await minga('--months', '12', '--seed', 'other', '--out', path.join(tmp, 'c.html'));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('CoTech demo network: 25 co-ops');
    for (const label of [
      'First come, first served',
      'Best fit only',
      'Weighted score',
      'Need-weighted lottery',
      'Weighted picking',
    ])
      expect(first.stdout).toContain(label);
    expect(second.stdout).toBe(first.stdout);
    expect(other.stdout).not.toBe(first.stdout);
    expect(first.stderr).toContain('Best fit only: month 6/12');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2>Findings</h2>');
    expect(html).toContain('Weighted score: a sweep of its weights');
  });

  it('reads a CoTech directory folder with the import parser', async () => {
    const r = await minga(
      '--months',
      '3',
      '--network',
      COTECH,
      '--out',
      path.join(tmp, 'd.html'),
      '--leads-per-month',
      '2',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/CoTech directory at .*: 25 co-ops/);
  });

  it('reads co-ops, people and the network policy from the database', async () => {
    const db = database.db;
    const a = await coop(db, { slug: 'a', stage: 'new', need: 'high', technologies: ['React'] });
    const b = await coop(db, { slug: 'b', stage: 'stable', need: 'low', technologies: ['React'] });
    await person(db, a.id, { skills: [['React', 'senior']] });
    await person(db, b.id, { skills: [['React', 'expert']] });
    await person(db, b.id, { skills: [['React', 'junior']] });
    const r = await minga('--network', 'db', '--months', '3', '--out', path.join(tmp, 'e.html'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('this Minga network: 2 co-ops');
    expect(r.stdout).toContain('Network policy (version 1)');
  });

  it('refuses bad options with exit code 2', async () => {
    expect((await minga('--months', 'soon')).code).toBe(2);
  });
});
