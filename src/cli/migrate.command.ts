import path from 'node:path';
import { openDatabase } from '../db/open.ts';
import { createLogger } from '../lib/log.ts';
import type { Command } from './cli.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply database migrations and exit',
  usage: 'minga migrate [--data-dir ./data]',
  options: { 'data-dir': { type: 'string', description: 'Data folder (default MINGA_DATA_DIR or ./data)' } },
  async run({ values, config }) {
    const dataDir = values['data-dir'] ? path.resolve(values['data-dir'] as string) : config.dataDir;
    const t = performance.now();
    const opened = await openDatabase({ ...config, dataDir }, createLogger('warn'));
    await opened.close();
    process.stdout.write(
      `Migrations applied to ${opened.description} in ${Math.round(performance.now() - t)} ms.\n`,
    );
    return 0;
  },
};
