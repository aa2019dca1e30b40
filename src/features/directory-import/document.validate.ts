/**
 * Checks every record before anything is written: its own fields (the
 * document's Zod schemas), duplicates, and what it refers to. Pure: what
 * Minga already holds comes in as `known`.
 */
import {
  type CaseStudyRecord,
  type ClientRecord,
  type CoopRecord,
  type DirectoryDocument,
  emptyDocument,
  RECORD_SCHEMAS,
  type TermRecord,
} from './directory.document.ts';
import type { Issue, ParsedSource, SourcedRecord } from './import.source.ts';

export interface Validated {
  /** The valid records only. */
  document: DirectoryDocument;
  /** Every problem of every invalid record. */
  errors: Issue[];
  /** Labels of the records that are invalid ("co-op agile-collective"). */
  invalid: string[];
}

export interface Known {
  clients: ReadonlySet<string>;
  coops: ReadonlySet<string>;
}

export function validateSource(source: ParsedSource, known: Known): Validated {
  const document = emptyDocument(source.origin);
  const errors: Issue[] = [];
  const invalid: string[] = [];
  const seen = new Map<string, SourcedRecord>();
  const issue = (r: SourcedRecord, path: readonly PropertyKey[], message: string): Issue => ({
    file: r.file,
    ...r.locate(path),
    message,
    record: r.label,
  });
  const reject = (r: SourcedRecord, issues: Issue[]) => {
    errors.push(...issues);
    invalid.push(r.label);
  };

  // Clients and co-ops come before what refers to them.
  const order = ['technologies', 'services', 'clients', 'coops', 'caseStudies'];
  const records = source.records.slice().sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const r of records) {
    if (r.errors.length) {
      reject(r, r.errors);
      continue;
    }
    const parsed = RECORD_SCHEMAS[r.kind].safeParse(r.data);
    if (!parsed.success) {
      reject(
        r,
        parsed.error.issues.map((i) => issue(r, i.path, i.message)),
      );
      continue;
    }
    const value = parsed.data as { slug: string };
    const first = seen.get(`${r.kind}:${value.slug}`);
    if (first) {
      reject(r, [
        issue(
          r,
          ['slug'],
          `"${value.slug}" is already used by ${first.label} (${first.file}:${first.line}).`,
        ),
      ]);
      continue;
    }
    const problems = references(r, parsed.data, document, known);
    if (problems.length) {
      reject(
        r,
        problems.map((p) => issue(r, p.path, p.message)),
      );
      continue;
    }
    seen.set(`${r.kind}:${value.slug}`, r);
    if (r.kind === 'technologies') document.technologies.push(parsed.data as TermRecord);
    else if (r.kind === 'services') document.services.push(parsed.data as TermRecord);
    else if (r.kind === 'clients') document.clients.push(parsed.data as ClientRecord);
    else if (r.kind === 'coops') document.coops.push(parsed.data as CoopRecord);
    else document.caseStudies.push(parsed.data as CaseStudyRecord);
  }
  return { document, errors, invalid };
}

function references(
  r: SourcedRecord,
  data: unknown,
  document: DirectoryDocument,
  known: Known,
): Array<{ path: PropertyKey[]; message: string }> {
  const problems: Array<{ path: PropertyKey[]; message: string }> = [];
  if (r.kind === 'coops') {
    const coop = data as CoopRecord;
    const clients = new Set(document.clients.map((c) => c.slug));
    coop.clients.forEach((slug, i) => {
      if (!clients.has(slug) && !known.clients.has(slug))
        problems.push({ path: ['clients', i], message: `No client "${slug}" in this import or in Minga.` });
    });
    const keys = new Map<string, number>();
    coop.people?.forEach((p, i) => {
      if (keys.has(p.key))
        problems.push({ path: ['people', i, 'key'], message: `Key "${p.key}" is used twice in this co-op.` });
      keys.set(p.key, i);
    });
  }
  if (r.kind === 'caseStudies') {
    const coops = new Set(document.coops.map((c) => c.slug));
    (data as CaseStudyRecord).coops.forEach((slug, i) => {
      if (!coops.has(slug) && !known.coops.has(slug))
        problems.push({ path: ['coops', i], message: `No co-op "${slug}" in this import or in Minga.` });
    });
  }
  return problems;
}
