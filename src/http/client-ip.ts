/**
 * The address of the peer that opened the connection. Minga reads the socket,
 * never a client-sent header; behind a proxy, that proxy is the peer.
 */
import type { Context } from 'hono';

export function clientIp(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
