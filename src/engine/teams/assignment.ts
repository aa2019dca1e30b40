/**
 * Who fills which slot, once the co-ops are fixed: a maximum-weight
 * b-matching between people (each holding up to `capacity` slots, at most one
 * per requirement) and requirements (each taking up to `count` people),
 * solved exactly as a min-cost flow by successive shortest paths.
 *
 * Network: source → co-op → person (capacity) → requirement (1 per pair) →
 * sink (count). The coordinating role is one more unit of flow: source →
 * token (1) → co-op (gain of coordinating), so at most one co-op coordinates
 * and only one that fills a slot. Every pair is worth COVER_VALUE plus its
 * score value, so the matching fills as many roles as it can first and then
 * fills them as well as it can: exactly the x and z terms of the MIP.
 */
import { COVER_VALUE, type TeamModel } from './teams.model.ts';

interface FlowGraph {
  nodeCount: number;
  head: Int32Array;
  next: number[];
  to: number[];
  cap: number[];
  cost: number[];
  /** Edge of each pair (person → requirement), in `pairIndices` order. */
  pairEdge: number[];
  /** Token → co-op edges, to read which co-op coordinates. */
  coordinatorEdges: { coop: number; edge: number }[];
}

export interface Gains {
  pair(i: number): number;
  /**
   * Extra gain of a co-op's first filled slot: what having one more co-op in
   * the team is worth when the network prefers spreading work. A fixed cost
   * per co-op (fewest co-ops) cannot ride on a flow; the search over sets of
   * co-ops pays that one.
   */
  coopBonus(c: number): number;
  /** Gain of co-op c coordinating, or null when it cannot. */
  coordinator(c: number): number | null;
}

const SOURCE = 0;
const SINK = 1;
const TOKEN = 2;
const UNLIMITED = 1 << 30;

export function scoreGains(model: TeamModel): Gains {
  const { fit, coops, trust } = model.weights;
  const spreadBonus =
    model.request.preference === 'spread_work' ? Math.max(0, (coops - trust) / model.linkDenominator) : 0;
  return {
    pair: (i) => COVER_VALUE + model.pairs[i]!.value,
    coopBonus: () => spreadBonus,
    coordinator: (c) => {
      const f = model.coordinatorFit[c]!;
      return model.request.coordinatorRequired && f >= 0
        ? COVER_VALUE + (fit * f) / model.fitDenominator
        : null;
    },
  };
}

/** One per role: the matching then counts the most roles coverable. */
function roleGains(model: TeamModel): Gains {
  return {
    pair: () => 1,
    coopBonus: () => 0,
    coordinator: (c) => (model.request.coordinatorRequired && model.coordinatorFit[c]! >= 0 ? 1 : null),
  };
}

function buildGraph(model: TeamModel, pairIndices: readonly number[], gains: Gains): FlowGraph {
  const reqBase = 3;
  let nodeCount = reqBase + model.counts.length;
  const coopNode = new Map<number, number>();
  const personNode = new Map<number, number>();
  for (const i of pairIndices) {
    const { person, coop } = model.pairs[i]!;
    if (!coopNode.has(coop)) coopNode.set(coop, nodeCount++);
    if (!personNode.has(person)) personNode.set(person, nodeCount++);
  }
  const graph: FlowGraph = {
    nodeCount,
    head: new Int32Array(nodeCount).fill(-1),
    next: [],
    to: [],
    cap: [],
    cost: [],
    pairEdge: [],
    coordinatorEdges: [],
  };
  const addEdge = (u: number, v: number, capacity: number, cost: number): number => {
    const e = graph.to.length;
    graph.to.push(v, u);
    graph.cap.push(capacity, 0);
    graph.cost.push(cost, -cost);
    graph.next.push(graph.head[u]!, graph.head[v]!);
    graph.head[u] = e;
    graph.head[v] = e + 1;
    return e;
  };
  addEdge(SOURCE, TOKEN, 1, 0);
  for (const [coop, node] of coopNode) {
    const bonus = gains.coopBonus(coop);
    if (bonus > 0) addEdge(SOURCE, node, 1, -bonus);
    addEdge(SOURCE, node, UNLIMITED, 0);
    const gain = gains.coordinator(coop);
    if (gain !== null) graph.coordinatorEdges.push({ coop, edge: addEdge(TOKEN, node, 1, -gain) });
  }
  for (const [p, node] of personNode)
    addEdge(coopNode.get(model.people[p]!.coop)!, node, model.people[p]!.capacity, 0);
  model.counts.forEach((count, r) => {
    if (count > 0) addEdge(reqBase + r, SINK, count, 0);
  });
  for (const i of pairIndices) {
    const pair = model.pairs[i]!;
    graph.pairEdge.push(addEdge(personNode.get(pair.person)!, reqBase + pair.req, 1, -gains.pair(i)));
  }
  return graph;
}

/** Bellman–Ford with a queue (SPFA): costs are negative, so Dijkstra would need potentials. */
function shortestPath(graph: FlowGraph, dist: Float64Array, prevEdge: Int32Array): boolean {
  dist.fill(Number.POSITIVE_INFINITY);
  prevEdge.fill(-1);
  const inQueue = new Uint8Array(graph.nodeCount);
  const queue: number[] = [SOURCE];
  dist[SOURCE] = 0;
  inQueue[SOURCE] = 1;
  for (let qi = 0; qi < queue.length; qi++) {
    const u = queue[qi]!;
    inQueue[u] = 0;
    for (let e = graph.head[u]!; e !== -1; e = graph.next[e]!) {
      if (graph.cap[e]! <= 0) continue;
      const v = graph.to[e]!;
      const d = dist[u]! + graph.cost[e]!;
      if (d < dist[v]! - 1e-12) {
        dist[v] = d;
        prevEdge[v] = e;
        if (!inQueue[v]) {
          inQueue[v] = 1;
          queue.push(v);
        }
      }
    }
  }
  // Stop once the cheapest augmentation no longer adds value.
  return dist[SINK]! < -1e-12;
}

function augment(graph: FlowGraph, prevEdge: Int32Array): void {
  for (let v = SINK; v !== SOURCE; ) {
    const e = prevEdge[v]!;
    graph.cap[e]! -= 1;
    graph.cap[e ^ 1]! += 1;
    v = graph.to[e ^ 1]!;
  }
}

export interface Assignment {
  /** Pair indices used. */
  pairs: number[];
  /** Co-op index that coordinates, or -1. */
  coordinator: number;
}

/** The best assignment among the given pairs under the given gains (default: the score's). */
export function bestAssignment(
  model: TeamModel,
  pairIndices: readonly number[],
  gains: Gains = scoreGains(model),
): Assignment {
  const graph = buildGraph(model, pairIndices, gains);
  const dist = new Float64Array(graph.nodeCount);
  const prevEdge = new Int32Array(graph.nodeCount);
  while (shortestPath(graph, dist, prevEdge)) augment(graph, prevEdge);
  return {
    pairs: pairIndices.filter((_, k) => graph.cap[graph.pairEdge[k]!] === 0),
    coordinator: graph.coordinatorEdges.find(({ edge }) => graph.cap[edge] === 0)?.coop ?? -1,
  };
}

/**
 * Most roles any team drawn from these pairs can cover. Plain augmenting
 * paths would do for slots alone; the coordinator token needs the costs.
 */
export function maxRoles(model: TeamModel, pairIndices: readonly number[]): number {
  const { pairs, coordinator } = bestAssignment(model, pairIndices, roleGains(model));
  return pairs.length + (coordinator >= 0 ? 1 : 0);
}
