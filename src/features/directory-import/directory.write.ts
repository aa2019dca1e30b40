/**
 * Writes a validated directory document inside the caller's transaction.
 * Every record is compared with what Minga holds first (in the export's
 * canonical form), so a record that did not change is not touched and its
 * updated_at stays put.
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  caseStudies,
  caseStudyCoops,
  clients,
  coopClients,
  coops,
  coopTerms,
  people,
  personSkills,
  termAliases,
  terms,
} from '../../db/schema/directory.ts';
import { refreshAvailabilityCounts } from '../coops/coop.queries.ts';
import { type TermKind, upsertTerm } from '../terms/term.queries.ts';
import { keysOf, termKey } from '../terms/term.rules.ts';
import { slugify } from './directory.csv.ts';
import type { CoopRecord, DirectoryDocument, PersonRecord, TermRecord } from './directory.document.ts';
import { exportCaseStudies, exportCoops } from './directory.export.ts';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}
export type WriteCounts = Record<
  'technologies' | 'services' | 'clients' | 'coops' | 'caseStudies',
  Counts
> & {
  people: Counts & { removed: number };
};

export const zeroCounts = (): WriteCounts => {
  const z = () => ({ created: 0, updated: 0, unchanged: 0 });
  return {
    technologies: z(),
    services: z(),
    clients: z(),
    coops: z(),
    caseStudies: z(),
    people: { ...z(), removed: 0 },
  };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A person's id from their key: the key itself when it is a UUID (an export), else a name-based UUID within the co-op. */
export function personId(coopSlug: string, key: string): string {
  if (UUID.test(key)) return key.toLowerCase();
  const h = createHash('sha1').update(`minga-person\n${coopSlug}\n${key}`).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** JSON with object keys sorted, so equal records compare equal whatever order their keys came in. */
const canonicalJson = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const chunks = <T>(items: T[], size = 1000) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Every key of a kind's terms, and a way to find (or create) the term a spelling names. */
async function termIndex(tx: Tx, kind: TermKind, counts: Counts) {
  const rows = await tx.execute<{ id: string; slug: string; name: string; key: string | null }>(sql`
    select t.id, t.slug, t.name, a.key from terms t left join term_aliases a on a.term_id = t.id
    where t.kind = ${kind}::term_kind`);
  const byKey = new Map<string, string>();
  const byId = new Map<string, { slug: string; name: string }>();
  for (const r of rows.rows) {
    byId.set(r.id, { slug: r.slug, name: r.name });
    if (r.key) byKey.set(r.key, r.id);
  }
  const idBySlug = new Map([...byId].map(([id, t]) => [t.slug, id]));
  const remember = (id: string, term: { slug: string; name: string }, keys: string[]) => {
    byId.set(id, term);
    idBySlug.set(term.slug, id);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, id);
  };
  /**
   * Terms none of whose keys or slugs Minga (or an earlier record here) already
   * has, in two statements; they would take upsertTerm's insert path anyway.
   */
  const createUnclaimed = async (records: readonly TermRecord[]): Promise<TermRecord[]> => {
    const claimed = new Set<string>();
    const fresh: Array<{ record: TermRecord; keys: string[] }> = [];
    const rest: TermRecord[] = [];
    for (const record of records) {
      const keys = keysOf(record, record.aliases);
      const taken = idBySlug.has(record.slug) || claimed.has(`slug:${record.slug}`);
      if (taken || keys.some((k) => byKey.has(k) || claimed.has(k))) rest.push(record);
      else {
        fresh.push({ record, keys });
        for (const k of [...keys, `slug:${record.slug}`]) claimed.add(k);
      }
    }
    for (const batch of chunks(fresh)) {
      const rows = await tx
        .insert(terms)
        .values(batch.map(({ record }) => ({ kind, slug: record.slug, name: record.name })))
        .returning({ id: terms.id, slug: terms.slug });
      const idOf = new Map(rows.map((r) => [r.slug, r.id]));
      await tx
        .insert(termAliases)
        .values(
          batch.flatMap(({ record, keys }) =>
            keys.map((key) => ({ kind, key, termId: idOf.get(record.slug)! })),
          ),
        );
      for (const { record, keys } of batch)
        remember(idOf.get(record.slug)!, { slug: record.slug, name: record.name }, keys);
      counts.created += batch.length;
    }
    return rest;
  };
  return {
    idOfSlug: (slug: string) => idBySlug.get(slug)!,
    async writeAll(records: readonly TermRecord[]) {
      for (const record of await createUnclaimed(records)) await this.write(record);
    },
    async write(record: TermRecord) {
      const keys = keysOf(record, record.aliases);
      const found = keys.map((k) => byKey.get(k)).find(Boolean);
      const current = found ? byId.get(found) : undefined;
      const renamed = current?.slug === record.slug && current.name !== record.name;
      if (found && keys.every((k) => byKey.has(k)) && !renamed) {
        counts.unchanged++;
        return;
      }
      const id = await upsertTerm(tx, kind, record, record.aliases);
      if (renamed) await tx.update(terms).set({ name: record.name }).where(eq(terms.id, id));
      counts[found ? 'updated' : 'created']++;
      remember(id, renamed || !current ? { slug: record.slug, name: record.name } : current, keys);
    },
    /** The term a spelling names; a spelling no term answers to becomes a new term. */
    async resolve(spelling: string): Promise<{ id: string; slug: string }> {
      const found = byKey.get(termKey(spelling));
      if (found) return { id: found, slug: byId.get(found)!.slug };
      const base = slugify(spelling) || 'term';
      let slug = base;
      for (let n = 2; idBySlug.has(slug); n++) slug = `${base}-${n}`;
      const id = await upsertTerm(tx, kind, { slug, name: spelling.trim() });
      counts.created++;
      remember(id, { slug, name: spelling.trim() }, keysOf({ slug, name: spelling }));
      return { id, slug };
    },
  };
}

