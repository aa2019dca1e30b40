/**
 * Accounts, passwords and sessions (better-auth on Minga's own tables).
 * Sign-up is closed: people join through an invitation link or
 * `minga admin create`, both of which call `createAccount`.
 */
import { randomUUID } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import * as schema from '../../db/schema/auth.ts';
import type { Mailer } from '../../lib/mailer.ts';
import { passwordResetMail } from './account.mail.ts';

/** Set by Minga from the socket's address on every auth request; a client-sent value is overwritten. */
export const CLIENT_IP_HEADER = 'x-minga-client-ip';

export function createAuth(opts: { db: Db; config: Config; mailer: Mailer; secret: string }) {
  const { config, mailer } = opts;
  return betterAuth({
    appName: 'Minga',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: opts.secret,
    database: drizzleAdapter(opts.db, { provider: 'pg', schema }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        await mailer.send(passwordResetMail(user, url));
      },
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'member', input: false },
        locale: { type: 'string', required: false, defaultValue: 'en', input: true },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'rateLimit',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 5 },
        '/request-password-reset': { window: 300, max: 3 },
      },
    },
    trustedOrigins: [config.publicUrl],
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => randomUUID() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Creates a user with an email and password, bypassing the closed sign-up. */
export async function createAccount(
  auth: Auth,
  input: { email: string; name: string; password: string; role: 'admin' | 'member'; locale?: 'en' | 'es' },
): Promise<{ id: string }> {
  const ctx = await auth.$context;
  const email = input.email.trim().toLowerCase();
  const existing = await ctx.internalAdapter.findUserByEmail(email);
  if (existing) throw new Error(`An account for ${email} already exists.`);
  const hash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser(
    {
      email,
      name: input.name,
      emailVerified: true,
      role: input.role,
      locale: input.locale ?? 'en',
    },
    { method: 'admin' },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: hash,
  });
  return { id: user.id };
}
