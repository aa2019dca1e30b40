/**
 * Writes a validated directory document inside the caller's transaction.
 * Every record is compared with what Minga holds first (in the export's
 * canonical form), so a record that did not change is not touched and its
 * updated_at stays put.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  caseStudies,
  caseStudyCoops,
  clients,
  coopClients,
  coops,
  coopTerms,
} from '../../db/schema/directory.ts';
import { refreshAvailabilityCounts } from '../coops/coop.queries.ts';
import type { CoopRecord, DirectoryDocument, PersonRecord } from './directory.document.ts';
import { exportCaseStudies, exportCoops } from './directory.export.ts';
import { personId, writePeople } from './write.people.ts';
import { type Counts, chunks, same, type WriteCounts, zeroCounts } from './write.support.ts';
import { type TermIndex, termIndex } from './write.terms.ts';

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
