/**
 * Writes fixtures/cotech-demo.json, the demo network `npm start` loads into an
 * empty database: the CoTech directory's facts plus invented people
 * (src/features/directory-import/demo.fixture.ts). Deterministic; run again
 * after changing the generator and commit the result.
 *
 *   node scripts/make-cotech-fixture.ts [../shared/data/cotech-directory]
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCotechFolder } from '../src/features/directory-import/cotech.parse.ts';
import { demoDocument } from '../src/features/directory-import/demo.fixture.ts';
import { validateSource } from '../src/features/directory-import/document.validate.ts';
import { formatIssue } from '../src/features/directory-import/import.source.ts';

const root = path.resolve(import.meta.dirname, '..');
const folder = process.argv[2] ?? path.resolve(root, '../shared/data/cotech-directory');
const out = path.join(root, 'fixtures/cotech-demo.json');

const source = await readCotechFolder(folder, (m) => process.stderr.write(`${m}\n`));
const { document, errors } = validateSource(source, { clients: new Set(), coops: new Set() });
for (const w of source.warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
if (source.errors.length || errors.length) {
  for (const e of [...source.errors, ...errors]) process.stderr.write(`${formatIssue(e)}\n`);
  process.exit(1);
}
const demo = demoDocument(document);
writeFileSync(out, `${JSON.stringify(demo, null, 2)}\n`);
// In the project's JSON style, so `biome check` passes on the committed file.
execFileSync(path.join(root, 'node_modules/.bin/biome'), ['format', '--write', out], { stdio: 'ignore' });
const people = demo.coops.reduce((n, c) => n + (c.people?.length ?? 0), 0);
process.stderr.write(
  `Wrote ${path.relative(root, out)}: ${demo.coops.length} co-ops, ${people} people, ${demo.technologies.length} technologies, ` +
    `${demo.services.length} services, ${demo.clients.length} clients, ${demo.caseStudies.length} case studies.\n`,
);
