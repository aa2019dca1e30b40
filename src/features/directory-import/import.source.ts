/**
 * What every reader (CoTech folder, JSON, CSV) hands to validation: records
 * still unchecked, each knowing where it came from, so any problem can be
 * reported as file:line and the field as the source spells it.
 */
import type { RecordKind } from './directory.document.ts';

export interface Issue {
  file: string;
  line: number;
  /** The field as the source names it ("members" in a CoTech file, "coops[3].headcount" in JSON). */
  field: string;
  message: string;
  /** The record the problem belongs to, e.g. "co-op agile-collective". */
  record: string;
}

export interface SourcedRecord {
  kind: RecordKind;
  data: unknown;
  file: string;
  line: number;
  label: string;
  /** Where a field of the record (a path into `data`) is written in the source. */
  locate(path: readonly PropertyKey[]): { line: number; field: string };
  /** Problems the reader already found; any one makes the record invalid. */
  errors: Issue[];
}

export interface ParsedSource {
  /** What the import reads from, for messages: a folder or a file. */
  origin: string;
  records: SourcedRecord[];
  /** Problems that belong to no single record (an unreadable file, a bad frame); always fatal. */
  errors: Issue[];
  /** Kept in the summary, never fatal. */
  warnings: Issue[];
}

export function formatIssue(i: Issue): string {
  return `${i.file}:${i.line}: ${i.field}: ${i.message} (${i.record})`;
}

export const KIND_LABEL: Record<RecordKind, string> = {
  technologies: 'technology',
  services: 'service',
  clients: 'client',
  coops: 'co-op',
  caseStudies: 'case study',
};
