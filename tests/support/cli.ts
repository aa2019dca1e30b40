/**
 * The `minga` command as tests run it: the esbuild bundle that `npm start`
 * runs (built, or found up to date, by the global setup), so each child
 * process starts in a fraction of the time the TypeScript sources take.
 */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const MINGA_BIN = path.join(ROOT, 'dist', 'minga.js');
