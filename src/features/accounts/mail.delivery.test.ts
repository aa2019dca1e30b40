/**
 * Account emails leave through the real Mailer: over SMTP to a real SMTP
 * server on a loopback port, or, with no SMTP_URL, into the log with the link.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { coop } from '../../../tests/support/factories.ts';
import { createLogger } from '../../lib/log.ts';
import { createMailer } from '../../lib/mailer.ts';

type Received = { from: string; to: string[]; raw: string };

/** Headers (unfolded) and the text body decoded from its transfer encoding. */
function parseMessage(raw: string) {
  const split = raw.indexOf('\r\n\r\n');
  const headerText = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of headerText.split('\r\n')) {
    const i = line.indexOf(':');
    headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  let text = body;
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    text = Buffer.from(bytes, 'latin1').toString('utf8');
  } else if (encoding === 'base64') {
    text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return { headers, text: text.replace(/\r\n/g, '\n') };
}

const firstLink = (text: string) => text.match(/https?:\/\/\S+/)?.[0];

describe('over SMTP', () => {
  const inbox: Received[] = [];
  let server: SMTPServer;
  let t: TestApp;
  let admin: string;

  const nextMessage = async (count: number) => {
    for (let i = 0; i < 200 && inbox.length < count; i++) await new Promise((r) => setTimeout(r, 25));
    expect(inbox.length).toBe(count);
    return inbox[count - 1]!;
  };

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          inbox.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('latin1'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    const mailer = createMailer(
      { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Minga <minga@net.example>' },
      createLogger('silent'),
    );
    t = await testApp({ mailer });
    await coop(t.database.db, { slug: 'alpha', name: 'Alpha Digital' });
    admin = (await t.user({ email: 'facilitator@net.example', role: 'admin' })).cookie;
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers the invitation, whose link opens and accepts the invitation', async () => {
    const res = await t.request('/api/v1/invitations', {
      method: 'POST',
      as: admin,
      json: { email: 'lucia@example.coop', coopSlug: 'alpha' },
    });
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };

    const msg = await nextMessage(1);
    expect(msg.from).toBe('minga@net.example');
    expect(msg.to).toEqual(['lucia@example.coop']);
    const { headers, text } = parseMessage(msg.raw);
    expect(headers.get('to')).toBe('lucia@example.coop');
    expect(text).toContain('Alpha Digital');
    expect(text).toContain('te invitó a unirte');
    const link = firstLink(text)!;
    expect(link).toBe(url);

    const path = new URL(link).pathname;
    const view = await t.request(`/api/v1${path}`);
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({ email: 'lucia@example.coop', coop: { slug: 'alpha' } });
    const accepted = await t.request(`/api/v1${path}/accept`, {
      method: 'POST',
      json: { name: 'Lucía', password: 'una contraseña larga' },
    });
    expect(accepted.status).toBe(201);
  });

  it('delivers the password reset, whose link’s token sets a new password', async () => {
    await t.user({ email: 'resetter@example.coop' });
    const before = inbox.length;
    const res = await t.request('/api/auth/request-password-reset', {
      method: 'POST',
      json: { email: 'resetter@example.coop', redirectTo: '/reset-password' },
    });
    expect(res.status).toBe(200);
    const msg = await nextMessage(before + 1);
    expect(msg.to).toEqual(['resetter@example.coop']);
    const link = firstLink(parseMessage(msg.raw).text)!;
    expect(link).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=/);
    const token = new URL(link).searchParams.get('token')!;
    const reset = await t.request('/api/auth/reset-password', {
      method: 'POST',
      json: { newPassword: 'fresh passphrase here', token },
    });
    expect(reset.status).toBe(200);
    expect(await t.signIn('resetter@example.coop', 'fresh passphrase here')).toContain('session_token');
  });
});

describe('without SMTP_URL', () => {
  it('writes the message, link included, to the log', async () => {
    const lines: string[] = [];
    const mailer = createMailer(
      { smtpUrl: undefined, from: 'Minga <minga@localhost>' },
      createLogger('info', (l) => void lines.push(l)),
    );
    const t = await testApp({ mailer });
    try {
      const admin = (await t.user({ email: 'admin@net.example', role: 'admin' })).cookie;
      const res = await t.request('/api/v1/invitations', {
        method: 'POST',
        as: admin,
        json: { email: 'offline@example.coop' },
      });
      const { url } = (await res.json()) as { url: string };
      const logged = lines.map((l) => JSON.parse(l) as { msg: string; to?: string; text?: string });
      const mail = logged.find((l) => l.to === 'offline@example.coop');
      expect(mail?.msg).toContain('no SMTP_URL');
      expect(mail?.text).toContain(url);
    } finally {
      await t.close();
    }
  });
});
