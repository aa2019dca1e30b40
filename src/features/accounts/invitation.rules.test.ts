import { describe, expect, it } from 'vitest';
import {
  hashInvitationToken,
  invitationExpiry,
  invitationState,
  invitationUrl,
  newInvitationToken,
  normaliseEmail,
} from './invitation.rules.ts';

describe('invitation tokens', () => {
  it('are 32 random bytes in base64url, stored only as their SHA-256', () => {
    const a = newInvitationToken();
    const b = newInvitationToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).toBe(hashInvitationToken(a.token));
    expect(a.tokenHash).not.toContain(a.token);
  });

  it('make a link under the public URL', () => {
    expect(invitationUrl('https://minga.example/', 'abc')).toBe('https://minga.example/invitations/abc');
  });
});

describe('invitationState', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  it('is pending for 7 days, then expired; accepted wins', () => {
    const expiresAt = invitationExpiry(now);
    expect(expiresAt.toISOString()).toBe('2026-03-08T12:00:00.000Z');
    expect(invitationState({ acceptedAt: null, expiresAt }, now)).toBe('pending');
    expect(invitationState({ acceptedAt: null, expiresAt }, expiresAt)).toBe('expired');
    expect(invitationState({ acceptedAt: now, expiresAt }, now)).toBe('accepted');
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases', () => expect(normaliseEmail('  Ana@Example.COOP ')).toBe('ana@example.coop'));
});
