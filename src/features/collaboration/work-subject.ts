/**
 * A piece of work a retrospective or feedback is about — a lead, a team or a
 * call for partners — with the co-ops involved in it and whether the reader
 * may see it at all. Read straight from the other slices' tables; nothing
 * here changes them.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { canSeeLead } from '../leads/lead.policy.ts';
import { loadLead } from '../leads/lead.queries.ts';
import { canSeeTeam } from '../teams/team.policy.ts';

export type SubjectKind = 'lead' | 'team' | 'call';

export interface WorkSubject {
  kind: SubjectKind;
  id: string;
  title: string;
  status: string;
  /** Co-ops that did (or bid for) the work: they write its retrospectives. */
  involvedCoopIds: string[];
  /** Co-ops that actually worked on it together: they may rate each other. */
  workedCoopIds: string[];
  visibleTo(actor: Actor): boolean;
}

const list = (v: unknown): string[] =>
  Array.isArray(v)
    ? (v as string[])
    : typeof v === 'string'
      ? v.replace(/[{}]/g, '').split(',').filter(Boolean)
      : [];

async function leadSubject(db: DbOrTx, id: string): Promise<WorkSubject | null> {
  const lead = await loadLead(db, id);
  if (!lead) return null;
  const r = await db.execute<{ coop_ids: unknown }>(sql`
    select coalesce(array_agg(distinct m.coop_id), '{}') as coop_ids
    from teams t join team_members m on m.team_id = t.id
    where t.lead_id = ${id} and t.status in ('active', 'delivered')`);
  const teamCoops = list(r.rows[0]?.coop_ids);
  const worked = [...new Set([...lead.assignedCoopIds, ...teamCoops])];
  const started =
    ['in_progress', 'delivered'].includes(lead.status) || (lead.status === 'lost' && worked.length > 0);
  return {
    kind: 'lead',
    id,
    title: lead.title,
    status: lead.status,
    involvedCoopIds: [...new Set([...worked, ...(lead.finderCoopId ? [lead.finderCoopId] : [])])],
    workedCoopIds: started ? worked : [],
    visibleTo: (a) => canSeeLead(a, lead),
  };
}

async function teamSubject(db: DbOrTx, id: string): Promise<WorkSubject | null> {
  const r = await db.execute<{ name: string; status: string; lead_id: string | null; coop_ids: unknown }>(sql`
    select t.name, t.status, t.lead_id,
      coalesce((select array_agg(coop_id) from team_members where team_id = t.id), '{}') as coop_ids
    from teams t where t.id = ${id}`);
  const team = r.rows[0];
  if (!team) return null;
  const members = list(team.coop_ids);
  const lead = team.lead_id ? await loadLead(db, team.lead_id) : undefined;
  return {
    kind: 'team',
    id,
    title: team.name,
    status: team.status,
    involvedCoopIds: members,
    workedCoopIds: ['active', 'delivered'].includes(team.status) ? members : [],
    visibleTo: (a) =>
      canSeeTeam(a, { memberCoopIds: members, leadVisible: lead ? canSeeLead(a, lead) : null }),
  };
}

async function callSubject(db: DbOrTx, id: string): Promise<WorkSubject | null> {
  const r = await db.execute<{
    title: string;
    status: string;
    visibility: string;
    posted_by: string;
    private_coops: unknown;
    applicants: unknown;
  }>(sql`
    select c.title, c.status, c.visibility, c.posted_by_coop_id as posted_by,
      coalesce((select array_agg(coop_id) from call_coops where call_id = c.id), '{}') as private_coops,
      coalesce((select array_agg(coop_id) from call_applications where call_id = c.id), '{}') as applicants
    from calls c where c.id = ${id}`);
  const call = r.rows[0];
  if (!call) return null;
  const privateCoops = list(call.private_coops);
  const involved = [...new Set([call.posted_by, ...privateCoops, ...list(call.applicants)])];
  return {
    kind: 'call',
    id,
    title: call.title,
    status: call.status,
    involvedCoopIds: involved,
    workedCoopIds: [],
    // Private calls are for their co-ops only, not even network admins (schema/teams.ts).
    visibleTo: (a) =>
      a.kind === 'user' && (call.visibility === 'network' || involved.some((c) => a.coops.has(c))),
  };
}

export function loadSubject(db: DbOrTx, kind: SubjectKind, id: string): Promise<WorkSubject | null> {
  if (kind === 'lead') return leadSubject(db, id);
  if (kind === 'team') return teamSubject(db, id);
  return callSubject(db, id);
}

/** Statuses in which a piece of work is over and can be looked back on. */
export const CLOSED: Record<SubjectKind, readonly string[]> = {
  lead: ['delivered', 'lost'],
  team: ['delivered', 'dissolved'],
  call: ['won', 'lost', 'withdrawn'],
};
