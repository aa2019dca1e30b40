import { defineConfig } from 'vitest/config';

/**
 * Two tiers: `unit` runs pure code (engines, rules) with no database; `db`
 * runs HTTP + database tests against a real PostgreSQL that the global setup
 * starts (embedded) or finds (DATABASE_URL).
 */
const pure = [
  'src/engine/**/*.test.ts',
  'src/**/*.rules.test.ts',
  'src/lib/**/*.test.ts',
  'web/src/**/*.test.ts',
];

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // Database tests mostly wait on PostgreSQL, so more files than cores run at once
    // (the default, one fewer than the cores, is a single worker on a 2-core machine).
    maxWorkers: 4,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { test: { name: 'unit', include: pure } },
      {
        test: {
          name: 'db',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'bin/**/*.test.ts'],
          exclude: [...pure, 'tests/e2e/**'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Some tests start Minga or its CLI as real processes; under load that takes a while.
          testTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
