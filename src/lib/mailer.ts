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
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function createMailer(opts: { smtpUrl: string | undefined; from: string }, log: Logger): Mailer {
  if (!opts.smtpUrl) {
    return {
      async send(mail) {
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
      await transport.sendMail({ from: opts.from, ...mail });
      log.info('email sent', { to: mail.to, subject: mail.subject });
    },
  };
}
