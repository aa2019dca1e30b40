/**
 * Federation on the wire: whole Minga instances on loopback (each on its own
 * port, host name and database, with FEDERATION_ALLOW_PRIVATE set), and a
 * bare "fediverse server" — plain node:http with its own actors and keys —
 * that records what it receives and signs what it sends.
 */
import { generateKeyPairSync } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signRequest } from '@fedify/fedify';
import { loadConfig } from '../../src/config.ts';
import { createAccount, createAuth } from '../../src/features/accounts/auth.ts';
import { createLogger } from '../../src/lib/log.ts';
import { startMinga } from '../../src/server.ts';
import { freshDatabase } from '../support/db.ts';

export const PASSWORD = 'correct horse battery';

export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  ms = 30_000,
) {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export type Network = Awaited<ReturnType<typeof startNetwork>>;

/** A Minga instance at http://<host>:<port> with its own fresh database. */
export async function startNetwork(host: '127.0.0.1' | 'localhost', env: Record<string, string> = {}) {
  const port = await freePort();
  const { database, url: databaseUrl } = await freshDatabase();
  const publicUrl = `http://${host}:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: publicUrl,
    DATABASE_URL: databaseUrl,
    MINGA_DEMO: 'off',
    MINGA_SECRET: 'test-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'silent',
    FEDERATION_ALLOW_PRIVATE: 'true',
    ...env,
  });
  const mailer = { send: async () => {} };
  const running = await startMinga(config, {
    log: createLogger(process.env.FED_LOG === '1' ? 'warn' : 'silent'),
    mailer,
    quiet: true,
    webRoot: '/nonexistent',
  });
  const auth = createAuth({
    db: database.db,
    config,
    mailer,
    secret: 'test-secret-that-is-long-enough-0123456789',
  });

  const api = (path: string, init: RequestInit & { as?: string; json?: unknown } = {}) => {
    const { as, json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (as) headers.set('cookie', as);
    if (json !== undefined) {
      headers.set('content-type', 'application/json');
      rest.body = JSON.stringify(json);
    }
    headers.set('origin', publicUrl);
    return fetch(`${publicUrl}${path}`, { ...rest, headers });
  };

  const user = async (email: string, role: 'admin' | 'member' = 'member') => {
    const { id } = await createAccount(auth, { email, name: email.split('@')[0]!, password: PASSWORD, role });
    const res = await api('/api/auth/sign-in/email', { method: 'POST', json: { email, password: PASSWORD } });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    return {
      id,
      cookie: res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
    };
  };

  return {
    url: publicUrl,
    host: new URL(publicUrl).host,
    database,
    api,
    user,
    close: async () => {
      await running.close();
      await database.close();
    },
  };
}

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The raw request, for verifiers that read node's IncomingMessage. */
  req: IncomingMessage;
}

/** A minimal ActivityPub server: actors with RSA keys, inboxes that record every request and answer 202. */
export async function fediverseServer() {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const actors = new Map<string, { publicPem: string; privatePem: string }>();
  const received: Recorded[] = [];
  const newKeys = () => {
    const k = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return {
      publicPem: k.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      privatePem: k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    };
  };
  const actorDoc = (name: string) => ({
    '@context': ['https://www.w3.org/ns/activitystreams', 'https://w3id.org/security/v1'],
    id: `${origin}/users/${name}`,
    type: 'Person',
    preferredUsername: name,
    inbox: `${origin}/users/${name}/inbox`,
    endpoints: { sharedInbox: `${origin}/inbox` },
    publicKey: {
      id: `${origin}/users/${name}#main-key`,
      owner: `${origin}/users/${name}`,
      publicKeyPem: actors.get(name)!.publicPem,
    },
  });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const m = /^\/users\/([^/#?]+)$/.exec(path);
      if (req.method === 'GET' && m && actors.has(m[1]!)) {
        res.writeHead(200, { 'content-type': 'application/activity+json' });
        res.end(JSON.stringify(actorDoc(m[1]!)));
        return;
      }
      if (req.method === 'POST') {
        received.push({
          method: req.method,
          path,
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
          req,
        });
        res.writeHead(202);
        res.end();
        return;
      }
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));

  const addActor = (name: string) => {
    actors.set(name, newKeys());
    return `${origin}/users/${name}`;
  };

  /** Posts `activity` signed (draft-cavage, RSA) by `signer`'s key, or by a stray key that claims to be it. */
  const post = async (inbox: string, activity: object, signer: string, opts: { strayKey?: boolean } = {}) => {
    const pem = opts.strayKey ? newKeys().privatePem : actors.get(signer)!.privatePem;
    const privateKey = await crypto.subtle.importKey(
      'pkcs8',
      Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64'),
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      true,
      ['sign'],
    );
    const body = JSON.stringify(activity);
    const request = new Request(inbox, {
      method: 'POST',
      headers: { 'content-type': 'application/activity+json' },
      body,
    });
    const signed = await signRequest(request, privateKey, new URL(`${origin}/users/${signer}#main-key`), {
      spec: 'draft-cavage-http-signatures-12',
    });
    return fetch(signed, { body });
  };

  return {
    origin,
    received,
    addActor,
    actorId: (name: string) => `${origin}/users/${name}`,
    post,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
