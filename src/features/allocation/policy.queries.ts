/** The policy versions: read the current one, list them, add a new one. */
import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { allocationPolicies } from '../../db/schema/allocation.ts';
import { user } from '../../db/schema/auth.ts';
import type { AllocationPolicy } from '../../engine/allocation/allocation.types.ts';

export type PolicyRow = typeof allocationPolicies.$inferSelect;

const withAuthor = { p: allocationPolicies, author: { id: user.id, name: user.name } };

/** One version, or the highest; migration 0008 writes version 1, so there always is one. */
export async function currentPolicyRow(db: DbOrTx, version?: number) {
  const [row] = await db
    .select(withAuthor)
    .from(allocationPolicies)
    .leftJoin(user, eq(user.id, allocationPolicies.createdBy))
    .where(version === undefined ? undefined : eq(allocationPolicies.version, version))
    .orderBy(desc(allocationPolicies.version))
    .limit(1);
  if (!row) throw new Error('No allocation policy: the database is not migrated.');
  return row;
}

export async function policyRows(db: DbOrTx) {
  return db
    .select(withAuthor)
    .from(allocationPolicies)
    .leftJoin(user, eq(user.id, allocationPolicies.createdBy))
    .orderBy(desc(allocationPolicies.version));
}

export async function policyByVersion(db: DbOrTx, version: number): Promise<PolicyRow | undefined> {
  const [row] = await db.select().from(allocationPolicies).where(eq(allocationPolicies.version, version));
  return row;
}

/** The engine's view of a stored policy. */
export function toEnginePolicy(p: PolicyRow): AllocationPolicy {
  return {
    version: p.version,
    method: p.method,
    weights: p.weights,
    fitThreshold: p.fitThreshold,
    newCoopBoost: p.newCoopBoost,
    entitlement: p.entitlement,
    fairnessMeasure: p.fairnessMeasure,
    fairnessWindowDays: p.fairnessWindowDays,
    mandatoryProfiles: p.mandatoryProfiles,
  };
}

/** Next version = highest + 1; two admins saving at once collide on the primary key, and one is told. */
export async function insertPolicy(db: DbOrTx, p: Omit<PolicyRow, 'version' | 'createdAt'>): Promise<number> {
  const [row] = await db
    .insert(allocationPolicies)
    .values({
      ...p,
      version: sql`(select coalesce(max(version), 0) + 1 from allocation_policies)`,
    })
    .returning({ version: allocationPolicies.version });
  return row!.version;
}
