/**
 * The CSV form of the directory: one row per co-op, a header row naming the
 * columns (docs/import-format.md lists them). List columns hold items
 * separated by ";". Clients are given by name and become client records.
 */
import type { Issue, ParsedSource, SourcedRecord } from './import.source.ts';

export const CSV_COLUMNS = [
  'slug',
  'name',
  'description_en',
  'description_es',
  'website',
  'country',
  'city',
  'latitude',
  'longitude',
  'languages',
  'year_founded',
  'headcount',
  'stage',
  'need',
  'need_note',
  'email',
  'phone',
  'address',
  'technologies',
  'services',
  'clients',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/** RFC 4180 rows, each with the line it starts on; quoted fields may hold commas, quotes ("") and newlines. */
export function csvRows(text: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const src = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]?.trim()) rows.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}

export const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const splitList = (v: string) =>
  v
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const numberOr = (v: string) => (/^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v.trim());

/** One row as a co-op record in the document's shape (still unchecked). */
function coopFromRow(get: (c: CsvColumn) => string | undefined) {
  const record: Record<string, unknown> = {};
  const put = (key: string, v: unknown) => {
    if (v !== undefined) record[key] = v;
  };
  const cell = (c: CsvColumn) => {
    const v = get(c)?.trim();
    return v ? v : undefined;
  };
  const name = cell('name');
  put('slug', cell('slug') ?? (name ? slugify(name) : undefined));
  put('name', name);
  if (cell('description_en') || cell('description_es'))
    put('description', { en: cell('description_en') ?? '', es: cell('description_es') ?? '' });
  for (const [col, key] of [
    ['website', 'website'],
    ['country', 'country'],
    ['city', 'city'],
    ['stage', 'stage'],
    ['need', 'need'],
    ['need_note', 'needNote'],
  ] as const)
    put(key, cell(col));
  for (const [col, key] of [
    ['year_founded', 'yearFounded'],
    ['headcount', 'headcount'],
  ] as const) {
    const v = cell(col);
    put(key, v === undefined ? undefined : numberOr(v));
  }
  const lat = cell('latitude');
  const lon = cell('longitude');
  if (lat !== undefined || lon !== undefined)
    put('location', { latitude: numberOr(lat ?? ''), longitude: numberOr(lon ?? '') });
  if (cell('email') || cell('phone') || cell('address'))
    put('contact', {
      email: cell('email') ?? null,
      phone: cell('phone') ?? null,
      address: cell('address') ?? null,
    });
  for (const [col, key] of [
    ['languages', 'languages'],
    ['technologies', 'technologies'],
    ['services', 'services'],
  ] as const) {
    const v = cell(col);
    put(key, v === undefined ? undefined : splitList(v));
  }
  const clients = splitList(cell('clients') ?? '');
  put('clients', clients.map(slugify));
  return { record, clients };
}

/** Minga fields → CSV column, to report problems by column. */
const COLUMN_OF: Record<string, CsvColumn> = {
  description: 'description_en',
  yearFounded: 'year_founded',
  needNote: 'need_note',
  location: 'latitude',
};

export function readDirectoryCsv(text: string, file: string): ParsedSource {
  const rows = csvRows(text);
  const header = rows.shift();
  const fatal = (message: string): ParsedSource => ({
    origin: file,
    records: [],
    warnings: [],
    errors: [{ file, line: 1, field: '(header)', message, record: 'header row' }],
  });
  if (!header) return fatal('The file is empty; it needs a header row naming the columns.');
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length)
    return fatal(`Unknown columns: ${unknown.join(', ')}. Known: ${CSV_COLUMNS.join(', ')}.`);
  if (!columns.includes('name')) return fatal('A "name" column is required.');

  const records: SourcedRecord[] = [];
  const clients = new Map<string, { name: string; line: number }>();
  for (const row of rows) {
    const get = (c: CsvColumn) => {
      const i = columns.indexOf(c);
      return i < 0 ? undefined : row.cells[i];
    };
    const { record, clients: names } = coopFromRow(get);
    const label = `co-op ${typeof record.slug === 'string' ? record.slug : `on line ${row.line}`}`;
    const errors: Issue[] =
      row.cells.length > columns.length
        ? [
            {
              file,
              line: row.line,
              field: '(row)',
              message: `${row.cells.length} cells for ${columns.length} columns.`,
              record: label,
            },
          ]
        : [];
    for (const n of names) if (!clients.has(slugify(n))) clients.set(slugify(n), { name: n, line: row.line });
    const locate = (p: readonly PropertyKey[]) => {
      const head = String(p[0] ?? 'name');
      const sub = String(p[1] ?? '');
      const column =
        head === 'contact' ? sub : head === 'location' ? sub || 'latitude' : (COLUMN_OF[head] ?? head);
      return { line: row.line, field: column };
    };
    records.push({ kind: 'coops', data: record, file, line: row.line, label, locate, errors });
  }
  for (const [slug, c] of clients) {
    records.unshift({
      kind: 'clients',
      data: { slug, name: c.name },
      file,
      line: c.line,
      label: `client ${slug}`,
      locate: () => ({ line: c.line, field: 'clients' }),
      errors: slug
        ? []
        : [
            {
              file,
              line: c.line,
              field: 'clients',
              message: `"${c.name}" is not a client name.`,
              record: 'client',
            },
          ],
    });
  }
  return { origin: file, records, errors: [], warnings: [] };
}
