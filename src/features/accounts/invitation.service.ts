/**
 * Invitations by link: create (and email), look up, accept, list, revoke.
 *
 * Accepting writes the account, its credential, the co-op membership and the
 * claim on the invitation in ONE database transaction. The account rows are
 * inserted here, in the shape `createAccount` gives them through better-auth,
 * rather than through better-auth's adapter, because that adapter writes on
 * its own connection and could not roll back with the rest. A failure at any
 * step therefore leaves no account without its membership and no used
 * invitation without its account.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { account, user } from '../../db/schema/auth.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor, Deps } from '../../http/context.ts';
import { conflict, forbidden, invalid, notFound, Problem } from '../../http/problem.ts';
import { invitationMail } from './account.mail.ts';
import { canInvite, canListInvitations, canManageInvitation } from './account.policy.ts';
import { updateUser } from './account.queries.ts';
import { meOf } from './account.service.ts';
import type { Auth } from './auth.ts';
import {
  claimInvitation,
  deleteInvitation,
  findInvitation,
  findInvitationByTokenHash,
  type InvitationRow,
  pendingInvitations,
  replacePendingInvitation,
} from './invitation.queries.ts';
import {
  hashInvitationToken,
  invitationExpiry,
  invitationState,
  invitationUrl,
  newInvitationToken,
  normaliseEmail,
} from './invitation.rules.ts';
import type { InvitationAcceptInput, InvitationCreateInput } from './invitation.schemas.ts';
import { addMembership, findMember } from './member.queries.ts';

const gone = (detail: string) => new Problem(410, 'Gone', detail);

async function accountByEmail(db: Db, email: string) {
  const r = await db.execute<{ id: string }>(sql`select id from "user" where lower(email) = ${email}`);
  return r.rows[0];
}

export async function createInvitation(deps: Deps, actor: Actor, input: InvitationCreateInput) {
  const { db } = deps.database;
  const email = normaliseEmail(input.email);
  let coop: { id: string; name: string } | null = null;
  if (input.coopSlug) {
    const [row] = (
      await db.execute<{ id: string; name: string }>(
        sql`select id, name from coops where slug = ${input.coopSlug}`,
      )
    ).rows;
    if (!row) {
      throw invalid([{ pointer: '#/body/coopSlug', field: 'coopSlug', detail: 'No such co-op.' }]);
    }
    coop = row;
  } else if (input.coopRole === 'admin') {
    throw invalid([
      { pointer: '#/body/coopRole', field: 'coopRole', detail: 'A co-op role needs a coopSlug.' },
    ]);
  }
  authorize(
    actor,
    canInvite(actor, { networkRole: input.networkRole, coopId: coop?.id ?? null }),
    'Network admins invite anyone; a co-op’s admins invite members into their own co-op.',
  );
  if (actor.kind !== 'user') throw forbidden();

  const existing = await accountByEmail(db, email);
  if (existing && !coop) throw conflict(`${email} already has an account.`);
  if (existing && coop && (await findMember(db, coop.id, existing.id))) {
    throw conflict(`${email} is already a member of ${coop.name}.`);
  }

  const { token, tokenHash } = newInvitationToken();
  const row = await db.transaction((tx) =>
    replacePendingInvitation(tx, {
      tokenHash,
      email,
      networkRole: input.networkRole,
      coopId: coop?.id ?? null,
      coopRole: input.coopRole,
      invitedBy: actor.userId,
      expiresAt: invitationExpiry(new Date()),
    }),
  );
  const url = invitationUrl(deps.config.publicUrl, token);
  // The link is in the response too, so a failed email is logged rather than undoing the invitation.
  await deps.mailer.send(invitationMail(email, actor.name, coop?.name ?? null, url)).catch((err: unknown) => {
    deps.log.error('invitation email not sent', { invitationId: row.id, error: String(err) });
  });
  return { id: row.id, email, expiresAt: row.expiresAt.toISOString(), url };
}

async function usableInvitation(db: Db, token: string): Promise<InvitationRow> {
  const inv = await findInvitationByTokenHash(db, hashInvitationToken(token));
  if (!inv) throw notFound('That invitation');
  const state = invitationState(
    { acceptedAt: inv.accepted_at, expiresAt: new Date(inv.expires_at) },
    new Date(),
  );
  if (state === 'accepted') throw gone('This invitation has already been used.');
  if (state === 'expired') throw gone('This invitation has expired; ask for a new one.');
  return inv;
}

const coopOf = (inv: InvitationRow) =>
  inv.coop_slug && inv.coop_name ? { slug: inv.coop_slug, name: inv.coop_name } : null;

export async function viewInvitation(db: Db, token: string) {
  const inv = await usableInvitation(db, token);
  return {
    email: inv.email,
    coop: coopOf(inv),
    networkRole: inv.network_role,
    coopRole: inv.coop_role,
    expiresAt: new Date(inv.expires_at).toISOString(),
    invitedBy: inv.invited_by_name,
  };
}

const alreadyUsed = () => gone('This invitation has already been used or has expired.');

/**
 * Accepts an invitation. A new invitee gets an account and a session (the
 * returned Set-Cookie headers); someone who already has an account must be
 * signed in as the invited email, and only gains the membership.
 */
