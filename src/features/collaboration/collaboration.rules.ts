/**
 * The collaboration graph as a pure function of the work co-ops did
 * together: every delivered team, every delivered lead assigned to several
 * co-ops and every case study adds one to each pair of its co-ops.
 */

export type WorkKind = 'case_study' | 'team' | 'lead';

/** One piece of joint work; `label` is null when the reader may not see what it was. */
export interface JointWork {
  kind: WorkKind;
  id: string;
  label: string | null;
  /** ISO date the work was delivered, when known (case studies carry none). */
  date: string | null;
  coopIds: readonly string[];
  /** For a team: the lead it delivered, if any. */
  leadId?: string | null;
}

export interface WorkSource {
  kind: WorkKind;
  id: string;
  label: string;
  date: string | null;
}

export interface CollaborationEdge {
  /** The pair, smaller id first. */
  a: string;
  b: string;
  count: number;
  /** The works the reader may see; `count - sources.length` were hidden. */
  sources: WorkSource[];
  lastDate: string | null;
}

export const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** Every unordered pair of distinct co-ops in a list. */
export function pairsOf(coopIds: readonly string[]): Array<[string, string]> {
  const ids = [...new Set(coopIds)].sort();
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i] as string, ids[j] as string]);
  return pairs;
}

/**
 * A delivered lead that a delivered team also covers is one piece of work,
 * not two: the team (with its exact members) wins over the lead's assignment.
 */
export function withoutDoubleCounting(works: readonly JointWork[]): JointWork[] {
  const teamLeadIds = new Set(works.flatMap((w) => (w.kind === 'team' && w.leadId ? [w.leadId] : [])));
  return works.filter((w) => w.kind !== 'lead' || !teamLeadIds.has(w.id));
}

const later = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x > y ? x : y);

/** Edges sorted by count (most joint work first), then by pair for a stable order. */
export function collaborationEdges(works: readonly JointWork[]): CollaborationEdge[] {
  const edges = new Map<string, CollaborationEdge>();
  for (const work of works) {
    for (const [a, b] of pairsOf(work.coopIds)) {
      const key = pairKey(a, b);
      let edge = edges.get(key);
      if (!edge) {
        edge = { a, b, count: 0, sources: [], lastDate: null };
        edges.set(key, edge);
      }
      edge.count++;
      edge.lastDate = later(edge.lastDate, work.date);
      if (work.label !== null)
        edge.sources.push({ kind: work.kind, id: work.id, label: work.label, date: work.date });
    }
  }
  return [...edges.values()].sort(
    (x, y) => y.count - x.count || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0),
  );
}

/** Mean of the ratings either co-op gave the other, rounded to two decimals; null when none. */
export function averageRating(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  return Math.round((ratings.reduce((s, r) => s + r, 0) / ratings.length) * 100) / 100;
}

/** Feedback is for partners in the same piece of work, never for oneself. */
export function mayGiveFeedback(
  fromCoopId: string,
  toCoopId: string,
  workCoopIds: readonly string[],
): boolean {
  return fromCoopId !== toCoopId && workCoopIds.includes(fromCoopId) && workCoopIds.includes(toCoopId);
}
