/**
 * The one way Minga sends email: SMTP when SMTP_URL is set, otherwise the
 * message is written to the log so a local user can follow its link.
 */
import nodemailer from 'nodemailer';
import type { Logger } from './log.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * Addressed to a client: the address and the text are confidential, so they
   * are never written to the log — not even when there is no SMTP server.
   */
  confidential?: boolean;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function createMailer(opts: { smtpUrl: string | undefined; from: string }, log: Logger): Mailer {
  if (!opts.smtpUrl) {
    return {
      async send(mail) {
        if (mail.confidential) {
          log.info('confidential email not sent (no SMTP_URL set) and not logged', { subject: mail.subject });
          return;
        }
        log.info('email (no SMTP_URL set, so it is logged instead of sent)', {
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        });
      },
    };
  }
  const transport = nodemailer.createTransport(opts.smtpUrl);
  return {
    async send(mail) {
      const { confidential, ...message } = mail;
      await transport.sendMail({ from: opts.from, ...message });
      log.info(
        'email sent',
        confidential ? { subject: mail.subject } : { to: mail.to, subject: mail.subject },
      );
    },
  };
}
