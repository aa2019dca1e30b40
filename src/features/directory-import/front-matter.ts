/**
 * YAML front matter of a Markdown record, with the line of every top-level
 * key, so a bad value can be reported as file:line and field.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line in the whole file of each top-level key. */
  lines: Map<string, number>;
  /** Line of the opening `---`. */
  line: number;
  body: string;
  /** Syntax errors, with their line in the whole file. */
  errors: Array<{ line: number; message: string }>;
}

const FENCE = /^---\s*$/;

export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const open = lines.findIndex((l) => l.trim() !== '');
  if (open < 0 || !FENCE.test(lines[open] ?? '')) {
    return {
      data: {},
      lines: new Map(),
      line: 1,
      body: text,
      errors: [{ line: 1, message: 'No front matter: the file must start with a line "---".' }],
    };
  }
  const close = lines.findIndex((l, i) => i > open && FENCE.test(l));
  if (close < 0) {
    return {
      data: {},
      lines: new Map(),
      line: open + 1,
      body: '',
      errors: [{ line: open + 1, message: 'The front matter is not closed by a line "---".' }],
    };
  }
  // Lines of the YAML are counted from the one after the opening fence.
  const offset = open + 1;
  const yamlText = lines.slice(offset, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
  const errors = doc.errors.map((e) => ({
    line: (e.linePos?.[0].line ?? 1) + offset,
    message: e.message.split('\n')[0] ?? e.message,
  }));
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyLines.set(String(pair.key.value), counter.linePos(pair.key.range[0]).line + offset);
      }
    }
  } else if (doc.contents !== null && errors.length === 0) {
    errors.push({ line: offset + 1, message: 'The front matter must be a set of "key: value" lines.' });
  }
  const value = errors.length ? {} : doc.toJS();
  return {
    data: value && typeof value === 'object' && !Array.isArray(value) ? value : {},
    lines: keyLines,
    line: open + 1,
    body: lines.slice(close + 1).join('\n'),
    errors,
  };
}
