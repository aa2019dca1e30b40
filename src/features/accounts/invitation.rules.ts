/**
 * Invitation tokens and states. A token is shown once (in the link) and only
 * its SHA-256 is stored, so a database leak does not hand out working links.
 */
import { createHash, randomBytes } from 'node:crypto';

export const INVITATION_DAYS = 7;

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const invitationUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/$/, '')}/invitations/${token}`;

export const invitationExpiry = (now: Date) =>
  new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);

export type InvitationState = 'pending' | 'expired' | 'accepted';

export function invitationState(
  inv: { acceptedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (inv.acceptedAt) return 'accepted';
  return inv.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
