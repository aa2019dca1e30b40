/**
 * Recommendations for a lead: built from the database, computed by the pure
 * engine, stored append-only with every input, and verifiable later by
 * recomputing from what was stored.
 */
import type { z } from '@hono/zod-openapi';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { recommendations } from '../../db/schema/allocation.ts';
import { user } from '../../db/schema/auth.ts';
import { recommend } from '../../engine/allocation/recommend.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict, notFound } from '../../http/problem.ts';
import { visibleLead } from '../leads/lead.service.ts';
import { canRecommend } from './allocation.policy.ts';
import { asJson, jsonDifferences } from './canonical.ts';
import { currentPolicyRow, policyByVersion, toEnginePolicy } from './policy.queries.ts';
import { buildInputs } from './recommendation.inputs.ts';
import type { RecommendationOut, RecommendationSummary } from './recommendation.schemas.ts';

type Row = typeof recommendations.$inferSelect;
type Author = { id: string; name: string } | null;

function present(r: Row, author: Author): z.infer<typeof RecommendationOut> {
  return {
    id: r.id,
    leadId: r.leadId,
    policyVersion: r.policyVersion,
    method: r.output.method,
    seed: r.seed,
    today: r.output.today,
    ranked: r.output.ranked as unknown as z.infer<typeof RecommendationOut>['ranked'],
    inputs: r.inputs as unknown as Record<string, unknown>,
    createdBy: author,
    createdAt: r.createdAt.toISOString(),
  };
}

function summarise(r: Row): z.infer<typeof RecommendationSummary> {
  return {
    id: r.id,
    policyVersion: r.policyVersion,
    method: r.output.method,
    seed: r.seed,
    today: r.output.today,
    order: r.output.ranked.map((c) => ({ coopId: c.coopId, coopName: c.coopName, rank: c.rank })),
    createdAt: r.createdAt.toISOString(),
  };
}

const RECOMMENDABLE = new Set(['open', 'deciding']);

export async function createRecommendation(
  db: Db,
  actor: Actor,
  leadId: string,
  req: { seed?: string | undefined },
  now = new Date(),
) {
  const lead = await visibleLead(db, actor, leadId);
  authorize(
    actor,
    canRecommend(actor, lead),
    'Admins of the finder co-op, or network admins, ask for a recommendation.',
  );
  if (!RECOMMENDABLE.has(lead.status))
    throw conflict(`A recommendation is made while a lead is open or deciding; this one is ${lead.status}.`);
  const { p } = await currentPolicyRow(db);
  const today = now.toISOString().slice(0, 10);
  const inputs = asJson(await buildInputs(db, lead, toEnginePolicy(p), today, req.seed));
  const output = asJson(recommend(inputs.lead, inputs.interests, inputs.policy, inputs.context));
  const [row] = await db
    .insert(recommendations)
    .values({
      leadId,
      policyVersion: p.version,
      seed: String(inputs.context.seed),
      inputs,
      output,
      createdBy: actor.kind === 'user' ? actor.userId : null,
    })
    .returning();
  return present(row!, actor.kind === 'user' ? { id: actor.userId, name: actor.name } : null);
}

async function rowsFor(db: Db, leadId: string) {
  return db
    .select({ r: recommendations, author: { id: user.id, name: user.name } })
    .from(recommendations)
    .leftJoin(user, eq(user.id, recommendations.createdBy))
    .where(eq(recommendations.leadId, leadId))
    .orderBy(desc(recommendations.createdAt), desc(recommendations.id));
}

export async function listRecommendations(db: Db, actor: Actor, leadId: string) {
  await visibleLead(db, actor, leadId);
  const rows = await rowsFor(db, leadId);
  const first = rows[0];
  return { latest: first ? present(first.r, first.author) : null, history: rows.map((x) => summarise(x.r)) };
}

/** A recommendation by id, for those who can see its lead. */
export async function loadRecommendation(db: Db, actor: Actor, id: string) {
  const [row] = await db.select().from(recommendations).where(eq(recommendations.id, id));
  if (!row) throw notFound('Recommendation');
  await visibleLead(db, actor, row.leadId);
  return row;
}

export async function getRecommendation(db: Db, actor: Actor, id: string) {
  const row = await loadRecommendation(db, actor, id);
  const [author] = row.createdBy
    ? await db.select({ id: user.id, name: user.name }).from(user).where(eq(user.id, row.createdBy))
    : [];
  return present(row, author ?? null);
}

/** Recomputes from the stored inputs: the audit that a ranking was what the policy and the facts gave. */
export async function verifyRecommendation(db: Db, actor: Actor, id: string) {
  const row = await loadRecommendation(db, actor, id);
  const { lead, interests, policy, context } = row.inputs;
  let differences: string[];
  try {
    differences = jsonDifferences(asJson(recommend(lead, interests, policy, context)), row.output);
  } catch (e) {
    differences = [`recomputation failed: ${(e as Error).message}`];
  }
  const version = await policyByVersion(db, row.policyVersion);
  const policyMatches =
    version !== undefined && jsonDifferences(asJson(toEnginePolicy(version)), policy).length === 0;
  return { id: row.id, matches: differences.length === 0, policyMatches, differences };
}
