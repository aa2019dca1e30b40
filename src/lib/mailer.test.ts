import { describe, expect, it } from 'vitest';
import { createLogger } from './log.ts';
import { createMailer } from './mailer.ts';

function capture() {
  const lines: string[] = [];
  return { lines, log: createLogger('debug', (l) => lines.push(l)) };
}

describe('mailer without SMTP', () => {
  it('logs an ordinary message with its link so a local user can follow it', async () => {
    const { lines, log } = capture();
    await createMailer({ smtpUrl: undefined, from: 'x' }, log).send({
      to: 'ana@example.coop',
      subject: 'Reset',
      text: 'Open http://localhost:3000/reset-password?token=abc',
    });
    expect(lines.join('')).toContain('reset-password?token=abc');
    expect(lines.join('')).toContain('ana@example.coop');
  });

  it('never logs the address or text of a confidential message', async () => {
    const { lines, log } = capture();
    await createMailer({ smtpUrl: undefined, from: 'x' }, log).send({
      to: 'client.contact@bigcharity.org',
      subject: 'We received your project',
      text: 'Hello Jo Client, call us on +44 1234',
      confidential: true,
    });
    const all = lines.join('');
    expect(all).toContain('We received your project');
    expect(all).not.toContain('client.contact@bigcharity.org');
    expect(all).not.toContain('Jo Client');
    expect(all).not.toContain('+44 1234');
  });
});
