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
      // The link opens the web UI's page, which posts the token to /api/auth/reset-password.
      sendResetPassword: async ({ user, token }) => {
        await mailer.send(passwordResetMail(user, resetPasswordUrl(config.publicUrl, token)));
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
        '/sign-in/email': { window: 60, max: config.signInAttemptsPerMinute },
        '/request-password-reset': { window: 300, max: 3 },
      },
    },
    trustedOrigins: [config.publicUrl],
    advanced: {
      // Emails go out after the answer, so a known address answers as fast as an unknown one.
      backgroundTasks: { handler: (task) => void task },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => randomUUID() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The page a password-reset email links to; it posts `token` and the new password to /api/auth/reset-password. */
export const resetPasswordUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/$/, '')}/reset-password?token=${encodeURIComponent(token)}`;

/**
 * Hands a request to better-auth with the client's address (taken from the
 * socket by the caller, overwriting any client-sent value) and gives its
 * throttling answer the standard Retry-After header.
 */
export async function handleAuthRequest(auth: Auth, request: Request, clientIp: string): Promise<Response> {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_IP_HEADER, clientIp);
  const res = await auth.handler(new Request(request, { headers }));
  const retryAfter = res.headers.get('x-retry-after');
  if (res.status !== 429 || !retryAfter) return res;
  const out = new Response(res.body, res);
  out.headers.set('Retry-After', retryAfter);
  return out;
}

/** The stored form of a password; hashing is deliberately slow, so many accounts sharing one (the demo) hash it once. */
export async function hashPassword(auth: Auth, password: string): Promise<string> {
  return (await auth.$context).password.hash(password);
}

/** Creates a user with an email and password, bypassing the closed sign-up. */
export async function createAccount(
  auth: Auth,
  input: {
    email: string;
    name: string;
    password: string;
    /** hashPassword(password), when the caller already has it. */
    passwordHash?: string;
    role: 'admin' | 'member';
    locale?: 'en' | 'es';
  },
): Promise<{ id: string }> {
  const ctx = await auth.$context;
  const email = input.email.trim().toLowerCase();
  const existing = await ctx.internalAdapter.findUserByEmail(email);
  if (existing) throw new Error(`An account for ${email} already exists.`);
  const hash = input.passwordHash ?? (await ctx.password.hash(input.password));
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
