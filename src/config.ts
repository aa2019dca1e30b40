/**
 * The only reader of process.env. Parsed once with Zod at start-up and passed
 * down; nothing else in Minga looks at the environment.
 */
import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().min(1).optional(),
  MINGA_DATA_DIR: z.string().default('./data'),
  MINGA_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  MINGA_SECRET: z.string().min(16).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Minga <minga@localhost>'),
  NODE_TYPE: z.enum(['web', 'worker', 'all']).default('all'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  FEDERATION_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(5),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: 'auto' | 'on' | 'off';
  secret: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** web: serve HTTP only; worker: run jobs only; all: both. */
  nodeType: 'web' | 'worker' | 'all';
  /** Let federation reach private and loopback addresses: tests on one machine only, never production. */
  federationAllowPrivate: boolean;
  /** Sign-in attempts allowed per client address per minute (default 5). */
  signInAttemptsPerMinute: number;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.MINGA_DATA_DIR),
    demo: e.MINGA_DEMO,
    secret: e.MINGA_SECRET,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    nodeType: e.NODE_TYPE,
    federationAllowPrivate: e.FEDERATION_ALLOW_PRIVATE === 'true',
    signInAttemptsPerMinute: e.SIGN_IN_ATTEMPTS_PER_MINUTE,
  };
}
