/** The calls slice's SQL: loading calls and applications whole, listing visible calls, resolving terms. */
import { asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { coops, people, terms } from '../../db/schema/directory.ts';
import { callApplications, callCoops, calls } from '../../db/schema/teams.ts';
import type { Actor } from '../../http/context.ts';
import { type FieldError, invalid } from '../../http/problem.ts';
import { resolveTerms } from '../terms/term.queries.ts';
import type { CallAccess } from './call.policy.ts';

export interface CoopRef {
  id: string;
  slug: string;
  name: string;
  country: string | null;
}
export interface TermRef {
  id: string;
  slug: string;
  name: string;
  kind: 'technology' | 'service';
}

export interface CallRecord extends CallAccess {
  call: typeof calls.$inferSelect;
  postedBy: CoopRef;
  competences: TermRef[];
  applicationCount: number;
}

export interface ApplicationRecord {
  app: typeof callApplications.$inferSelect;
  coop: CoopRef;
  people: Array<{ id: string; name: string }>;
  skills: TermRef[];
  /** Technologies of the people named, which the co-op brings too. */
  peopleSkillIds: string[];
}

const coopRef = { id: coops.id, slug: coops.slug, name: coops.name, country: coops.country };
const termRef = { id: terms.id, slug: terms.slug, name: terms.name, kind: terms.kind };

async function termRefs(db: DbOrTx, ids: readonly string[]): Promise<Map<string, TermRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(termRef)
    .from(terms)
    .where(inArray(terms.id, [...new Set(ids)]));
  return new Map(rows.map((t) => [t.id, t]));
}

export async function loadCall(db: DbOrTx, id: string): Promise<CallRecord | undefined> {
  const [rows, shared, count] = await Promise.all([
    db
      .select({ call: calls, postedBy: coopRef })
      .from(calls)
      .innerJoin(coops, eq(coops.id, calls.postedByCoopId))
      .where(eq(calls.id, id)),
    db.select({ coopId: callCoops.coopId }).from(callCoops).where(eq(callCoops.callId, id)),
    db.execute<{ n: number }>(sql`select count(*)::int as n from call_applications where call_id = ${id}`),
  ]);
  const row = rows[0];
  if (!row) return undefined;
  const refs = await termRefs(db, row.call.competenceIds);
  return {
    call: row.call,
    postedBy: row.postedBy,
    visibility: row.call.visibility,
    postedByCoopId: row.call.postedByCoopId,
    coopIds: shared.map((s) => s.coopId),
    competences: row.call.competenceIds.flatMap((t) => (refs.has(t) ? [refs.get(t)!] : [])),
    applicationCount: count.rows[0]?.n ?? 0,
  };
}

/** Applications to a call, optionally only those of some co-ops. */
export async function loadApplications(
  db: DbOrTx,
  callId: string,
  onlyCoops?: readonly string[],
): Promise<ApplicationRecord[]> {
  if (onlyCoops && onlyCoops.length === 0) return [];
  const where = onlyCoops
    ? sql`${callApplications.callId} = ${callId} and ${callApplications.coopId} = any(${`{${onlyCoops.join(',')}}`}::uuid[])`
    : eq(callApplications.callId, callId);
  const rows = await db
    .select({ app: callApplications, coop: coopRef })
    .from(callApplications)
    .innerJoin(coops, eq(coops.id, callApplications.coopId))
    .where(where)
    .orderBy(asc(callApplications.createdAt));
  const personIds = [...new Set(rows.flatMap((r) => r.app.peopleIds))];
  const [folk, skills] = await Promise.all([
    personIds.length
      ? db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, personIds))
      : Promise.resolve([]),
    personIds.length
      ? db.execute<{ person_id: string; term_id: string }>(
          sql`select person_id, term_id from person_skills where person_id = any(${`{${personIds.join(',')}}`}::uuid[])`,
        )
      : Promise.resolve({ rows: [] as Array<{ person_id: string; term_id: string }> }),
  ]);
  const refs = await termRefs(
    db,
    rows.flatMap((r) => r.app.skillIds),
  );
  const names = new Map(folk.map((p) => [p.id, p.name]));
  return rows.map(({ app, coop }) => ({
    app,
    coop,
    people: app.peopleIds.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : [])),
    skills: app.skillIds.flatMap((id) => (refs.has(id) ? [refs.get(id)!] : [])),
    peopleSkillIds: skills.rows.filter((s) => app.peopleIds.includes(s.person_id)).map((s) => s.term_id),
  }));
}

/** SQL twin of canSeeCall() in call.policy.ts, over the alias `c`. */
export function visibleCallsSql(a: Actor): SQL {
  if (a.kind !== 'user') return sql`false`;
  const mine = `{${[...a.coops.keys()].join(',')}}`;
  return sql`(c.visibility = 'network'
    or exists (select 1 from call_coops x where x.call_id = c.id and x.coop_id = any(${mine}::uuid[])))`;
}

/**
 * Technologies or services by any spelling; unknown spellings are a 422 on
 * `field`. A competence is first looked up as a technology, then as a service.
 */
export async function resolveCompetences(
  db: DbOrTx,
  field: string,
  spellings: readonly string[],
): Promise<string[]> {
  if (spellings.length === 0) return [];
  const tech = await resolveTerms(db, 'technology', spellings);
  const service = tech.unknown.length
    ? await resolveTerms(db, 'service', tech.unknown)
    : { ids: [] as string[], unknown: [] as string[] };
  if (service.unknown.length) {
    const errors: FieldError[] = spellings.flatMap((s, i) =>
      service.unknown.includes(s)
        ? [
            {
              pointer: `#/json/${field.replaceAll('.', '/')}/${i}`,
              field: `${field}.${i}`,
              detail: `Unknown technology or service "${s}".`,
            },
          ]
        : [],
    );
    throw invalid(errors);
  }
  return [...new Set([...tech.ids, ...service.ids])];
}
