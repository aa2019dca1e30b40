/** Looking up and changing the shared taxonomy. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { termAliases, terms } from '../../db/schema/directory.ts';
import { keysOf, termKey } from './term.rules.ts';

export type TermKind = 'technology' | 'service';

/** Resolves spellings (slug, name or alias) to term ids; unknown spellings are returned as they were given. */
export async function resolveTerms(db: DbOrTx, kind: TermKind, spellings: readonly string[]) {
  const keys = [...new Set(spellings.map(termKey))];
  const rows = keys.length
    ? await db
        .select({ key: termAliases.key, id: termAliases.termId })
        .from(termAliases)
        .where(and(eq(termAliases.kind, kind), inArray(termAliases.key, keys)))
    : [];
  const byKey = new Map(rows.map((r) => [r.key, r.id]));
  const bySpelling = new Map<string, string>();
  const unknown: string[] = [];
  for (const s of spellings) {
    const id = byKey.get(termKey(s));
    if (id) bySpelling.set(s, id);
    else unknown.push(s);
  }
  return { ids: [...new Set(bySpelling.values())], bySpelling, unknown };
}

/** Inserts a term with its keys, or returns the existing one that any of its keys already names. */
export async function upsertTerm(
  db: DbOrTx,
  kind: TermKind,
  term: { slug: string; name: string },
  aliases: readonly string[] = [],
): Promise<string> {
  const keys = keysOf(term, aliases);
  const existing = await db
    .select({ id: termAliases.termId })
    .from(termAliases)
    .where(and(eq(termAliases.kind, kind), inArray(termAliases.key, keys)))
    .limit(1);
  let id = existing[0]?.id;
  if (!id) {
    const [row] = await db
      .insert(terms)
      .values({ kind, slug: term.slug, name: term.name })
      .onConflictDoUpdate({ target: [terms.kind, terms.slug], set: { name: term.name } })
      .returning({ id: terms.id });
    id = row!.id;
  }
  await db
    .insert(termAliases)
    .values(keys.map((key) => ({ kind, key, termId: id })))
    .onConflictDoNothing();
  return id;
}

export async function listTerms(db: DbOrTx, kind: TermKind, q: string | undefined) {
  const filter = q
    ? sql`and (t.name ilike ${`%${q}%`} or exists (select 1 from term_aliases a where a.term_id = t.id and a.key like ${`%${termKey(q)}%`}))`
    : sql``;
  const r = await db.execute<{
    id: string;
    slug: string;
    name: string;
    aliases: string[];
    coops: string;
  }>(sql`
    select t.id, t.slug, t.name,
      coalesce((select array_agg(a.key order by a.key) from term_aliases a where a.term_id = t.id), '{}') as aliases,
      (select count(*) from coop_terms ct where ct.term_id = t.id) as coops
    from terms t where t.kind = ${kind}::term_kind ${filter}
    order by lower(t.name)`);
  return r.rows.map((row) => ({ ...row, coops: Number(row.coops) }));
}
