/**
 * Retrospectives: written by a co-op involved in a piece of work once it is
 * over (delivered, lost, dissolved, decided), one per co-op per piece of work,
 * and read according to their visibility.
 */
import type { z } from '@hono/zod-openapi';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { retrospectives } from '../../db/schema/trust.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict, invalid, notFound } from '../../http/problem.ts';
import { coopIdBySlug } from './collaboration.queries.ts';
import type { Retrospective, RetrospectiveInput, RetrospectiveQuery } from './collaboration.schemas.ts';
import { canReadRetrospective, canWriteFor } from './retrospective.policy.ts';
import { CLOSED, loadSubject, type SubjectKind, type WorkSubject } from './work-subject.ts';

type Row = typeof retrospectives.$inferSelect & {
  coopSlug: string;
  coopName: string;
  authorName: string | null;
};

function subjectOf(input: { leadId?: string; teamId?: string; callId?: string }): [SubjectKind, string] {
  if (input.leadId) return ['lead', input.leadId];
  if (input.teamId) return ['team', input.teamId];
  return ['call', input.callId as string];
}

const column = { lead: retrospectives.leadId, team: retrospectives.teamId, call: retrospectives.callId };

function present(r: Row): z.infer<typeof Retrospective> {
  const [kind, id] = r.leadId
    ? (['lead', r.leadId] as const)
    : r.teamId
      ? (['team', r.teamId] as const)
      : (['call', r.callId as string] as const);
  return {
    id: r.id,
    subject: { kind, id },
    coop: { slug: r.coopSlug, name: r.coopName },
    author: r.authorName,
    worked: r.worked,
    failed: r.failed,
    change: r.change,
    visibility: r.visibility,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

async function rows(db: Db, where: SQL): Promise<Row[]> {
  const r = await db.execute<Record<string, unknown>>(sql`
    select r.*, c.slug as coop_slug, c.name as coop_name, u.name as author_name
    from retrospectives r join coops c on c.id = r.coop_id left join "user" u on u.id = r.author_id
    where ${where} order by r.created_at desc, r.id limit 500`);
  return r.rows.map((x) => ({
    id: x.id as string,
    leadId: x.lead_id as string | null,
    teamId: x.team_id as string | null,
    callId: x.call_id as string | null,
    coopId: x.coop_id as string,
    authorId: x.author_id as string | null,
    worked: x.worked as string,
    failed: x.failed as string,
    change: x.change as string,
    visibility: x.visibility as 'team' | 'network',
    createdAt: new Date(x.created_at as string),
    updatedAt: new Date(x.updated_at as string),
    coopSlug: x.coop_slug as string,
    coopName: x.coop_name as string,
    authorName: (x.author_name as string | null) ?? null,
  }));
}

async function writerCoop(db: Db, actor: Actor, subject: WorkSubject, slug: string | undefined) {
  if (slug) {
    const coop = await coopIdBySlug(db, slug);
    if (!coop) throw invalid([{ pointer: '#/body/coop', field: 'coop', detail: `Unknown co-op "${slug}".` }]);
    return coop.id;
  }
  const mine = actor.kind === 'user' ? subject.involvedCoopIds.filter((id) => actor.coops.has(id)) : [];
  return mine[0] ?? subject.involvedCoopIds[0] ?? '';
}

export async function writeRetrospective(db: Db, actor: Actor, input: RetrospectiveInput) {
  authorize(actor, actor.kind === 'user', 'Retrospectives are written by members of the co-ops involved.');
  const [kind, id] = subjectOf(input);
  const subject = await loadSubject(db, kind, id);
  if (!subject?.visibleTo(actor))
    throw notFound(kind === 'lead' ? 'Lead' : kind === 'team' ? 'Team' : 'Call');
  const coopId = await writerCoop(db, actor, subject, input.coop);
  authorize(
    actor,
    canWriteFor(actor, coopId, subject.involvedCoopIds),
    'Only members of the co-ops involved in this work write its retrospective.',
  );
  if (!CLOSED[kind].includes(subject.status))
    throw conflict(`A retrospective is written once the work is over; this ${kind} is ${subject.status}.`);
  const userId = actor.kind === 'user' ? actor.userId : null;
  const fields = {
    worked: input.worked,
    failed: input.failed,
    change: input.change,
    visibility: input.visibility,
    authorId: userId,
  };
  const { retroId, created } = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: retrospectives.id })
      .from(retrospectives)
      .where(and(eq(column[kind], id), eq(retrospectives.coopId, coopId)))
      .for('update');
    if (existing) {
      await tx
        .update(retrospectives)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(retrospectives.id, existing.id));
      return { retroId: existing.id, created: false };
    }
    const [row] = await tx
      .insert(retrospectives)
      .values({ ...fields, coopId, [`${kind}Id`]: id })
      .returning({ id: retrospectives.id });
    return { retroId: (row as { id: string }).id, created: true };
  });
  const [row] = await rows(db, sql`r.id = ${retroId}`);
  return { created, body: present(row as Row) };
}

export async function listRetrospectives(db: Db, actor: Actor, q: z.infer<typeof RetrospectiveQuery>) {
  authorize(actor, actor.kind === 'user', 'Retrospectives are shared with the network’s members.');
  const filters: SQL[] = [];
  if (q.lead) filters.push(sql`r.lead_id = ${q.lead}`);
  if (q.team) filters.push(sql`r.team_id = ${q.team}`);
  if (q.call) filters.push(sql`r.call_id = ${q.call}`);
  if (q.coop) {
    const coop = await coopIdBySlug(db, q.coop);
    if (!coop) throw notFound(`Co-op "${q.coop}"`);
    filters.push(sql`r.coop_id = ${coop.id}`);
  }
  const found = await rows(db, filters.length ? sql.join(filters, sql` and `) : sql`true`);
  const subjects = new Map<string, WorkSubject | null>();
  const readable: Row[] = [];
  for (const r of found) {
    const [kind, id] = subjectOf({
      leadId: r.leadId ?? undefined,
      teamId: r.teamId ?? undefined,
      callId: r.callId ?? undefined,
    });
    const key = `${kind}:${id}`;
    if (!subjects.has(key)) subjects.set(key, await loadSubject(db, kind, id));
    const subject = subjects.get(key);
    if (subject && canReadRetrospective(actor, r, subject)) readable.push(r);
  }
  const start = (q.page - 1) * q.pageSize;
  return {
    items: readable.slice(start, start + q.pageSize).map(present),
    page: q.page,
    pageSize: q.pageSize,
    total: readable.length,
  };
}
