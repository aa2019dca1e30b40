/**
 * Imports parsed records into Minga: validate everything, then write
 * everything in one transaction. Any invalid record stops the import before
 * a single row is written, unless the caller asked to skip invalid records.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { RECORD_KINDS, type RecordKind } from './directory.document.ts';
import { writeDocument } from './directory.write.ts';
import { validateSource } from './document.validate.ts';
import { formatIssue, type Issue, type ParsedSource } from './import.source.ts';
import type { WriteCounts } from './write.support.ts';

export interface ImportOptions {
  /** Import the valid records and list the others, instead of stopping. */
  skipInvalid?: boolean;
  /** Do everything, then roll back: the summary says what would change. */
  dryRun?: boolean;
  onProgress?: (message: string) => void;
}

export type ImportSummary = {
  [K in RecordKind]: WriteCounts[K] & { skipped: number };
} & {
  people: WriteCounts['people'];
  /** Problems of the records that were skipped. */
  skipped: Issue[];
  warnings: Issue[];
  dryRun: boolean;
  ms: number;
};

/** Thrown when the import stops on invalid records; nothing was written. */
export class ImportRejected extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(
      `Nothing was imported: ${issues.length} problem${issues.length === 1 ? '' : 's'} found.\n${issues.map(formatIssue).join('\n')}`,
    );
    this.issues = issues;
  }
}

class DryRunRollback extends Error {}

export async function importDirectory(
  db: Db,
  source: ParsedSource,
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const progress = opts.onProgress ?? (() => {});
  if (source.errors.length) throw new ImportRejected(source.errors);
  let result: ImportSummary | undefined;
  try {
    await db.transaction(async (tx) => {
      progress(`Checking ${source.records.length} records…`);
      const known = await tx.execute<{ kind: string; slug: string }>(
        sql`select 'client' as kind, slug from clients union all select 'coop', slug from coops`,
      );
      const slugsOf = (kind: string) => new Set(known.rows.filter((r) => r.kind === kind).map((r) => r.slug));
      const { document, errors, invalid } = validateSource(source, {
        clients: slugsOf('client'),
        coops: slugsOf('coop'),
      });
      if (errors.length && !opts.skipInvalid) throw new ImportRejected(errors);
      const counts = await writeDocument(tx, document, progress);
      result = summarise(counts, source, errors, invalid, opts.dryRun ?? false, started);
      if (opts.dryRun) throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
  return result!;
}

function summarise(
  counts: WriteCounts,
  source: ParsedSource,
  errors: Issue[],
  invalid: string[],
  dryRun: boolean,
  started: number,
): ImportSummary {
  const bad = new Set(invalid);
  const skippedOf = (kind: RecordKind) =>
    source.records.filter((r) => r.kind === kind && bad.has(r.label)).length;
  const kinds = Object.fromEntries(RECORD_KINDS.map((k) => [k, { ...counts[k], skipped: skippedOf(k) }])) as {
    [K in RecordKind]: WriteCounts[K] & { skipped: number };
  };
  return {
    ...kinds,
    people: counts.people,
    skipped: errors,
    warnings: source.warnings,
    dryRun,
    ms: Math.round(performance.now() - started),
  };
}

const KIND_NAMES: Record<RecordKind, string> = {
  technologies: 'Technologies',
  services: 'Services',
  clients: 'Clients',
  coops: 'Co-ops',
  caseStudies: 'Case studies',
};

/** The summary as lines for a terminal. */
export function summaryLines(s: ImportSummary): string[] {
  const row = (name: string, c: { created: number; updated: number; unchanged: number }, extra: string) =>
    `  ${name.padEnd(14)} ${String(c.created).padStart(5)} created ${String(c.updated).padStart(5)} updated ${String(c.unchanged).padStart(5)} unchanged${extra}`;
  return [
    s.dryRun ? 'Dry run: nothing was written. It would have been:' : `Imported in ${s.ms} ms:`,
    ...RECORD_KINDS.map((k) =>
      row(KIND_NAMES[k], s[k], s[k].skipped ? ` ${String(s[k].skipped).padStart(5)} skipped` : ''),
    ),
    row('People', s.people, s.people.removed ? ` ${String(s.people.removed).padStart(5)} removed` : ''),
    ...(s.warnings.length
      ? [`${s.warnings.length} warning(s):`, ...s.warnings.map((w) => `  ${formatIssue(w)}`)]
      : []),
    ...(s.skipped.length
      ? [
          `Skipped invalid records (${s.skipped.length} problem(s)):`,
          ...s.skipped.map((w) => `  ${formatIssue(w)}`),
        ]
      : []),
  ];
}
