/**
 * Feedback between co-ops: a 1–5 rating and a note from one co-op about
 * another, on a lead or team they actually worked on together. Writing again
 * for the same pair and work replaces it.
 */
import type { z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { collaborationFeedback } from '../../db/schema/trust.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { invalid, notFound } from '../../http/problem.ts';
import { coopIdBySlug } from './collaboration.queries.ts';
import { mayGiveFeedback } from './collaboration.rules.ts';
import type { Feedback, FeedbackInput } from './collaboration.schemas.ts';
import { canSeeFeedbackNote } from './retrospective.policy.ts';
import { loadSubject } from './work-subject.ts';

async function coopOrFail(db: Db, slug: string, field: 'from' | 'to') {
  const coop = await coopIdBySlug(db, slug);
  if (!coop) throw invalid([{ pointer: `#/body/${field}`, field, detail: `Unknown co-op "${slug}".` }]);
  return coop.id;
}

async function feedbackRows(db: Db, where: ReturnType<typeof sql>) {
  const r = await db.execute<{
    id: string;
    from_id: string;
    from_slug: string;
    from_name: string;
    to_id: string;
    to_slug: string;
    to_name: string;
    lead_id: string | null;
    team_id: string | null;
    rating: number;
    note: string;
    created_at: unknown;
  }>(sql`
    select f.id, f.from_coop_id as from_id, a.slug as from_slug, a.name as from_name,
      f.to_coop_id as to_id, b.slug as to_slug, b.name as to_name, f.lead_id, f.team_id, f.rating, f.note, f.created_at
    from collaboration_feedback f join coops a on a.id = f.from_coop_id join coops b on b.id = f.to_coop_id
    where ${where} order by f.created_at desc, f.id limit 200`);
  return r.rows;
}

function present(
  actor: Actor,
  r: Awaited<ReturnType<typeof feedbackRows>>[number],
): z.infer<typeof Feedback> {
  return {
    id: r.id,
    from: { slug: r.from_slug, name: r.from_name },
    to: { slug: r.to_slug, name: r.to_name },
    subject: r.lead_id ? { kind: 'lead', id: r.lead_id } : { kind: 'team', id: r.team_id as string },
    rating: Number(r.rating),
    note: canSeeFeedbackNote(actor, r.from_id, r.to_id) ? r.note : null,
    createdAt: new Date(r.created_at as string).toISOString(),
  };
}

export async function giveFeedback(db: Db, actor: Actor, input: FeedbackInput) {
  authorize(actor, actor.kind === 'user', 'Feedback is given by members of the co-ops that worked together.');
  const fromId = await coopOrFail(db, input.from, 'from');
  const toId = await coopOrFail(db, input.to, 'to');
  authorize(
    actor,
    actor.kind === 'user' && actor.coops.has(fromId),
    'You give feedback for your own co-op only.',
  );
  const kind = input.leadId ? 'lead' : 'team';
  const id = (input.leadId ?? input.teamId) as string;
  const subject = await loadSubject(db, kind, id);
  if (!subject?.visibleTo(actor)) throw notFound(kind === 'lead' ? 'Lead' : 'Team');
  if (!mayGiveFeedback(fromId, toId, subject.workedCoopIds))
    throw invalid([
      {
        pointer: '#/body/to',
        field: 'to',
        detail: `Feedback is only between co-ops that worked on this ${kind} together.`,
      },
    ]);
  const subjectColumn = kind === 'lead' ? collaborationFeedback.leadId : collaborationFeedback.teamId;
  const feedbackId = await db.transaction(async (tx) => {
    const match = and(
      eq(collaborationFeedback.fromCoopId, fromId),
      eq(collaborationFeedback.toCoopId, toId),
      eq(subjectColumn, id),
    );
    const [existing] = await tx
      .select({ id: collaborationFeedback.id })
      .from(collaborationFeedback)
      .where(match)
      .for('update');
    const fields = {
      rating: input.rating,
      note: input.note,
      authorId: actor.kind === 'user' ? actor.userId : null,
    };
    if (existing) {
      await tx
        .update(collaborationFeedback)
        .set({ ...fields, createdAt: new Date() })
        .where(eq(collaborationFeedback.id, existing.id));
      return existing.id;
    }
    const [row] = await tx
      .insert(collaborationFeedback)
      .values({
        ...fields,
        fromCoopId: fromId,
        toCoopId: toId,
        leadId: kind === 'lead' ? id : null,
        teamId: kind === 'team' ? id : null,
      })
      .returning({ id: collaborationFeedback.id });
    return (row as { id: string }).id;
  });
  const [row] = await feedbackRows(db, sql`f.id = ${feedbackId}`);
  return present(actor, row as NonNullable<typeof row>);
}

/** Feedback a co-op gave and received, for members. */
export async function feedbackOf(db: Db, actor: Actor, slug: string) {
  authorize(actor, actor.kind === 'user', 'Feedback is shared with the network’s members.');
  const coop = await coopIdBySlug(db, slug);
  if (!coop) throw notFound(`Co-op "${slug}"`);
  const rows = await feedbackRows(db, sql`(f.from_coop_id = ${coop.id} or f.to_coop_id = ${coop.id})`);
  return { items: rows.map((r) => present(actor, r)) };
}
