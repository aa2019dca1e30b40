import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../db/open.ts';
import { exportDirectory } from '../features/directory-import/directory.export.ts';
import { createLogger } from '../lib/log.ts';
import type { Command } from './cli.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the directory as a Minga JSON document (what `minga import` reads)',
  usage: 'minga export [--out directory.json]',
  options: {
    out: { type: 'string', description: 'File to write (default: standard output)' },
    'data-dir': { type: 'string', description: 'Data folder (default MINGA_DATA_DIR or ./data)' },
  },
  async run({ values, config }) {
    const dataDir = values['data-dir'] ? path.resolve(values['data-dir'] as string) : config.dataDir;
    const opened = await openDatabase({ ...config, dataDir }, createLogger('warn'));
    try {
      const doc = await exportDirectory(opened.database.db);
      const json = `${JSON.stringify(doc, null, 2)}\n`;
      const out = values.out as string | undefined;
      if (out) await writeFile(out, json);
      else process.stdout.write(json);
      const people = doc.coops.reduce((n, c) => n + (c.people?.length ?? 0), 0);
      process.stderr.write(
        `Exported ${doc.coops.length} co-ops, ${people} people, ${doc.technologies.length} technologies, ` +
          `${doc.services.length} services, ${doc.clients.length} clients, ${doc.caseStudies.length} case studies` +
          `${out ? ` to ${out}` : ''}.\n`,
      );
      return 0;
    } finally {
      await opened.close();
    }
  },
};