export async function writeDocument(
  tx: Tx,
  doc: DirectoryDocument,
  progress: (message: string) => void,
): Promise<WriteCounts> {
  const counts = zeroCounts();
  progress(`Writing ${doc.technologies.length} technologies, ${doc.services.length} services…`);
  const technologies = await termIndex(tx, 'technology', counts.technologies);
  const services = await termIndex(tx, 'service', counts.services);
  await technologies.writeAll(doc.technologies);
  await services.writeAll(doc.services);

  progress(`Writing ${doc.clients.length} clients…`);
  const clientRows = await tx
    .select({ id: clients.id, slug: clients.slug, name: clients.name })
    .from(clients);
  const clientBySlug = new Map(clientRows.map((c) => [c.slug, c]));
  const newClients = [];
  for (const c of doc.clients) {
    const current = clientBySlug.get(c.slug);
    if (!current) newClients.push(c);
    else if (current.name !== c.name) {
      await tx.update(clients).set({ name: c.name }).where(eq(clients.id, current.id));
      counts.clients.updated++;
    } else counts.clients.unchanged++;
  }
  for (const batch of chunks(newClients)) {
    const inserted = await tx.insert(clients).values(batch).returning({ id: clients.id, slug: clients.slug });
    for (const c of inserted) clientBySlug.set(c.slug, { ...c, name: '' });
    counts.clients.created += inserted.length;
  }

  const slugs = doc.coops.map((c) => c.slug);
  const existing = new Map((await exportCoops(tx, slugs)).map((c) => [c.slug, c]));
  const ids = new Map(
    slugs.length
      ? (
          await tx.select({ id: coops.id, slug: coops.slug }).from(coops).where(inArray(coops.slug, slugs))
        ).map((c) => [c.slug, c.id])
      : [],
  );
  const step = Math.max(1, Math.ceil(doc.coops.length / 10));
  for (const [i, record] of doc.coops.entries()) {
    if (i % step === 0) progress(`Writing co-ops… ${i}/${doc.coops.length}`);
    const canonical = await canonicalCoop(record, technologies, services);
    const changed = await writeCoop(
      tx,
      canonical,
      existing.get(record.slug),
      ids,
      clientBySlug,
      technologies.idOfSlug,
      counts.people,
    );
    counts.coops[changed] += 1;
  }
  progress(`Writing co-ops… ${doc.coops.length}/${doc.coops.length}`);

  progress(`Writing ${doc.caseStudies.length} case studies…`);
  const studies = new Map((await exportCaseStudies(tx)).map((s) => [s.slug, s]));
  const coopIds = new Map(
    (await tx.select({ id: coops.id, slug: coops.slug }).from(coops)).map((c) => [c.slug, c.id]),
  );
  for (const s of doc.caseStudies) {
    const record = { ...s, coops: [...new Set(s.coops)].sort() };
    const current = studies.get(s.slug);
    if (current && same(current, record)) {
      counts.caseStudies.unchanged++;
      continue;
    }
    const values = {
      clientName: s.clientName,
      projectName: s.projectName,
      services: s.services,
      links: s.links,
    };
    const [row] = await tx
      .insert(caseStudies)
      .values({ slug: s.slug, ...values })
      .onConflictDoUpdate({ target: caseStudies.slug, set: values })
      .returning({ id: caseStudies.id });
    await tx.delete(caseStudyCoops).where(eq(caseStudyCoops.caseStudyId, row!.id));
    if (record.coops.length)
      await tx
        .insert(caseStudyCoops)
        .values(record.coops.map((slug) => ({ caseStudyId: row!.id, coopId: coopIds.get(slug)! })));
    counts.caseStudies[current ? 'updated' : 'created']++;
  }
  return counts;
}

