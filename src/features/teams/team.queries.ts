/** The teams slice's SQL: loading teams whole, listing what an actor may see, and writing compositions. */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { coops, people } from '../../db/schema/directory.ts';
import { leads } from '../../db/schema/leads.ts';
import { teamMembers, teamPeople, teams } from '../../db/schema/teams.ts';
import type { Actor } from '../../http/context.ts';
import { offsetOf } from '../../http/paging.ts';
import { visibleLeadsSql } from '../leads/lead.queries.ts';
import type { MemberInput, TeamRole } from './team.rules.ts';
import type { TeamListFilter } from './team.schemas.ts';

export interface CoopRef {
  id: string;
  slug: string;
  name: string;
  country: string | null;
}

export interface TeamRecord {
  team: typeof teams.$inferSelect;
  lead: { id: string; title: string; status: string; finderCoopId: string | null } | null;
  members: Array<{
    coop: CoopRef;
    role: TeamRole;
    shareWork: number;
    shareMoney: number;
    people: Array<{ id: string; name: string; covers: string }>;
  }>;
}

const coopRef = { id: coops.id, slug: coops.slug, name: coops.name, country: coops.country };

export async function loadTeams(db: DbOrTx, ids: readonly string[]): Promise<TeamRecord[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const [rows, members, folk] = await Promise.all([
    db
      .select({
        team: teams,
        lead: { id: leads.id, title: leads.title, status: leads.status, finderCoopId: leads.finderCoopId },
      })
      .from(teams)
      .leftJoin(leads, eq(leads.id, teams.leadId))
      .where(inArray(teams.id, list)),
    db
      .select({ m: teamMembers, coop: coopRef })
      .from(teamMembers)
      .innerJoin(coops, eq(coops.id, teamMembers.coopId))
      .where(inArray(teamMembers.teamId, list))
      .orderBy(asc(coops.name)),
    db
      .select({
        teamId: teamPeople.teamId,
        coopId: teamPeople.coopId,
        id: people.id,
        name: people.name,
        covers: teamPeople.covers,
      })
      .from(teamPeople)
      .innerJoin(people, eq(people.id, teamPeople.personId))
      .where(inArray(teamPeople.teamId, list))
      .orderBy(asc(people.name)),
  ]);
  const byId = new Map(
    rows.map(({ team, lead }): [string, TeamRecord] => [
      team.id,
      {
        team,
        lead: lead?.id ? lead : null,
        members: members
          .filter((r) => r.m.teamId === team.id)
          .sort((a, b) => Number(b.m.role === 'coordinator') - Number(a.m.role === 'coordinator'))
          .map(({ m, coop }) => ({
            coop,
            role: m.role,
            shareWork: m.shareWork,
            shareMoney: m.shareMoney,
            people: folk
              .filter((p) => p.teamId === team.id && p.coopId === coop.id)
              .map(({ id, name, covers }) => ({ id, name, covers })),
          })),
      },
    ]),
  );
  return list.flatMap((id) => byId.get(id) ?? []);
}

/** SQL twin of canSeeTeam() in team.policy.ts, over the alias `t`. */
function visibleTeamsSql(a: Actor): SQL {
  if (a.kind !== 'user') return sql`false`;
  if (a.networkRole === 'admin') return sql`true`;
  const mine = `{${[...a.coops.keys()].join(',')}}`;
  return sql`(exists (select 1 from team_members m where m.team_id = t.id and m.coop_id = any(${mine}::uuid[]))
    or t.lead_id is null
    or exists (select 1 from leads l where l.id = t.lead_id and ${visibleLeadsSql(a)}))`;
}

export async function listTeamIds(db: DbOrTx, actor: Actor, f: TeamListFilter) {
  const where: SQL[] = [visibleTeamsSql(actor)];
  if (f.leadId) where.push(sql`t.lead_id = ${f.leadId}`);
  if (f.status) where.push(sql`t.status = ${f.status}::team_status`);
  if (f.coopId)
    where.push(sql`exists (select 1 from team_members m where m.team_id = t.id and m.coop_id = ${f.coopId})`);
  const cond = sql.join(where, sql` and `);
  const [rows, count] = await Promise.all([
    db.execute<{ id: string }>(
      sql`select t.id from teams t where ${cond} order by t.created_at desc, t.id limit ${f.pageSize} offset ${offsetOf(f)}`,
    ),
    db.execute<{ n: number }>(sql`select count(*)::int as n from teams t where ${cond}`),
  ]);
  return { ids: rows.rows.map((r) => r.id), total: count.rows[0]?.n ?? 0 };
}

/** People of these co-ops among the given ids: person id → co-op id. */
export async function peopleCoops(db: DbOrTx, personIds: readonly string[]) {
  if (personIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: people.id, coopId: people.coopId })
    .from(people)
    .where(inArray(people.id, [...personIds]));
  return new Map(rows.map((r) => [r.id, r.coopId]));
}

export async function existingCoopIds(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: coops.id })
    .from(coops)
    .where(inArray(coops.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}

export async function insertMembers(
  tx: DbOrTx,
  teamId: string,
  members: ReadonlyArray<MemberInput & { shareWork: number; shareMoney: number }>,
) {
  await tx.insert(teamMembers).values(
    members.map((m) => ({
      teamId,
      coopId: m.coopId,
      role: m.role,
      shareWork: m.shareWork,
      shareMoney: m.shareMoney,
    })),
  );
  const folk = members.flatMap((m) =>
    (m.people ?? []).map((p) => ({ teamId, personId: p.personId, coopId: m.coopId, covers: p.covers ?? '' })),
  );
  if (folk.length) await tx.insert(teamPeople).values(folk);
}

export async function updateShares(
  tx: DbOrTx,
  teamId: string,
  shares: ReadonlyArray<{ coopId: string; shareWork: number; shareMoney: number }>,
) {
  for (const s of shares) {
    await tx
      .update(teamMembers)
      .set({ shareWork: s.shareWork, shareMoney: s.shareMoney })
      .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.coopId, s.coopId)));
  }
}

export async function lockTeam(tx: DbOrTx, id: string) {
  await tx.execute(sql`select 1 from teams where id = ${id} for update`);
}
