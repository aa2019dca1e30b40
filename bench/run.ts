/**
 * `npm run bench`: every benchmark in turn, each printing its progress and
 * figures, then one summary table. `npm run bench -- directory teams` runs some.
 * Figures are written to bench/results/latest.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const all: Record<string, () => Promise<{ run(): Promise<Record<string, number>> }>> = {
  directory: () => import('./directory.bench.ts'),
  allocation: () => import('./allocation.bench.ts'),
  ledger: () => import('./ledger.bench.ts'),
  teams: () => import('./teams.bench.ts'),
  federation: () => import('./federation.bench.ts'),
  leads: () => import('./leads.bench.ts'),
};

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((a) => !(a in all));
if (unknown.length) {
  process.stderr.write(
    `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(all).join(', ')}\n`,
  );
  process.exit(2);
}
const names = asked.length ? asked : Object.keys(all);
const results: Record<string, Record<string, number>> = {};
const started = performance.now();
for (const [i, name] of names.entries()) {
  process.stderr.write(`\n[${i + 1}/${names.length}] ${name}\n`);
  const t = performance.now();
  const mod = await all[name]!();
  results[name] = await mod.run();
  process.stderr.write(`  (${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
}

process.stdout.write('\nSummary\n');
for (const [name, figures] of Object.entries(results)) {
  for (const [k, v] of Object.entries(figures)) {
    process.stdout.write(`  ${`${name}.${k}`.padEnd(56)} ${Number.isInteger(v) ? v : v.toFixed(3)}\n`);
  }
}
const dir = path.join(import.meta.dirname, 'results');
await mkdir(dir, { recursive: true });
await writeFile(
  path.join(dir, 'latest.json'),
  JSON.stringify({ at: new Date().toISOString(), results }, null, 2),
);
process.stdout.write(
  `\nAll benchmarks done in ${((performance.now() - started) / 1000).toFixed(0)} s; figures in bench/results/latest.json\n`,
);