type TermIndex = Awaited<ReturnType<typeof termIndex>>;

interface CanonicalCoop {
  record: CoopRecord;
  termIds: string[];
}

/** The record as the export would show it: terms by slug, lists sorted, people keyed by id. */
async function canonicalCoop(record: CoopRecord, tech: TermIndex, serv: TermIndex): Promise<CanonicalCoop> {
  const termIds = new Set<string>();
  const slugsOf = async (index: TermIndex, spellings: string[]) => {
    const out = new Set<string>();
    for (const s of spellings) {
      const t = await index.resolve(s);
      termIds.add(t.id);
      out.add(t.slug);
    }
    return [...out].sort();
  };
  const technologies = await slugsOf(tech, record.technologies);
  const services = await slugsOf(serv, record.services);
  let people: PersonRecord[] | undefined;
  if (record.people) {
    people = [];
    for (const p of record.people) {
      const skills = new Map<string, PersonRecord['skills'][number]>();
      for (const s of p.skills) {
        const t = await tech.resolve(s.technology);
        if (!skills.has(t.slug)) skills.set(t.slug, { ...s, technology: t.slug });
      }
      people.push({
        key: personId(record.slug, p.key),
        name: p.name,
        languages: p.languages,
        availability: p.availability,
        hoursPerWeek: p.hoursPerWeek,
        freeFrom: p.freeFrom,
        skills: [...skills.values()].sort((a, b) => (a.technology < b.technology ? -1 : 1)),
      });
    }
    people.sort((a, b) => {
      const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
      return x < y ? -1 : x > y ? 1 : a.key < b.key ? -1 : 1;
    });
  }
  return {
    record: { ...record, technologies, services, clients: [...new Set(record.clients)].sort(), people },
    termIds: [...termIds],
  };
}

const coopColumns = (r: CoopRecord) => ({
  slug: r.slug,
  name: r.name,
  descriptionEn: r.description.en,
  descriptionEs: r.description.es,
  website: r.website,
  country: r.country,
  city: r.city,
  latitude: r.location?.latitude ?? null,
  longitude: r.location?.longitude ?? null,
  languages: r.languages,
  yearFounded: r.yearFounded,
  headcount: r.headcount,
  stage: r.stage,
  need: r.need,
  needNote: r.needNote,
  email: r.contact.email,
  phone: r.contact.phone,
  address: r.contact.address,
});

