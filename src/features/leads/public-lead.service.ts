/**
 * "Bring us your project": a client describes work without an account. The
 * lead lands in triage; the client gets a confirmation in their language.
 * Spam protection: a honeypot field (a filled one is answered like any other
 * submission and stored nowhere) and per-address and network-wide limits
 * counted in the database.
 */
import { createHash } from 'node:crypto';
import { leads } from '../../db/schema/leads.ts';
import type { Deps } from '../../http/context.ts';
import { invalid, tooMany } from '../../http/problem.ts';
import { projectReceivedMail } from './lead.mail.ts';
import { recordEvent } from './lead.queries.ts';
import { checkLeadValues } from './lead.rules.ts';
import { NETWORK_NAME } from './lead.transition.service.ts';
import type { PublicLeadRequest } from './public-lead.schemas.ts';
import { takeHit } from './rate-limit.queries.ts';

export const PUBLIC_FORM_LIMITS = {
  perAddress: { limit: 5, windowSeconds: 60 * 60 },
  network: { limit: 200, windowSeconds: 60 * 60 },
} as const;

/** Buckets hold a hash, so the hits table never stores an address. */
export const addressBucket = (ip: string) =>
  `public-lead:ip:${createHash('sha256').update(ip).digest('hex').slice(0, 32)}`;
export const NETWORK_BUCKET = 'public-lead:all';

export async function submitPublicLead(
  deps: Pick<Deps, 'database' | 'mailer' | 'log'>,
  input: PublicLeadRequest,
  ip: string,
  now = new Date(),
): Promise<void> {
  if (input.website) {
    deps.log.info('public lead form: honeypot filled, nothing stored');
    return;
  }
  const errors = checkLeadValues({ startDate: input.startDate, budget: input.budget }, now);
  if (input.startDate && input.startDate < now.toISOString().slice(0, 10))
    errors.push({
      pointer: '#/json/startDate',
      field: 'startDate',
      detail: 'The start date is in the past.',
    });
  if (errors.length) throw invalid(errors);
  const { db } = deps.database;
  const id = await db.transaction(async (tx) => {
    for (const [bucket, rule] of [
      [addressBucket(ip), PUBLIC_FORM_LIMITS.perAddress],
      [NETWORK_BUCKET, PUBLIC_FORM_LIMITS.network],
    ] as const) {
      const hit = await takeHit(tx, bucket, rule.limit, rule.windowSeconds);
      if (!hit.ok) throw tooMany(hit.retryAfterSeconds);
    }
    const [row] = await tx
      .insert(leads)
      .values({
        title: input.title,
        description: input.description,
        status: 'in_triage',
        source: 'public_form',
        clientOrganisation: input.organisation ?? null,
        clientContactName: input.name,
        clientEmail: input.email,
        clientPhone: input.phone ?? null,
        clientLocale: input.locale,
        budgetMin: input.budget?.min ?? null,
        budgetMax: input.budget?.max ?? null,
        currency: input.budget?.currency ?? null,
        // The client did not agree to share their budget with the whole network.
        budgetVisibility: 'private',
        startDate: input.startDate ?? null,
        languages: input.languages,
        remote: input.remote,
        place: input.place ?? null,
      })
      .returning({ id: leads.id });
    await recordEvent(tx, { leadId: row!.id, kind: 'created', toStatus: 'in_triage', note: 'Public form' });
    return row!.id;
  });
  deps.log.info('public lead received', { leadId: id });
  try {
    await deps.mailer.send(
      projectReceivedMail(
        { email: input.email, name: input.name, locale: input.locale },
        input.title,
        NETWORK_NAME,
      ),
    );
  } catch (e) {
    deps.log.warn('could not send a public lead’s confirmation', { leadId: id, error: String(e) });
  }
}
