/**
 * A co-op's availability, derived from its people as FACTTIC's prototype did:
 * the share of people free. The SQL in coop.queries.ts mirrors this rule
 * (`availabilitySql`) so filters and sorting agree with what is shown.
 */
export const COOP_AVAILABILITY = ['available', 'partly_available', 'busy', 'unknown'] as const;
export type CoopAvailability = (typeof COOP_AVAILABILITY)[number];

export interface PeopleCounts {
  total: number;
  free: number;
  couldBeFree: number;
}

/** Half or more of the people free → available; anyone free or could be free → partly; else busy. */
export const AVAILABLE_SHARE = 0.5;

export function coopAvailability(c: PeopleCounts): { status: CoopAvailability; freeShare: number } {
  if (c.total <= 0) return { status: 'unknown', freeShare: 0 };
  const freeShare = c.free / c.total;
  if (freeShare >= AVAILABLE_SHARE) return { status: 'available', freeShare };
  if (c.free + c.couldBeFree > 0) return { status: 'partly_available', freeShare };
  return { status: 'busy', freeShare };
}

/** Slugs are lowercase words joined by hyphens, derived from a name when none is given. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
