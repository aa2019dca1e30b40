/** Loading a decision for someone: a lead decision exists only for those who can see its lead. */
import type { Db } from '../../db/client.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { notFound } from '../../http/problem.ts';
import { visibleLead } from '../leads/lead.service.ts';
import { loadDecision } from './decision.queries.ts';

/** A decision the actor may see (with its lead, if any); one they may not see does not exist for them. */
export async function visibleDecision(db: Db, actor: Actor, id: string) {
  authorize(actor, actor.kind === 'user', 'Decisions are the network members’ business.');
  const d = await loadDecision(db, id);
  if (!d) throw notFound('Decision');
  const lead = d.leadId ? await visibleLead(db, actor, d.leadId).catch(() => null) : null;
  if (d.leadId && !lead) throw notFound('Decision');
  return { d, lead };
}
