import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../db/open.ts';
import { readCotechFolder } from '../features/directory-import/cotech.parse.ts';
import { readDirectoryCsv } from '../features/directory-import/directory.csv.ts';
import {
  ImportRejected,
  importDirectory,
  summaryLines,
} from '../features/directory-import/directory.import.ts';
import { readDocumentJson } from '../features/directory-import/document.read.ts';
import type { ParsedSource } from '../features/directory-import/import.source.ts';
import { createLogger } from '../lib/log.ts';
import { type Command, UsageError } from './cli.ts';

async function readSource(positionals: string[], progress: (m: string) => void): Promise<ParsedSource> {
  const [first, second] = positionals;
  if (first === 'cotech') {
    if (!second) throw new UsageError('Give the CoTech directory folder: minga import cotech <folder>.');
    return readCotechFolder(second, progress);
  }
  if (!first)
    throw new UsageError('Give a file to import (.json or .csv), or: minga import cotech <folder>.');
  const ext = path.extname(first).toLowerCase();
  if (ext !== '.json' && ext !== '.csv')
    throw new UsageError(`Cannot import ${first}: use a .json or .csv file.`);
  progress(`Reading ${first}…`);
  const text = await readFile(first, 'utf8');
  const source = ext === '.json' ? readDocumentJson(text, first) : readDirectoryCsv(text, first);
  const count = (kind: string) => source.records.filter((r) => r.kind === kind).length;
  progress(
    `Parsing ${count('coops')} co-ops, ${count('technologies')} technologies, ${count('services')} services, ` +
      `${count('clients')} clients, ${count('caseStudies')} case studies…`,
  );
  return source;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a directory: a CoTech folder, or a Minga JSON or CSV file',
  usage: 'minga import cotech <folder> | minga import <file.json|file.csv> [--skip-invalid] [--dry-run]',
  options: {
    'skip-invalid': { type: 'boolean', description: 'Import the valid records and list the invalid ones' },
    'dry-run': { type: 'boolean', description: 'Check and count, then write nothing' },
    'data-dir': { type: 'string', description: 'Data folder (default MINGA_DATA_DIR or ./data)' },
  },
  async run({ values, positionals, config }) {
    const progress = (m: string) => process.stderr.write(`${m}\n`);
    const source = await readSource(positionals, progress);
    const dataDir = values['data-dir'] ? path.resolve(values['data-dir'] as string) : config.dataDir;
    const opened = await openDatabase({ ...config, dataDir }, createLogger('warn'));
    try {
      const summary = await importDirectory(opened.database.db, source, {
        skipInvalid: Boolean(values['skip-invalid']),
        dryRun: Boolean(values['dry-run']),
        onProgress: progress,
      });
      process.stderr.write(`${summaryLines(summary).join('\n')}\n`);
      return 0;
    } catch (err) {
      if (!(err instanceof ImportRejected)) throw err;
      process.stderr.write(
        `${err.message}\nFix these, or run again with --skip-invalid to import the rest.\n`,
      );
      return 1;
    } finally {
      await opened.close();
    }
  },
};
