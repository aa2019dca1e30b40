import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../db/client.ts';
import { resolveTerms } from '../terms/term.queries.ts';
import { readCotechFolder } from './cotech.parse.ts';
import { readDirectoryCsv } from './directory.csv.ts';
import { exportDirectory } from './directory.export.ts';
import { ImportRejected, importDirectory } from './directory.import.ts';
import { readDocumentJson } from './document.read.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** CoTech's real directory, kept beside the repository (see its SOURCE.md). */
const COTECH = path.resolve(ROOT, '../shared/data/cotech-directory');
const FIXTURE = path.join(ROOT, 'fixtures/cotech-demo.json');

const opened: Database[] = [];
async function fresh() {
  const { database } = await freshDatabase();
  opened.push(database);
  return database.db;
}
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
});

async function count(db: Database['db'], table: string, where = sql``): Promise<number> {
  const r = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${sql.identifier(table)} ${where}`,
  );
  return r.rows[0]!.n;
}

/** A copy of the CoTech folder with one file changed. */
function brokenCopy(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'minga-cotech-'));
  cpSync(COTECH, dir, { recursive: true });
  const at = path.join(dir, file);
  writeFileSync(at, change(readFileSync(at, 'utf8')));
  return dir;
}

describe('importing the CoTech directory', () => {
  let db: Database['db'];
  let firstUpdatedAt: string[];

  beforeAll(async () => {
    db = await fresh();
  });

  it('imports every co-op, term, client and case study, with progress and a summary', async () => {
    const messages: string[] = [];
    const summary = await importDirectory(db, await readCotechFolder(COTECH), {
      onProgress: (m) => messages.push(m),
    });
    expect(summary.coops).toMatchObject({ created: 25, updated: 0, skipped: 0 });
    expect(summary.clients.created).toBe(441);
    expect(summary.services.created).toBe(53);
    // 99 technology files; django-2 and django-3 are both "Django", so they are one term.
    expect(summary.technologies.created + summary.technologies.updated).toBe(99);
    expect(summary.caseStudies.created).toBe(5);
    expect(messages.some((m) => /Writing co-ops… 10\/25|Writing co-ops… \d+\/25/.test(m))).toBe(true);
    expect(summary.warnings.map((w) => w.message).join('\n')).toContain('"3d websites" names no record');

    expect(await count(db, 'coops')).toBe(25);
    expect(await count(db, 'terms', sql`where kind = 'technology'`)).toBe(98);
    expect(await count(db, 'terms', sql`where kind = 'service'`)).toBe(53);
    expect(await count(db, 'clients')).toBe(441);
    expect(await count(db, 'case_studies')).toBe(5);
    firstUpdatedAt = (
      await db.execute<{ t: string }>(sql`select updated_at::text as t from coops order by slug`)
    ).rows.map((r) => r.t);
  });

  it('keeps the facts: size, place, technologies, clients, who delivered a case study', async () => {
    const agile = (
      await db.execute<{ headcount: number; city: string; country: string; stage: string; need: string }>(
        sql`select headcount, city, country, stage, need from coops where slug = 'agile-collective'`,
      )
    ).rows[0];
    expect(agile).toEqual({ headcount: 12, city: 'Oxford', country: 'GB', stage: 'stable', need: 'medium' });
    const techs = await db.execute<{
      slug: string;
    }>(sql`select t.slug from coop_terms ct join terms t on t.id = ct.term_id
      join coops c on c.id = ct.coop_id where c.slug = 'agile-collective' and t.kind = 'technology'`);
    expect(techs.rows.map((r) => r.slug)).toContain('drupal');
    const clients = await count(
      db,
      'coop_clients',
      sql`where coop_id = (select id from coops where slug = 'agile-collective')`,
    );
    expect(clients).toBe(21);
    const nook = await db.execute<{
      slug: string;
    }>(sql`select c.slug from case_study_coops x join coops c on c.id = x.coop_id
      join case_studies s on s.id = x.case_study_id where s.slug = 'nook'`);
    expect(nook.rows).toEqual([{ slug: 'outlandish' }]);
    // Both Django files answer to the one term.
    const django = await resolveTerms(db, 'technology', ['django-2', 'django-3', 'Django']);
    expect(django.ids).toHaveLength(1);
  });

  it('changes nothing when the same folder is imported again', async () => {
    const summary = await importDirectory(db, await readCotechFolder(COTECH));
    for (const kind of ['technologies', 'services', 'clients', 'coops', 'caseStudies'] as const)
      expect(summary[kind], kind).toMatchObject({ created: 0, updated: 0 });
    expect(summary.coops.unchanged).toBe(25);
    expect(await count(db, 'coops')).toBe(25);
    expect(await count(db, 'clients')).toBe(441);
    const again = (
      await db.execute<{ t: string }>(sql`select updated_at::text as t from coops order by slug`)
    ).rows.map((r) => r.t);
    expect(again).toEqual(firstUpdatedAt);
  });
});

describe('a bad record', () => {
  let dir: string;
  beforeAll(() => {
    dir = brokenCopy('coops/agile-collective.md', (t) => t.replace('members: 12', 'members: "lots"'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops the import, names file, line and field, and writes nothing', async () => {
    const db = await fresh();
    const err = await importDirectory(db, await readCotechFolder(dir)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    const issues = (err as ImportRejected).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: path.join(dir, 'coops/agile-collective.md'),
      line: 4,
      field: 'members',
    });
    expect((err as Error).message).toContain('coops/agile-collective.md:4: members:');
    for (const table of ['coops', 'terms', 'clients', 'case_studies'])
      expect(await count(db, table), table).toBe(0);
  });

  it('is skipped, and listed, when asked to skip invalid records', async () => {
    const db = await fresh();
    const summary = await importDirectory(db, await readCotechFolder(dir), { skipInvalid: true });
    expect(summary.coops).toMatchObject({ created: 24, skipped: 1 });
    expect(summary.skipped[0]).toMatchObject({ field: 'members', record: 'co-op agile-collective' });
    expect(await count(db, 'coops')).toBe(24);
    expect(await count(db, 'coops', sql`where slug = 'agile-collective'`)).toBe(0);
    // Its case study names a co-op that is not there: a warning, not a lost import.
    expect(summary.warnings.some((w) => w.record === 'case study localgov_drupal')).toBe(true);
  });

  it('in a YAML syntax error is reported at its line', async () => {
    const broken = brokenCopy('technologies/drupal.md', (t) => t.replace('name: Drupal', 'name: [Drupal'));
    try {
      const err = (await importDirectory(await fresh(), await readCotechFolder(broken)).catch(
        (e: unknown) => e,
      )) as ImportRejected;
      expect(err.issues[0]?.file).toBe(path.join(broken, 'technologies/drupal.md'));
      expect(err.issues[0]?.line).toBeGreaterThanOrEqual(3);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('export', () => {
  it('round-trips: export, import into an empty Minga, export again gives the same JSON', async () => {
    const a = await fresh();
    await importDirectory(a, readDocumentJson(readFileSync(FIXTURE, 'utf8'), FIXTURE));
    const first = await exportDirectory(a);
    expect(first.coops).toHaveLength(25);
    expect(first.coops.reduce((n, c) => n + (c.people?.length ?? 0), 0)).toBe(150);
    const text = JSON.stringify(first, null, 2);

    const b = await fresh();
    const summary = await importDirectory(b, readDocumentJson(text, 'export.json'));
    expect(summary.people.created).toBe(150);
    expect(JSON.stringify(await exportDirectory(b), null, 2)).toBe(text);

    // And importing the export where it came from changes nothing.
    const back = await importDirectory(a, readDocumentJson(text, 'export.json'));
    expect(back.coops.unchanged).toBe(25);
    expect(back.people).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 150 });
  });

  it('re-import updates people by key and removes those no longer listed', async () => {
    const db = await fresh();
    const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    await importDirectory(db, readDocumentJson(JSON.stringify(doc), 'a.json'));
    const outlandish = doc.coops.find((c: { slug: string }) => c.slug === 'outlandish');
    const kept = outlandish.people[0];
    kept.availability = 'free';
    kept.hoursPerWeek = 30;
    kept.freeFrom = null;
    outlandish.people = [kept];
    const summary = await importDirectory(db, readDocumentJson(JSON.stringify(doc), 'b.json'));
    expect(summary.people).toMatchObject({ created: 0, removed: 8 });
    expect(summary.coops.updated).toBe(1);
    const row = await db.execute<{ total: number; free: number }>(
      sql`select people_total as total, people_free as free from coops where slug = 'outlandish'`,
    );
    expect(row.rows[0]).toEqual({ total: 1, free: 1 });
  });

  it('reports a bad JSON record by line and field path', async () => {
    const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    doc.coops[1].headcount = 'lots';
    const text = JSON.stringify(doc, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"headcount": "lots"')) + 1;
    const err = (await importDirectory(await fresh(), readDocumentJson(text, 'bad.json')).catch(
      (e: unknown) => e,
    )) as ImportRejected;
    expect(err).toBeInstanceOf(ImportRejected);
    expect(err.issues).toEqual([
      expect.objectContaining({
        file: 'bad.json',
        line,
        field: 'coops[1].headcount',
        record: 'co-op animorph',
      }),
    ]);
  });
});

describe('CSV', () => {
  const CSV = [
    'slug,name,city,country,headcount,stage,need,languages,technologies,services,clients,email,latitude,longitude',
    'fiqus,Fiqus,Buenos Aires,AR,12,stable,low,es;en,Elixir;ReactJS,Development,"Acme, Inc.;Sur",hola@fiqus.coop,-34.6,-58.4',
    ',"Tecno, Coop",Rosario,AR,,,high,es,Drupal,,,,,',
  ].join('\n');

  it('imports one co-op per row, list columns split on ";"', async () => {
    const db = await fresh();
    const summary = await importDirectory(db, readDirectoryCsv(CSV, 'coops.csv'));
    expect(summary.coops.created).toBe(2);
    expect(summary.clients.created).toBe(2);
    const [doc] = (await exportDirectory(db)).coops.filter((c) => c.slug === 'fiqus');
    expect(doc).toMatchObject({
      name: 'Fiqus',
      city: 'Buenos Aires',
      country: 'AR',
      headcount: 12,
      stage: 'stable',
      need: 'low',
      languages: ['es', 'en'],
      technologies: ['elixir', 'reactjs'],
      clients: ['acme-inc', 'sur'],
      contact: { email: 'hola@fiqus.coop', phone: null, address: null },
      location: { latitude: -34.6, longitude: -58.4 },
    });
    // No slug column value: made from the name.
    expect(await count(db, 'coops', sql`where slug = 'tecno-coop' and need = 'high'`)).toBe(1);
    // Spellings go through aliases: "React" now finds the term the CSV created as "ReactJS".
    expect((await resolveTerms(db, 'technology', ['React'])).ids).toHaveLength(1);
  });

  it('reports a bad cell by line and column', async () => {
    const bad = `${CSV}\nbad,Bad,,Argentina,many,,,,,,,,,\n`;
    const err = (await importDirectory(await fresh(), readDirectoryCsv(bad, 'coops.csv')).catch(
      (e: unknown) => e,
    )) as ImportRejected;
    expect(err).toBeInstanceOf(ImportRejected);
    expect(err.issues.map((i) => `${i.file}:${i.line}:${i.field}`).sort()).toEqual([
      'coops.csv:4:country',
      'coops.csv:4:headcount',
    ]);
  });
});
