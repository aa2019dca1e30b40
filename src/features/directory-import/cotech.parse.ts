/**
 * Reads a CoTech directory folder (coops/, technologies/, services/,
 * clients/, case_studies/: one Markdown file per record) into records for
 * validation. Problems are reported in CoTech's words: the file, the line of
 * the key, and the key as the file spells it.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { termKey } from '../terms/term.rules.ts';
import { coopFromCotech, cotechFieldOf, nameKey } from './cotech.rules.ts';
import type { RecordKind } from './directory.document.ts';
import { type FrontMatter, parseFrontMatter } from './front-matter.ts';
import { type Issue, KIND_LABEL, type ParsedSource, type SourcedRecord } from './import.source.ts';

const FOLDERS: Array<[RecordKind, string]> = [
  ['technologies', 'technologies'],
  ['services', 'services'],
  ['clients', 'clients'],
  ['coops', 'coops'],
  ['caseStudies', 'case_studies'],
];

interface CotechFile {
  slug: string;
  file: string;
  fm: FrontMatter;
}

async function readKind(dir: string, folder: string): Promise<CotechFile[]> {
  const at = path.join(dir, folder);
  if (!existsSync(at)) return [];
  const names = (await readdir(at)).filter((n) => n.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (n) => {
      const file = path.join(at, n);
      return { slug: n.slice(0, -3), file, fm: parseFrontMatter(await readFile(file, 'utf8')) };
    }),
  );
}

const CASE_STUDY_FIELDS: Record<string, string> = { clientName: 'client_name', projectName: 'project_name' };

function sourced(
  kind: RecordKind,
  f: CotechFile,
  data: unknown,
  fieldOf: (p: readonly PropertyKey[]) => string,
  problems: Array<{ field: string; message: string }> = [],
): SourcedRecord {
  const label = `${KIND_LABEL[kind]} ${f.slug}`;
  const locate = (p: readonly PropertyKey[]) => {
    const field = fieldOf(p);
    return { field, line: f.fm.lines.get(field) ?? f.fm.line };
  };
  const errors: Issue[] = [
    ...f.fm.errors.map((e) => ({
      file: f.file,
      line: e.line,
      field: '(front matter)',
      message: e.message,
      record: label,
    })),
    ...problems.map((p) => ({
      file: f.file,
      ...locate([p.field]),
      field: p.field,
      message: p.message,
      record: label,
    })),
  ];
  return { kind, data, file: f.file, line: f.fm.line, label, locate, errors };
}

export async function readCotechFolder(
  dir: string,
  onProgress: (message: string) => void = () => {},
): Promise<ParsedSource> {
  const origin = dir;
  if (!existsSync(path.join(dir, 'coops'))) {
    return {
      origin,
      records: [],
      warnings: [],
      errors: [
        {
          file: dir,
          line: 0,
          field: '(folder)',
          message: 'Not a CoTech directory: there is no coops/ folder in it.',
          record: 'directory',
        },
      ],
    };
  }
  const files = Object.fromEntries(
    await Promise.all(FOLDERS.map(async ([kind, folder]) => [kind, await readKind(dir, folder)] as const)),
  ) as Record<RecordKind, CotechFile[]>;
  onProgress(
    `Parsing ${files.coops.length} co-ops, ${files.technologies.length} technologies, ${files.services.length} services, ` +
      `${files.clients.length} clients, ${files.caseStudies.length} case studies…`,
  );

  const records: SourcedRecord[] = [];
  const warnings: Issue[] = [];
  const nameOf = (f: CotechFile) => {
    const v = f.fm.data.name ?? f.fm.data.title;
    return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
  };

  // Sibling records by slug, and by folded spelling so "3D Websites" still finds "3d-websites".
  const index = (kind: RecordKind) => {
    const m = new Map<string, string>();
    for (const f of files[kind]) {
      m.set(f.slug, f.slug);
      for (const k of [termKey(f.slug), termKey(nameOf(f))]) if (k && !m.has(k)) m.set(k, f.slug);
    }
    return m;
  };
  const siblings = {
    technologies: index('technologies'),
    services: index('services'),
    clients: index('clients'),
  };

  for (const kind of ['technologies', 'services'] as const) {
    for (const f of files[kind]) {
      const problems = nameOf(f)
        ? []
        : [{ field: 'name', message: `A ${KIND_LABEL[kind]} needs a name or title.` }];
      records.push(
        sourced(kind, f, { slug: f.slug, name: nameOf(f) || f.slug, aliases: [] }, () => 'name', problems),
      );
    }
  }
  for (const f of files.clients) {
    const problems = nameOf(f) ? [] : [{ field: 'title', message: 'A client needs a title.' }];
    records.push(sourced('clients', f, { slug: f.slug, name: nameOf(f) || f.slug }, () => 'title', problems));
  }

  const coopByName = new Map<string, string>();
  for (const f of files.coops) {
    const { record, problems } = coopFromCotech(f.slug, f.fm.data);
    for (const field of ['technologies', 'services', 'clients'] as const) {
      record[field] = record[field].filter((ref) => {
        const slug = siblings[field].get(ref) ?? siblings[field].get(termKey(ref));
        if (!slug)
          warnings.push({
            file: f.file,
            line: f.fm.lines.get(field) ?? f.fm.line,
            field,
            message: `"${ref}" names no record in ${field}/; left out.`,
            record: `co-op ${f.slug}`,
          });
        return Boolean(slug);
      });
      record[field] = [
        ...new Set(
          record[field].map((ref) => siblings[field].get(ref) ?? siblings[field].get(termKey(ref))!),
        ),
      ];
    }
    if (!problems.length && !f.fm.errors.length) {
      coopByName.set(nameKey(record.name), f.slug);
      coopByName.set(nameKey(f.slug), f.slug);
    }
    records.push(sourced('coops', f, record, cotechFieldOf, problems));
  }

  for (const f of files.caseStudies) {
    const d = f.fm.data;
    const names = Array.isArray(d.coops) ? d.coops.map(String) : [];
    const coops: string[] = [];
    for (const n of names) {
      const slug = coopByName.get(nameKey(n));
      if (slug) coops.push(slug);
      else
        warnings.push({
          file: f.file,
          line: f.fm.lines.get('coops') ?? f.fm.line,
          field: 'coops',
          message: `"${n}" matches no co-op's name; left out.`,
          record: `case study ${f.slug}`,
        });
    }
    const problems =
      d.coops !== undefined && !Array.isArray(d.coops)
        ? [{ field: 'coops', message: 'Expected a list of co-op names, one "- name" per line.' }]
        : [];
    const data = {
      slug: f.slug,
      clientName: d.client_name,
      projectName: d.project_name,
      services: Array.isArray(d.services) ? d.services.map(String) : (d.services ?? []),
      links: Array.isArray(d.links) ? d.links.map(String) : (d.links ?? []),
      coops: [...new Set(coops)],
    };
    records.push(
      sourced(
        'caseStudies',
        f,
        data,
        (p) => CASE_STUDY_FIELDS[String(p[0])] ?? String(p[0] ?? 'client_name'),
        problems,
      ),
    );
  }
  return { origin, records, errors: [], warnings };
}
