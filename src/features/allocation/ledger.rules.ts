/**
 * The fairness ledger's arithmetic, pure: what an assignment is worth, how it
 * splits between co-ops, and the compensating entries that delivery and
 * cancellation write. Amounts are kept to the cent (and person-days to a
 * hundredth); splits use the largest remainder so the parts always add up to
 * the whole.
 */
import type { LEDGER_KINDS } from '../../db/schema/allocation.ts';

export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerLine {
  coopId: string;
  kind: LedgerKind;
  share: number;
  personDays: number;
  value: number | null;
  currency: string | null;
}

/** What a co-op holds of one lead now: the sum of its entries, with its share. */
export interface CoopHolding {
  coopId: string;
  share: number;
  personDays: number;
  value: number | null;
  currency: string | null;
}

/** The money a lead is worth: the budget's midpoint when both ends are known, else the one known end. */
export function budgetValue(min: number | null, max: number | null): number | null {
  if (min !== null && max !== null) return (min + max) / 2;
  return max ?? min;
}

/**
 * Splits `total` in proportion to `weights` at `decimals` places, so that the
 * parts add up to exactly `total` (rounded to the same places). Ties in the
 * remainder go to the earlier part, so the split is reproducible.
 */
export function apportion(total: number, weights: readonly number[], decimals = 2): number[] {
  if (weights.length === 0) return [];
  const unit = 10 ** decimals;
  const units = Math.round(total * unit);
  const sign = units < 0 ? -1 : 1;
  const whole = Math.abs(units);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (whole * w) / sum : whole / weights.length));
  const parts = exact.map(Math.floor);
  let left = whole - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left--;
  }
  return parts.map((p) => (sign * p) / unit);
}

export type SharesResult =
  | { ok: true; shares: Record<string, number> }
  | { ok: false; errors: Array<{ field: string; detail: string }> };

/** Equal shares unless given; given shares must name exactly the chosen co-ops, be positive and add up to 1. */
export function resolveShares(coopIds: readonly string[], given?: Record<string, number>): SharesResult {
  if (coopIds.length === 0)
    return { ok: false, errors: [{ field: 'coopIds', detail: 'Name at least one co-op.' }] };
  if (new Set(coopIds).size !== coopIds.length)
    return { ok: false, errors: [{ field: 'coopIds', detail: 'A co-op is named twice.' }] };
  if (!given) {
    const parts = apportion(
      1,
      coopIds.map(() => 1),
      6,
    );
    return { ok: true, shares: Object.fromEntries(coopIds.map((id, i) => [id, parts[i]!])) };
  }
  const errors: Array<{ field: string; detail: string }> = [];
  for (const id of Object.keys(given))
    if (!coopIds.includes(id))
      errors.push({ field: `shares.${id}`, detail: 'Not one of the chosen co-ops.' });
  for (const id of coopIds) {
    const s = given[id];
    if (s === undefined) errors.push({ field: `shares.${id}`, detail: 'Give this co-op a share.' });
    else if (!(Number.isFinite(s) && s > 0 && s <= 1))
      errors.push({ field: `shares.${id}`, detail: 'A share is above 0 and at most 1.' });
  }
  if (errors.length) return { ok: false, errors };
  const sum = coopIds.reduce((a, id) => a + given[id]!, 0);
  if (Math.abs(sum - 1) > 0.001)
    return {
      ok: false,
      errors: [{ field: 'shares', detail: `Shares must add up to 1 (they add up to ${sum}).` }],
    };
  const parts = apportion(
    1,
    coopIds.map((id) => given[id]!),
    6,
  );
  return { ok: true, shares: Object.fromEntries(coopIds.map((id, i) => [id, parts[i]!])) };
}

/** One positive entry per co-op: its share of the lead's effort and value. */
export function assignmentLines(
  shares: Record<string, number>,
  lead: { effortPersonDays: number | null; value: number | null; currency: string | null },
): LedgerLine[] {
  const ids = Object.keys(shares);
  const weights = ids.map((id) => shares[id]!);
  const days = apportion(lead.effortPersonDays ?? 0, weights);
  const money = lead.value === null ? null : apportion(lead.value, weights);
  return ids.map((coopId, i) => ({
    coopId,
    kind: 'assigned',
    share: shares[coopId]!,
    personDays: days[i]!,
    value: money ? money[i]! : null,
    currency: lead.value === null ? null : lead.currency,
  }));
}

const nonZero = (l: LedgerLine) => l.personDays !== 0 || (l.value !== null && l.value !== 0);

/** Cancellation: each co-op gives back exactly what it holds, so its total for the lead returns to zero. */
export function reversalLines(holdings: readonly CoopHolding[]): LedgerLine[] {
  return holdings
    .map(
      (h): LedgerLine => ({
        coopId: h.coopId,
        kind: 'cancelled_reversal',
        share: h.share,
        personDays: -h.personDays,
        value: h.value === null ? null : -h.value,
        currency: h.currency,
      }),
    )
    .filter(nonZero);
}

/**
 * Delivery with actual figures: each co-op's holding is brought to its share
 * of the actual effort (and value, when given). A figure not given leaves
 * that column as it was.
 */
export function deliveryLines(
  holdings: readonly CoopHolding[],
  actual: { personDays?: number; value?: number; currency?: string | null },
): LedgerLine[] {
  const weights = holdings.map((h) => h.share);
  const days = actual.personDays === undefined ? null : apportion(actual.personDays, weights);
  const money = actual.value === undefined ? null : apportion(actual.value, weights);
  return holdings
    .map(
      (h, i): LedgerLine => ({
        coopId: h.coopId,
        kind: 'delivered_adjustment',
        share: h.share,
        personDays: days ? Math.round((days[i]! - h.personDays) * 100) / 100 : 0,
        value: money ? Math.round((money[i]! - (h.value ?? 0)) * 100) / 100 : null,
        currency: money ? (actual.currency ?? h.currency) : h.currency,
      }),
    )
    .filter(nonZero);
}

/** A co-op's fair share of the network's work (equal, or by headcount) and the share it actually received. */
export function shareOf(
  coop: { headcount: number; received: number },
  network: { coopCount: number; headcount: number; received: number },
  entitlement: 'equal' | 'headcount',
): { entitlementShare: number; receivedShare: number } {
  const entitlementShare =
    entitlement === 'equal'
      ? network.coopCount > 0
        ? 1 / network.coopCount
        : 0
      : network.headcount > 0
        ? coop.headcount / network.headcount
        : 0;
  const receivedShare = network.received > 0 ? coop.received / network.received : 0;
  return { entitlementShare, receivedShare };
}
