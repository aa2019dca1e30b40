/**
 * Reads a Minga directory document (JSON) into records for validation.
 * JSON.parse does the reading; only when a record is reported is the text
 * parsed again, with positions, to find the line of the field.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import { DocumentFrame, RECORD_KINDS } from './directory.document.ts';
import { type Issue, KIND_LABEL, type ParsedSource, type SourcedRecord } from './import.source.ts';

/** Lines of any path into the JSON text, computed once on first use. */
function lineFinder(text: string) {
  let find: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
  return (path: readonly PropertyKey[]): number => {
    if (!find) {
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter });
      find = (p) => {
        const node = doc.getIn(p as unknown[], true);
        return isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
      };
    }
    // A missing field is reported at the nearest thing that exists: its record.
    for (let n = path.length; n >= 0; n--) {
      const line = find(path.slice(0, n));
      if (line !== undefined) return line;
    }
    return 1;
  };
}

export const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)),
    '',
  );

export function readDocumentJson(text: string, file: string): ParsedSource {
  const fatal = (line: number, field: string, message: string): ParsedSource => ({
    origin: file,
    records: [],
    warnings: [],
    errors: [{ file, line, field, message, record: 'document' }],
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    return fatal(Number(/line (\d+)/.exec(message)?.[1] ?? 1), '(syntax)', `Not valid JSON: ${message}`);
  }
  return readDocumentValue(value, file, lineFinder(text));
}

/** A document already in memory (the bundled demo fixture); without its text, every line is 0. */
export function readDocumentValue(
  value: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number = () => 0,
): ParsedSource {
  const frame = DocumentFrame.safeParse(value);
  if (!frame.success) {
    return {
      origin: file,
      records: [],
      warnings: [],
      errors: frame.error.issues.map(
        (i): Issue => ({
          file,
          line: lineOf(i.path),
          field: fieldPath(i.path) || '(document)',
          message:
            i.path[0] === 'format' || i.path[0] === 'version'
              ? `Expected a Minga directory document: "format": "minga-directory", "version": 1. ${i.message}`
              : i.message,
          record: 'document',
        }),
      ),
    };
  }
  const records: SourcedRecord[] = [];
  for (const kind of RECORD_KINDS) {
    frame.data[kind].forEach((data, i) => {
      const slug = (data as { slug?: unknown } | null)?.slug;
      const label = `${KIND_LABEL[kind]} ${typeof slug === 'string' ? slug : `#${i + 1}`}`;
      const locate = (p: readonly PropertyKey[]) => ({
        line: lineOf([kind, i, ...p]),
        field: fieldPath([kind, i, ...p]),
      });
      records.push({
        kind,
        data,
        file,
        get line() {
          return lineOf([kind, i]);
        },
        label,
        locate,
        errors: [],
      });
    });
  }
  return { origin: file, records, errors: [], warnings: [] };
}