async function writeCoop(
  tx: Tx,
  { record, termIds }: CanonicalCoop,
  current: CoopRecord | undefined,
  ids: Map<string, string>,
  clientBySlug: Map<string, { id: string }>,
  skillTerm: (slug: string) => string,
  peopleCounts: WriteCounts['people'],
): Promise<keyof Counts> {
  const { technologies, services, clients: clientSlugs, people: incoming, ...fields } = record;
  let coopId = ids.get(record.slug);
  let changed = false;
  let termsChanged = true;
  let clientsChanged = true;
  if (!current || !coopId) {
    const [row] = await tx.insert(coops).values(coopColumns(record)).returning({ id: coops.id });
    coopId = row!.id;
    ids.set(record.slug, coopId);
  } else {
    const { technologies: t0, services: s0, clients: c0, people: _p, ...before } = current;
    termsChanged = !same([t0, s0], [technologies, services]);
    clientsChanged = !same(c0, clientSlugs);
    changed = !same(before, fields) || termsChanged || clientsChanged;
    if (changed)
      await tx
        .update(coops)
        .set({ ...coopColumns(record), updatedAt: sql`now()` })
        .where(eq(coops.id, coopId));
    if (termsChanged) await tx.delete(coopTerms).where(eq(coopTerms.coopId, coopId));
    if (clientsChanged) await tx.delete(coopClients).where(eq(coopClients.coopId, coopId));
  }
  const id = coopId;
  if (termsChanged && termIds.length)
    await tx.insert(coopTerms).values(termIds.map((termId) => ({ coopId: id, termId })));
  if (clientsChanged && clientSlugs.length)
    await tx
      .insert(coopClients)
      .values(clientSlugs.map((slug) => ({ coopId: id, clientId: clientBySlug.get(slug)!.id })));
  if (incoming && (await writePeople(tx, id, incoming, current?.people ?? [], skillTerm, peopleCounts))) {
    await refreshAvailabilityCounts(tx, id);
    changed = true;
  }
  return !current ? 'created' : changed ? 'updated' : 'unchanged';
}

/** Makes the co-op's people exactly `incoming`; true when anything changed. */
async function writePeople(
  tx: Tx,
  coopId: string,
  incoming: PersonRecord[],
  current: PersonRecord[],
  skillTerm: (slug: string) => string,
  counts: WriteCounts['people'],
): Promise<boolean> {
  const before = new Map(current.map((p) => [p.key, p]));
  const keep = new Set(incoming.map((p) => p.key));
  const gone = current.filter((p) => !keep.has(p.key)).map((p) => p.key);
  if (gone.length) await tx.delete(people).where(and(eq(people.coopId, coopId), inArray(people.id, gone)));
  counts.removed += gone.length;
  const changed = gone.length > 0;
  const changedPeople = incoming.filter((p) => {
    const old = before.get(p.key);
    if (old && same(old, p)) counts.unchanged++;
    else counts[old ? 'updated' : 'created']++;
    return !old || !same(old, p);
  });
  if (!changedPeople.length) return changed;
  // One statement each for the people, their old skills and their new ones, whatever the co-op's size.
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await tx
    .insert(people)
    .values(
      changedPeople.map((p) => ({
        id: p.key,
        coopId,
        name: p.name,
        languages: p.languages,
        availability: p.availability,
        hoursPerWeek: p.hoursPerWeek,
        freeFrom: p.freeFrom,
      })),
    )
    .onConflictDoUpdate({
      target: people.id,
      set: {
        coopId: excluded('coop_id'),
        name: excluded('name'),
        languages: excluded('languages'),
        availability: excluded('availability'),
        hoursPerWeek: excluded('hours_per_week'),
        freeFrom: excluded('free_from'),
        updatedAt: sql`now()`,
      },
    });
  const ids = changedPeople.map((p) => p.key);
  await tx.delete(personSkills).where(inArray(personSkills.personId, ids));
  const skills = changedPeople.flatMap((p) =>
    p.skills.map((s) => ({
      personId: p.key,
      termId: skillTerm(s.technology),
      seniority: s.seniority,
      years: s.years,
    })),
  );
  for (const batch of chunks(skills)) await tx.insert(personSkills).values(batch);
  return true;
}
