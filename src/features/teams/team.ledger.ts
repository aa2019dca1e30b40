/**
 * Where teams meet the fairness ledger: reading each co-op's ledger share for
 * the builder's fairness part, and splitting a lead's recorded work between a
 * team's co-ops by their shares.
 */
import type { DbOrTx } from '../../db/client.ts';

/**
 * Each co-op's ledger share (work received over entitlement, 0 = nothing yet,
 * 1 = a full share). Co-ops missing from the map are read as neutral.
 */
export async function ledgerSharesFor(
  _db: DbOrTx,
  _coopIds: readonly string[],
): Promise<Map<string, number>> {
  return new Map();
}
