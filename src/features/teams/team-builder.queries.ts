/**
 * Reads the team builder's candidates in a handful of queries, whatever the
 * network's size: the co-ops, their people with the skills the lead asks for,
 * and their past collaboration. The interactive builder calls this on every
 * change, so nothing here loops over co-ops with a query each.
 */
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { coops, people, personSkills, terms } from '../../db/schema/directory.ts';
import { leadInterests } from '../../db/schema/leads.ts';
import { collaborationKey } from '../../engine/teams/teams.model.ts';
import type { CandidateCoop, TeamCandidates } from '../../engine/teams/teams.types.ts';
import type { Seniority } from '../../engine/vocabulary.ts';
import { ledgerSharesFor } from './team.ledger.ts';
import { collaborationStrength, NEUTRAL_LEDGER_SHARE } from './team-builder.rules.ts';

export interface CandidateScope {
  leadId: string;
  /** Required technologies: term id and the minimum seniority asked for it. */
  technologies: ReadonlyArray<{ id: string; minSeniority: Seniority }>;
  /** 'interested': co-ops with a current interest; 'network': every co-op with a qualifying skill; or named co-ops. */
  candidates: 'interested' | 'network' | { coopIds: readonly string[] };
}

export interface CoopInfo {
  id: string;
  slug: string;
  name: string;
}

async function candidateCoopIds(db: DbOrTx, scope: CandidateScope): Promise<string[]> {
  if (typeof scope.candidates === 'object') return [...new Set(scope.candidates.coopIds)];
  if (scope.candidates === 'interested') {
    const rows = await db
      .select({ coopId: leadInterests.coopId })
      .from(leadInterests)
      .where(and(eq(leadInterests.leadId, scope.leadId), isNull(leadInterests.withdrawnAt)));
    return rows.map((r) => r.coopId);
  }
  if (scope.technologies.length === 0) return [];
  // coop_skills keeps each co-op's best seniority per technology: one indexed read for the whole network.
  const wanted: SQL[] = scope.technologies.map(
    (t) => sql`(term_id = ${t.id} and best >= ${t.minSeniority}::seniority)`,
  );
  const rows = await db.execute<{ coop_id: string }>(
    sql`select distinct coop_id from coop_skills where ${sql.join(wanted, sql` or `)}`,
  );
  return rows.rows.map((r) => r.coop_id);
}

/** Projects each pair of these co-ops delivered together: CoTech case studies and Minga teams. */
async function collaboration(db: DbOrTx, ids: readonly string[]): Promise<Record<string, number>> {
  if (ids.length < 2) return {};
  const list = `{${ids.join(',')}}`;
  const rows = await db.execute<{ a: string; b: string; n: number }>(sql`
    select a, b, count(*)::int as n from (
      select x.coop_id as a, y.coop_id as b from case_study_coops x
        join case_study_coops y on y.case_study_id = x.case_study_id and y.coop_id > x.coop_id
        where x.coop_id = any(${list}::uuid[]) and y.coop_id = any(${list}::uuid[])
      union all
      select x.coop_id, y.coop_id from team_members x
        join team_members y on y.team_id = x.team_id and y.coop_id > x.coop_id
        join teams t on t.id = x.team_id and t.status in ('active', 'delivered')
        where x.coop_id = any(${list}::uuid[]) and y.coop_id = any(${list}::uuid[])
    ) pairs group by a, b`);
  return Object.fromEntries(rows.rows.map((r) => [collaborationKey(r.a, r.b), collaborationStrength(r.n)]));
}

export interface LoadedCandidates {
  candidates: TeamCandidates;
  coops: Map<string, CoopInfo>;
}

export async function loadCandidates(db: DbOrTx, scope: CandidateScope): Promise<LoadedCandidates> {
  const ids = await candidateCoopIds(db, scope);
  if (ids.length === 0) return { candidates: { coops: [], collaboration: {} }, coops: new Map() };
  const techIds = scope.technologies.map((t) => t.id);
  const [coopRows, skillRows, interests, links, ledger] = await Promise.all([
    db
      .select({ id: coops.id, slug: coops.slug, name: coops.name, stage: coops.stage })
      .from(coops)
      .where(inArray(coops.id, ids)),
    techIds.length
      ? db
          .select({
            personId: people.id,
            coopId: people.coopId,
            name: people.name,
            availability: people.availability,
            hoursPerWeek: people.hoursPerWeek,
            freeFrom: people.freeFrom,
            technology: terms.name,
            seniority: personSkills.seniority,
            years: personSkills.years,
          })
          .from(people)
          .innerJoin(personSkills, eq(personSkills.personId, people.id))
          .innerJoin(terms, eq(terms.id, personSkills.termId))
          .where(and(inArray(people.coopId, ids), inArray(personSkills.termId, techIds)))
      : Promise.resolve([]),
    db
      .select({
        coopId: leadInterests.coopId,
        role: leadInterests.role,
        proposed: leadInterests.proposedPeople,
      })
      .from(leadInterests)
      .where(
        and(
          eq(leadInterests.leadId, scope.leadId),
          isNull(leadInterests.withdrawnAt),
          inArray(leadInterests.coopId, ids),
        ),
      ),
    collaboration(db, ids),
    ledgerSharesFor(db, ids),
  ]);
  const interestOf = new Map(interests.map((i) => [i.coopId, i]));
  const byCoop = new Map<string, CandidateCoop>(
    coopRows.map((c) => {
      const interest = interestOf.get(c.id);
      return [
        c.id,
        {
          coopId: c.id,
          name: c.name,
          stage: c.stage,
          ledgerShare: ledger.get(c.id) ?? NEUTRAL_LEDGER_SHARE,
          // An interested co-op offers to coordinate only when it asked to lead.
          ...(interest ? { canCoordinate: interest.role === 'lead' } : {}),
          people: [],
        },
      ];
    }),
  );
  const personIndex = new Map<string, CandidateCoop['people'][number]>();
  for (const r of skillRows) {
    const coop = byCoop.get(r.coopId);
    if (!coop) continue;
    let person = personIndex.get(r.personId);
    if (!person) {
      person = {
        id: r.personId,
        name: r.name,
        expertise: [],
        availability: r.availability,
        hoursPerWeek: r.hoursPerWeek,
        freeFrom: r.freeFrom,
      };
      personIndex.set(r.personId, person);
      coop.people.push(person);
    }
    person.expertise.push({ technology: r.technology, seniority: r.seniority, years: r.years });
  }
  // A co-op that proposed people for this lead offers those people, not everyone; a hand-picked team names its own.
  for (const [coopId, interest] of typeof scope.candidates === 'object' ? [] : interestOf) {
    const coop = byCoop.get(coopId);
    if (coop && interest.proposed.length > 0) {
      const offered = new Set(interest.proposed);
      coop.people = coop.people.filter((p) => offered.has(p.id));
    }
  }
  const ordered = ids.flatMap((id) => (byCoop.has(id) ? [byCoop.get(id)!] : []));
  return {
    candidates: { coops: ordered, collaboration: links },
    coops: new Map(coopRows.map((c) => [c.id, { id: c.id, slug: c.slug, name: c.name }])),
  };
}
