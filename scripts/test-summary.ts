/**
 * Prints the test counts of the last `npm test` (Vitest and Playwright JSON
 * reports in reports/) as "label: N passed, N failed", and keeps them so
 * `total` can add up every run of a CI job.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '..', 'reports');
const label = process.argv[2] ?? 'tests';
const read = (f: string) =>
  existsSync(path.join(dir, f)) ? JSON.parse(readFileSync(path.join(dir, f), 'utf8')) : null;

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function lastRun(): Counts {
  const c: Counts = { passed: 0, failed: 0, skipped: 0 };
  const v = read('vitest.json');
  if (v) {
    c.passed += v.numPassedTests ?? 0;
    c.failed += v.numFailedTests ?? 0;
    c.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
  const p = read('playwright.json');
  if (p?.stats) {
    c.passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
    c.failed += p.stats.unexpected ?? 0;
    c.skipped += p.stats.skipped ?? 0;
  }
  return c;
}

const ledgerFile = path.join(dir, 'runs.json');
const ledger: Record<string, Counts> = read('runs.json') ?? {};
let counts: Counts;
if (label === 'total') {
  counts = Object.values(ledger).reduce(
    (a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
} else {
  counts = lastRun();
  ledger[label] = counts;
  writeFileSync(ledgerFile, JSON.stringify(ledger, null, 2));
}
const tail = counts.skipped ? `, ${counts.skipped} skipped` : '';
process.stdout.write(`${label}: ${counts.passed} passed, ${counts.failed} failed${tail}\n`);
if (counts.passed === 0 || counts.failed > 0) process.exitCode = 1;
