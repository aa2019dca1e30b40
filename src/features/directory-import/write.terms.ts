/** Writing the document's terms, and finding the term each spelling in it names. */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { termAliases, terms } from '../../db/schema/directory.ts';
import { type TermKind, upsertTerm } from '../terms/term.queries.ts';
import { keysOf, termKey } from '../terms/term.rules.ts';
import { slugify } from './directory.csv.ts';
import type { TermRecord } from './directory.document.ts';
import { type Counts, chunks } from './write.support.ts';

/** Every key of a kind's terms, and a way to find (or create) the term a spelling names. */
export async function termIndex(tx: Tx, kind: TermKind, counts: Counts) {
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

export type TermIndex = Awaited<ReturnType<typeof termIndex>>;
