/** Mounts the allocation slice: policy, recommendations, the fairness ledger. */
import type { Deps } from '../../http/context.ts';
import { createRouter } from '../../http/router.ts';
import { ledgerRoutes } from './ledger.routes.ts';
import { keepLedgerInStep } from './ledger.write.ts';
import { policyRoutes } from './policy.routes.ts';
import { recommendationRoutes } from './recommendation.routes.ts';

export function allocationRoutes(deps: Deps) {
  keepLedgerInStep();
  const router = createRouter();
  router.route('/', policyRoutes(deps));
  router.route('/', recommendationRoutes(deps));
  router.route('/', ledgerRoutes(deps));
  return router;
}
