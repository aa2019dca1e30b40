import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedFetch, isPrivateAddress, RefusedAddressError } from './guarded-fetch.ts';

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/big') {
      res.writeHead(200);
      res.end(Buffer.alloc(2 * 1024 * 1024, 'x'));
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 2000);
    } else if (req.url === '/hop') {
      res.writeHead(302, { location: '/ok' });
      res.end();
    } else res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('guardedFetch', () => {
  it('refuses loopback and private addresses unless allowed, by literal and by name', async () => {
    await expect(guardedFetch(`${base}/`, {}, { allowPrivate: false })).rejects.toBeInstanceOf(
      RefusedAddressError,
    );
    const byName = base.replace('127.0.0.1', 'localhost');
    await expect(guardedFetch(`${byName}/`, {}, { allowPrivate: false })).rejects.toBeInstanceOf(
      RefusedAddressError,
    );
    const ok = await guardedFetch(`${byName}/`, {}, { allowPrivate: true });
    expect(await ok.text()).toBe('ok');
  });

  it('caps the response size and the time', async () => {
    await expect(
      guardedFetch(`${base}/big`, {}, { allowPrivate: true, maxBytes: 1024 * 1024 }),
    ).rejects.toThrow(/exceeds/);
    await expect(guardedFetch(`${base}/slow`, {}, { allowPrivate: true, timeoutMs: 200 })).rejects.toThrow(
      /Timed out/,
    );
  });

  it('follows a redirect, re-checking the address, and refuses other schemes', async () => {
    expect(await (await guardedFetch(`${base}/hop`, {}, { allowPrivate: true })).text()).toBe('ok');
    await expect(guardedFetch('file:///etc/passwd', {}, { allowPrivate: true })).rejects.toThrow(/Refusing/);
  });

  it('knows which addresses are private', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:10.0.0.1',
      '0.0.0.0',
      '100.64.0.1',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['93.184.216.34', '2606:4700::1111', '8.8.8.8'])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });
});
