/**
 * The collaboration graph and a co-op's "worked with" list. Anonymous
 * readers see the public case studies only; members also see delivered
 * teams and leads, named where they may see them, and feedback ratings.
 */
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { notFound } from '../../http/problem.ts';
import {
  caseStudyWorks,
  coopIdBySlug,
  coopNodes,
  leadWorks,
  pairRatings,
  teamWorks,
} from './collaboration.queries.ts';
import {
  averageRating,
  type CollaborationEdge,
  collaborationEdges,
  type JointWork,
  pairKey,
  withoutDoubleCounting,
} from './collaboration.rules.ts';
import type { CollaborationGraph, CollaboratorList } from './collaboration.schemas.ts';

async function jointWorks(db: Db, actor: Actor, coopId?: string): Promise<JointWork[]> {
  const cases = await caseStudyWorks(db, coopId);
  if (actor.kind !== 'user') return cases;
  const [teams, leads] = await Promise.all([teamWorks(db, actor, coopId), leadWorks(db, actor, coopId)]);
  return withoutDoubleCounting([...cases, ...teams, ...leads]);
}

async function ratingsByPair(db: Db, actor: Actor) {
  const byPair = new Map<string, number[]>();
  if (actor.kind !== 'user') return byPair;
  for (const r of await pairRatings(db)) {
    const key = pairKey(r.a, r.b);
    byPair.set(key, [...(byPair.get(key) ?? []), r.rating]);
  }
  return byPair;
}

function rated(edge: CollaborationEdge, ratings: Map<string, number[]>) {
  const list = ratings.get(pairKey(edge.a, edge.b)) ?? [];
  return { averageRating: averageRating(list), ratings: list.length };
}

export async function collaborationGraph(db: Db, actor: Actor): Promise<z.infer<typeof CollaborationGraph>> {
  const [works, ratings] = await Promise.all([jointWorks(db, actor), ratingsByPair(db, actor)]);
  const edges = collaborationEdges(works);
  const partners = new Map<string, number>();
  for (const e of edges) {
    partners.set(e.a, (partners.get(e.a) ?? 0) + 1);
    partners.set(e.b, (partners.get(e.b) ?? 0) + 1);
  }
  const nodes = await coopNodes(db, [...partners.keys()]);
  const slugOf = new Map(nodes.map((n) => [n.id, n.slug]));
  return {
    nodes: nodes.map((n) => ({ ...n, partners: partners.get(n.id) ?? 0 })),
    edges: edges.map((e) => ({
      source: slugOf.get(e.a) ?? e.a,
      target: slugOf.get(e.b) ?? e.b,
      count: e.count,
      sources: e.sources,
      lastDate: e.lastDate,
      ...rated(e, ratings),
    })),
  };
}

export async function collaboratorsOf(
  db: Db,
  actor: Actor,
  slug: string,
): Promise<z.infer<typeof CollaboratorList>> {
  const coop = await coopIdBySlug(db, slug);
  if (!coop) throw notFound(`Co-op "${slug}"`);
  const [works, ratings] = await Promise.all([jointWorks(db, actor, coop.id), ratingsByPair(db, actor)]);
  const edges = collaborationEdges(works).filter((e) => e.a === coop.id || e.b === coop.id);
  const others = await coopNodes(
    db,
    edges.map((e) => (e.a === coop.id ? e.b : e.a)),
  );
  const byId = new Map(others.map((o) => [o.id, o]));
  return {
    items: edges.flatMap((e) => {
      const other = byId.get(e.a === coop.id ? e.b : e.a);
      if (!other) return [];
      return [
        {
          coop: { slug: other.slug, name: other.name },
          count: e.count,
          sources: e.sources,
          lastDate: e.lastDate,
          ...rated(e, ratings),
        },
      ];
    }),
  };
}