export async function acceptInvitation(
  deps: { db: Db; auth: Auth },
  actor: Actor,
  token: string,
  input: InvitationAcceptInput,
  requestHeaders: Headers,
): Promise<{ me: Awaited<ReturnType<typeof meOf>>; setCookies: string[] }> {
  const { db, auth } = deps;
  const inv = await usableInvitation(db, token);
  const existing = await accountByEmail(db, inv.email);

  if (existing) {
    if (actor.kind !== 'user') {
      throw conflict(`An account for ${inv.email} already exists; sign in as ${inv.email}, then accept.`);
    }
    if (actor.userId !== existing.id) {
      throw forbidden(`This invitation is for ${inv.email}; sign in as that account to accept it.`);
    }
    await db.transaction(async (tx) => {
      if (!(await claimInvitation(tx, inv.id))) throw alreadyUsed();
      if (inv.coop_id) await addMembership(tx, inv.coop_id, existing.id, inv.coop_role);
      if (inv.network_role === 'admin') await updateUser(tx, existing.id, { role: 'admin' });
    });
    return { me: await meOf(db, existing.id), setCookies: [] };
  }

  const missing = (['name', 'password'] as const).filter((f) => !input[f]);
  if (missing.length) {
    throw invalid(
      missing.map((f) => ({ pointer: `#/body/${f}`, field: f, detail: 'Required to create your account.' })),
    );
  }
  const password = input.password!;
  const ctx = await auth.$context;
  const passwordHash = await ctx.password.hash(password);
  const userId = randomUUID();
  try {
    await db.transaction(async (tx) => {
      if (!(await claimInvitation(tx, inv.id))) throw alreadyUsed();
      await tx.insert(user).values({
        id: userId,
        email: inv.email,
        name: input.name!,
        emailVerified: true,
        role: inv.network_role,
        locale: input.locale ?? 'en',
      });
      await tx.insert(account).values({
        id: randomUUID(),
        userId,
        accountId: userId,
        providerId: 'credential',
        password: passwordHash,
      });
      if (inv.coop_id) await addMembership(tx, inv.coop_id, userId, inv.coop_role);
    });
  } catch (err) {
    // Someone made an account for this email between our check and the insert.
    const e = err as { code?: string; cause?: { code?: string } };
    if ((e.code ?? e.cause?.code) === '23505') {
      throw conflict(`An account for ${inv.email} already exists; sign in as ${inv.email}, then accept.`);
    }
    throw err;
  }

  const headers = new Headers(requestHeaders);
  headers.delete('cookie');
  const signedIn = await auth.api.signInEmail({
    body: { email: inv.email, password },
    headers,
    asResponse: true,
  });
  return { me: await meOf(db, userId), setCookies: signedIn.headers.getSetCookie() };
}

export async function listPendingInvitations(db: Db, actor: Actor) {
  authorize(actor, canListInvitations(actor), 'Only admins see pending invitations.');
  if (actor.kind !== 'user') throw forbidden();
  const scope =
    actor.networkRole === 'admin'
      ? 'all'
      : [...actor.coops].filter(([, role]) => role === 'admin').map(([id]) => id);
  const rows = await pendingInvitations(db, scope);
  return {
    items: rows.map((inv) => ({
      id: inv.id,
      email: inv.email,
      coop: coopOf(inv),
      networkRole: inv.network_role,
      coopRole: inv.coop_role,
      expiresAt: new Date(inv.expires_at).toISOString(),
      invitedBy: inv.invited_by_name,
      createdAt: new Date(inv.created_at).toISOString(),
    })),
  };
}

export async function revokeInvitation(db: Db, actor: Actor, id: string) {
  const inv = await findInvitation(db, id);
  if (!inv) throw notFound('That invitation');
  authorize(
    actor,
    canManageInvitation(actor, { networkRole: inv.network_role, coopId: inv.coop_id }),
    'Only whoever could have sent this invitation can revoke it.',
  );
  if (inv.accepted_at) throw conflict('This invitation has already been accepted.');
  await deleteInvitation(db, id);
}
