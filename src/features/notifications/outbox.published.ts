/**
 * A lead was published: tell the co-ops that fit it, the members whose saved
 * searches find it, and the network's chat. Runs inside the outbox row's
 * transaction; every write is keyed so that running it twice changes nothing.
 */
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { savedSearches } from '../../db/schema/leads.ts';
import { leadMatches } from '../../db/schema/notifications.ts';
import { matchLead } from '../../engine/matching/match-lead.ts';
import type { Deps } from '../../http/context.ts';
import { Problem } from '../../http/problem.ts';
import type { LeadRecord } from '../leads/lead.queries.ts';
import { LeadSearchQuery } from '../leads/lead.search.schemas.ts';
import { searchLeads } from '../leads/lead.search.ts';
import { candidateCoops, leadForMatching } from './matching.queries.ts';
import { actorsOf, membersOf, type NewNotification, notifyUsers } from './notify.ts';
import { queueChatMessages } from './webhook.delivery.ts';

/** A co-op must score at least this to be told (partial cover of 40 % or more can reach it). */
export const MATCH_THRESHOLD = 0.2;
/** At most this many co-ops are told per lead, best first. */
export const MATCH_LIMIT = 100;

export async function onLeadPublished(deps: Deps, tx: Tx, lead: LeadRecord, today: string) {
  // Withdrawn, declined or merged before the sweep ran: nobody is told about it any more.
  if (lead.publishedAt === null || !['open', 'deciding'].includes(lead.status)) return;
  const base = { leadId: lead.id, title: lead.title, dedupeKey: `lead:${lead.id}` };
  const organisation = lead.clientOrganisation ?? '';
  const notes: NewNotification[] = [];

  const matches = await matchingCoops(tx, lead.id, today);
  if (matches.length) {
    await tx
      .insert(leadMatches)
      .values(
        matches.map((m) => ({
          leadId: lead.id,
          coopId: m.coopId,
          score: m.score,
          covered: m.covered,
          required: m.required,
          reason: m.reason,
        })),
      )
      .onConflictDoNothing();
    const byCoop = new Map(matches.map((m) => [m.coopId, m]));
    for (const [userId, coopId] of await membersOf(
      tx,
      matches.map((m) => m.coopId),
    )) {
      if (userId === lead.createdBy) continue;
      const m = byCoop.get(coopId)!;
      notes.push({
        ...base,
        userId,
        kind: 'lead_matched',
        bodyKey: 'notifications.leadMatched',
        params: { coop: m.name, covered: m.covered, required: m.required, organisation },
      });
    }
  }

  const searches = await savedSearchHits(deps, tx, lead.id);
  const told = new Set(notes.map((n) => n.userId));
  for (const s of searches) {
    if (s.userId === lead.createdBy || told.has(s.userId)) continue;
    told.add(s.userId);
    notes.push({
      ...base,
      userId: s.userId,
      kind: 'saved_search_matched',
      bodyKey: 'notifications.savedSearchMatched',
      params: { search: s.name, organisation },
    });
  }
  await notifyUsers(tx, deps.jobs, notes);
  if (searches.length)
    await tx
      .update(savedSearches)
      .set({ lastNotifiedAt: new Date() })
      .where(
        inArray(
          savedSearches.id,
          searches.map((s) => s.id),
        ),
      );

  // A chat channel reaches the whole network: leads for chosen co-ops never go there.
  if (lead.visibility === 'network')
    await queueChatMessages(deps, tx, 'lead.published', `lead.published:${lead.id}`, {
      key: 'webhook.leadPublished',
      lead: { id: lead.id, title: lead.title, organisation: lead.clientOrganisation },
      params: {},
    });
}

async function matchingCoops(tx: Tx, leadId: string, today: string) {
  const lead = await leadForMatching(tx, leadId);
  if (!lead) return [];
  const coops = await candidateCoops(tx, lead);
  const names = new Map(coops.map((c) => [c.id, c.name]));
  return matchLead(lead, coops, { today, threshold: MATCH_THRESHOLD, limit: MATCH_LIMIT }).map((m) => ({
    ...m,
    name: names.get(m.coopId) ?? '',
  }));
}

/**
 * Saved searches that find this lead, run through the lead search itself so
 * the semantics are the search's, as their owner: a lead its owner cannot
 * see never matches.
 */
async function savedSearchHits(deps: Deps, tx: Tx, leadId: string) {
  const searches = await tx
    .select({
      id: savedSearches.id,
      userId: savedSearches.userId,
      name: savedSearches.name,
      query: savedSearches.query,
    })
    .from(savedSearches)
    .orderBy(savedSearches.createdAt, savedSearches.id);
  if (searches.length === 0) return [];
  const actors = await actorsOf(tx, [...new Set(searches.map((s) => s.userId))]);
  const hits: typeof searches = [];
  const matchedUsers = new Set<string>();
  for (const s of searches) {
    if (matchedUsers.has(s.userId)) continue;
    const actor = actors.get(s.userId);
    const parsed = LeadSearchQuery.safeParse({ ...s.query, page: 1, pageSize: 1 });
    if (!actor || !parsed.success) continue;
    try {
      const page = await searchLeads(deps.database.db, actor, parsed.data, [leadId]);
      if (page.total > 0) {
        hits.push(s);
        matchedUsers.add(s.userId);
      }
    } catch (err) {
      // A search naming a technology or co-op that no longer exists finds nothing.
      if (!(err instanceof Problem)) throw err;
    }
  }
  return hits;
}
