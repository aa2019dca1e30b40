/** The network's allocation policy: read by members, changed by network admins as a new version. */
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { conflict } from '../../http/problem.ts';
import { canReadAllocation, canSetPolicy } from './allocation.policy.ts';
import { pgErrorCode, UNIQUE_VIOLATION } from './pg-errors.ts';
import { currentPolicyRow, insertPolicy, type PolicyRow, policyRows } from './policy.queries.ts';
import type { PolicyOut, PolicyRequest } from './policy.schemas.ts';

function present(r: {
  p: PolicyRow;
  author: { id: string; name: string } | null;
}): z.infer<typeof PolicyOut> {
  const { p } = r;
  return {
    version: p.version,
    method: p.method,
    weights: p.weights,
    fitThreshold: p.fitThreshold,
    newCoopBoost: p.newCoopBoost,
    entitlement: p.entitlement,
    fairnessWindowDays: p.fairnessWindowDays,
    fairnessMeasure: p.fairnessMeasure,
    mandatoryProfiles: p.mandatoryProfiles,
    note: p.note,
    createdBy: r.author,
    createdAt: p.createdAt.toISOString(),
  };
}

const READ_WHY = 'The allocation policy is shared with the network’s members.';

export async function getPolicy(db: Db, actor: Actor) {
  authorize(actor, canReadAllocation(actor), READ_WHY);
  return present(await currentPolicyRow(db));
}

export async function getPolicyHistory(db: Db, actor: Actor) {
  authorize(actor, canReadAllocation(actor), READ_WHY);
  return { items: (await policyRows(db)).map(present) };
}

export async function setPolicy(db: Db, actor: Actor, input: PolicyRequest) {
  authorize(actor, canSetPolicy(actor), 'Only network admins change the allocation policy.');
  let version: number;
  try {
    version = await insertPolicy(db, { ...input, createdBy: actor.kind === 'user' ? actor.userId : null });
  } catch (e) {
    if (pgErrorCode(e) === UNIQUE_VIOLATION)
      throw conflict('Someone changed the policy at the same moment; reload it and try again.');
    throw e;
  }
  return present(await currentPolicyRow(db, version));
}
