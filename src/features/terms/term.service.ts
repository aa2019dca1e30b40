/** Taxonomy use cases: add, alias, merge. Only network admins change the taxonomy. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { termAliases, terms } from '../../db/schema/directory.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { badRequest, conflict, notFound } from '../../http/problem.ts';
import { isNetworkAdmin } from '../coops/coop.policy.ts';
import { refreshAvailabilityCounts } from '../coops/coop.queries.ts';
import { slugify } from '../coops/coop.rules.ts';
import { type TermKind, upsertTerm } from './term.queries.ts';
import { termKey } from './term.rules.ts';

function requireAdmin(actor: Actor) {
  authorize(actor, isNetworkAdmin(actor), 'Only network admins change the shared taxonomy.');
}

export async function createTerm(
  db: Db,
  actor: Actor,
  input: { kind: TermKind; name: string; slug?: string; aliases: string[] },
) {
  requireAdmin(actor);
  const slug = input.slug ?? slugify(input.name);
  if (!slug) throw badRequest('The name has no letters or digits to make a slug from.');
  return db.transaction(async (tx) => {
    const taken = await tx
      .select({ id: termAliases.termId })
      .from(termAliases)
      .where(and(eq(termAliases.kind, input.kind), eq(termAliases.key, termKey(input.name))));
    if (taken.length) throw conflict(`"${input.name}" is already in the taxonomy.`);
    const id = await upsertTerm(tx, input.kind, { slug, name: input.name }, input.aliases);
    return { id, slug, name: input.name };
  });
}

export async function addAlias(db: Db, actor: Actor, termId: string, alias: string) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const [term] = await tx.select().from(terms).where(eq(terms.id, termId));
    if (!term) throw notFound('That term');
    const key = termKey(alias);
    const [owner] = await tx
      .select({ id: termAliases.termId })
      .from(termAliases)
      .where(and(eq(termAliases.kind, term.kind), eq(termAliases.key, key)));
    if (owner && owner.id !== termId)
      throw conflict(`"${alias}" already names another term; merge them instead.`);
    await tx.insert(termAliases).values({ kind: term.kind, key, termId }).onConflictDoNothing();
    return { id: termId, alias: key };
  });
}

/**
 * Folds `sourceId` into `targetId`: co-ops and people that had the source get
 * the target (keeping the higher seniority), its spellings become aliases of
 * the target, and the source is removed. One transaction.
 */
export async function mergeTerms(db: Db, actor: Actor, sourceId: string, targetId: string) {
  requireAdmin(actor);
  if (sourceId === targetId) throw badRequest('A term cannot be merged into itself.');
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(terms).where(sql`${terms.id} in (${sourceId}, ${targetId})`);
    const source = rows.find((r) => r.id === sourceId);
    const target = rows.find((r) => r.id === targetId);
    if (!source) throw notFound('The term to merge');
    if (!target) throw notFound('The term to merge into');
    if (source.kind !== target.kind) throw conflict('A technology cannot be merged with a service.');
    await tx.execute(sql`
      insert into coop_terms (coop_id, term_id)
      select coop_id, ${targetId} from coop_terms where term_id = ${sourceId}
      on conflict do nothing`);
    const touched = await tx.execute<{ coop_id: string }>(sql`
      select distinct p.coop_id from person_skills ps join people p on p.id = ps.person_id where ps.term_id = ${sourceId}`);
    await tx.execute(sql`
      insert into person_skills (person_id, term_id, seniority, years)
      select person_id, ${targetId}, seniority, years from person_skills where term_id = ${sourceId}
      on conflict (person_id, term_id) do update
        set seniority = greatest(person_skills.seniority, excluded.seniority),
            years = greatest(person_skills.years, excluded.years)`);
    await tx.update(termAliases).set({ termId: targetId }).where(eq(termAliases.termId, sourceId));
    await tx
      .insert(termAliases)
      .values(
        [source.slug, source.name].map((s) => ({ kind: source.kind, key: termKey(s), termId: targetId })),
      )
      .onConflictDoNothing();
    await tx.delete(terms).where(eq(terms.id, sourceId));
    for (const { coop_id } of touched.rows) await refreshAvailabilityCounts(tx, coop_id);
    return { id: targetId, slug: target.slug, name: target.name, merged: source.name };
  });
}
