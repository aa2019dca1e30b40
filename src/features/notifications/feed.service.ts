/**
 * A member's Atom feed of open leads, behind a personal token (feed readers
 * cannot sign in). The token is random, shown once, kept as its SHA-256;
 * rotating it replaces the old one. The feed lists what the lead search
 * shows its owner — visibility exactly as in the app — reduced to title,
 * organisation, finder and link.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { feedTokens } from '../../db/schema/notifications.ts';
import type { Actor, Deps } from '../../http/context.ts';
import { Problem } from '../../http/problem.ts';
import { LeadSearchQuery } from '../leads/lead.search.schemas.ts';
import { searchLeads } from '../leads/lead.search.ts';
import { atomFeed } from './feed.rules.ts';
import { leadUrl } from './notification.rules.ts';
import { localeOf, signedIn } from './notification.service.ts';
import { actorsOf } from './notify.ts';

export const FEED_PATH = '/api/v1/feeds/leads.atom';
/** Entries per feed: the newest open leads. */
export const FEED_SIZE = 50;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function rotateFeedToken({ database, config }: Deps, actor: Actor) {
  const userId = signedIn(actor, 'A feed belongs to a signed-in member.');
  const token = randomBytes(24).toString('base64url');
  const row = { tokenHash: hash(token), createdAt: new Date(), lastUsedAt: null };
  await database.db
    .insert(feedTokens)
    .values({ userId, ...row })
    .onConflictDoUpdate({ target: feedTokens.userId, set: row });
  return { token, url: `${config.publicUrl}${FEED_PATH}?token=${token}` };
}

export async function revokeFeedToken(db: Db, actor: Actor) {
  const userId = signedIn(actor, 'A feed belongs to a signed-in member.');
  await db.delete(feedTokens).where(eq(feedTokens.userId, userId));
}

const badToken = () =>
  new Problem(
    401,
    'Unauthorized',
    'This feed token is not valid; create a new one in your account settings.',
  );

export async function leadsFeed(
  { database, config }: Deps,
  token: string,
  now = new Date(),
): Promise<string> {
  const db = database.db;
  const [row] = await db
    .update(feedTokens)
    .set({ lastUsedAt: now })
    .where(eq(feedTokens.tokenHash, hash(token)))
    .returning({ userId: feedTokens.userId });
  if (!row) throw badToken();
  const actor = (await actorsOf(db, [row.userId])).get(row.userId);
  if (!actor) throw badToken();
  const query = LeadSearchQuery.parse({ status: 'open', sort: 'newest', page: 1, pageSize: FEED_SIZE });
  const page = await searchLeads(db, actor, query);
  return atomFeed({
    locale: await localeOf(db, row.userId),
    selfUrl: `${config.publicUrl}${FEED_PATH}`,
    siteUrl: `${config.publicUrl}/leads`,
    now,
    // Built field by field: whatever the lead search returns for an entitled reader, a feed carries only this.
    entries: page.items.map((l) => ({
      id: l.id,
      title: l.title,
      organisation: l.client.organisation,
      finder: l.finderCoop?.name ?? null,
      url: leadUrl(config.publicUrl, l.id),
      published: new Date(l.publishedAt ?? l.createdAt),
      updated: new Date(l.publishedAt ?? l.createdAt),
    })),
  });
}
