/**
 * The one HTTP client for everything Minga fetches from or sends to other
 * servers: documents, keys, WebFinger, deliveries. It refuses private,
 * loopback and link-local addresses unless the configuration allows them
 * (FEDERATION_ALLOW_PRIVATE, for tests on loopback), checks the address the
 * socket actually connects to (so DNS cannot swap in a private address after
 * the check), follows a few redirects re-checking each hop, and caps time and
 * response size.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

export interface GuardOptions {
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export class RefusedAddressError extends Error {
  constructor(host: string, address: string) {
    super(`Refusing to connect to ${host} (${address}): a private or loopback address.`);
    this.name = 'RefusedAddressError';
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 1024 * 1024;

function ipv4Private(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/** Whether an IP address is one a federated server has no business reaching. */
export function isPrivateAddress(ip: string): boolean {
  const kind = isIP(ip);
  if (kind === 4) return ipv4Private(ip);
  if (kind !== 6) return true;
  const v6 = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped) return ipv4Private(mapped[1]!);
  return (
    v6 === '::' ||
    v6 === '::1' ||
    v6.startsWith('fc') ||
    v6.startsWith('fd') ||
    v6.startsWith('fe8') ||
    v6.startsWith('fe9') ||
    v6.startsWith('fea') ||
    v6.startsWith('feb') ||
    v6.startsWith('ff') ||
    v6.startsWith('64:ff9b:') ||
    v6.startsWith('2001:db8:')
  );
}

/** A socket lookup that refuses private addresses: the check happens where the connection is made. */
function guardedLookup(allowPrivate: boolean) {
  return (
    hostname: string,
    options: object,
    callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) return callback(new RefusedAddressError(hostname, bad.address), []);
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`No address for ${hostname}`), []);
      callback(null, first.address, first.family);
    });
  };
}

function requestOnce(
  url: URL,
  init: { method: string; headers: Headers; body?: Buffer },
  o: Required<GuardOptions>,
): Promise<Response> {
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && isPrivateAddress(literal) && !o.allowPrivate) {
    return Promise.reject(new RefusedAddressError(url.hostname, literal));
  }
  const client = url.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = {};
  init.headers.forEach((v, k) => {
    headers[k] = v;
  });
  if (init.body) headers['content-length'] = String(init.body.length);
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: init.method,
        headers,
        lookup: guardedLookup(o.allowPrivate) as never,
        timeout: o.timeoutMs,
        // A fresh socket per request: pooled sockets would skip the address check.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > o.maxBytes) {
            res.destroy(new Error(`Response from ${url.host} exceeds ${o.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', reject);
        res.on('end', () => {
          const out = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            if (Array.isArray(v)) for (const x of v) out.append(k, x);
            else if (v !== undefined) out.set(k, v);
          }
          const status = res.statusCode ?? 502;
          const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          const response = new Response(body, { status, headers: out });
          Object.defineProperty(response, 'url', { value: url.href });
          resolve(response);
        });
      },
    );
    const deadline = setTimeout(
      () => req.destroy(new Error(`Timed out after ${o.timeoutMs} ms: ${url.href}`)),
      o.timeoutMs,
    );
    req.on('close', () => clearTimeout(deadline));
    req.on('timeout', () => req.destroy(new Error(`Timed out after ${o.timeoutMs} ms: ${url.href}`)));
    req.on('error', reject);
    req.end(init.body);
  });
}

/** fetch()-shaped: a URL and RequestInit in, a fully buffered Response out. */
export async function guardedFetch(
  input: string | URL,
  init: RequestInit = {},
  opts: GuardOptions,
): Promise<Response> {
  const o: Required<GuardOptions> = {
    allowPrivate: opts.allowPrivate,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: opts.maxRedirects ?? 3,
  };
  let url = new URL(input);
  let method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  let body: Buffer | undefined;
  if (typeof init.body === 'string') body = Buffer.from(init.body);
  else if (init.body != null) body = Buffer.from(await new Response(init.body).arrayBuffer());
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`Refusing to fetch ${url.protocol} URLs`);
    }
    const res = await requestOnce(url, { method, headers, body }, o);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location || init.redirect === 'manual') return res;
    if (hop >= o.maxRedirects) throw new Error(`Too many redirects fetching ${input}`);
    url = new URL(location, url);
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
    }
  }
}

/** A fetch() bound to the configuration, for code that takes a fetch function. */
export function guardedFetcher(opts: GuardOptions) {
  return (input: string | URL | Request, init?: RequestInit) => {
    if (input instanceof Request) {
      return (async () =>
        guardedFetch(
          input.url,
          {
            method: input.method,
            headers: input.headers,
            body: input.body ? await input.arrayBuffer() : undefined,
            redirect: init?.redirect ?? input.redirect,
          },
          opts,
        ))();
    }
    return guardedFetch(input, init, opts);
  };
}
