/**
 * Writes web/src/api/openapi.d.ts: the TypeScript types of Minga's API, generated
 * from the same OpenAPI document the server publishes. The app is built with
 * a pool that never connects (pg connects lazily and no route is called), so
 * this needs no database. Run it whenever the API changes: `npm run api:types`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/db/client.ts';
import { createAuth } from '../src/features/accounts/auth.ts';
import type { JobQueue } from '../src/jobs/queue.ts';
import { createLogger } from '../src/lib/log.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'web/src/api/openapi.d.ts');

const config = loadConfig({ NODE_ENV: 'development', PUBLIC_URL: 'http://localhost:3000' });
const log = createLogger('silent');
const database = connect('postgres://minga@127.0.0.1:1/never-connected', log);
const mailer = { send: async () => {} };
const auth = createAuth({ db: database.db, config, mailer, secret: 'only-used-to-describe-the-api-0123' });
const unused = () => Promise.reject(new Error('No route runs while describing the API.'));
const jobs: JobQueue = { enqueue: unused, drain: unused, stop: unused };
const app = createApp({ config, database, log, mailer, auth, jobs });

const doc = app.getOpenAPI31Document({
  openapi: '3.1.0',
  info: { title: 'Minga API', version: '1.0.0' },
});
const ast = await openapiTS(doc as Parameters<typeof openapiTS>[0]);
await writeFile(out, COMMENT_HEADER + astToString(ast));
await database.close();
process.stderr.write(
  `api:types: wrote ${path.relative(root, out)} (${Object.keys(doc.paths ?? {}).length} paths)\n`,
);
