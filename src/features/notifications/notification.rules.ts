/**
 * Pure decisions and renderings for notifications: which email mode applies,
 * and the text of emails, digests and chat messages. Everything is built
 * from a notification's minimal content — the lead's title, the client's
 * organisation, names and counts, and a link — so no channel can carry the
 * client's contact or a private budget.
 */
import type { EmailMode, NotificationKind } from '../../db/schema/notifications.ts';
import type { Mail } from '../../lib/mailer.ts';
import { type Locale, type Params, phrase } from './notification.phrases.ts';

export interface EmailPreference {
  email: EmailMode;
  perKind: Partial<Record<NotificationKind, EmailMode>>;
}

export const DEFAULT_PREFERENCE: EmailPreference = { email: 'immediately', perKind: {} };

export function emailModeFor(pref: EmailPreference | undefined, kind: NotificationKind): EmailMode {
  const p = pref ?? DEFAULT_PREFERENCE;
  return p.perKind[kind] ?? p.email;
}

/** What every channel may say about one notification. */
export interface NotificationContent {
  title: string;
  bodyKey: string;
  params: Params;
  leadId: string | null;
}

export const leadUrl = (publicUrl: string, leadId: string) => `${publicUrl}/leads/${leadId}`;
export const settingsUrl = (publicUrl: string) => `${publicUrl}/account`;

function organisationLine(locale: Locale, n: NotificationContent): string[] {
  const organisation = n.params.organisation;
  return organisation ? [phrase(locale, 'notifications.organisation', { organisation })] : [];
}

export interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

export function immediateMail(to: Recipient, n: NotificationContent, publicUrl: string): Mail {
  const l = to.locale;
  return {
    to: to.email,
    subject: phrase(l, 'mail.subject', { title: n.title }),
    text: [
      phrase(l, n.bodyKey, n.params),
      '',
      n.title,
      ...organisationLine(l, n),
      '',
      phrase(l, 'mail.open'),
      n.leadId ? leadUrl(publicUrl, n.leadId) : publicUrl,
      '',
      '—',
      phrase(l, 'mail.footer'),
      settingsUrl(publicUrl),
    ].join('\n'),
  };
}

export function digestMail(to: Recipient, items: NotificationContent[], publicUrl: string): Mail {
  const l = to.locale;
  const blocks = items.map((n) =>
    [
      n.title,
      phrase(l, n.bodyKey, n.params),
      ...organisationLine(l, n),
      ...(n.leadId ? [leadUrl(publicUrl, n.leadId)] : []),
    ].join('\n'),
  );
  return {
    to: to.email,
    subject: phrase(l, 'digest.subject', { count: items.length }),
    text: [
      phrase(l, 'digest.intro'),
      '',
      blocks.join('\n\n'),
      '',
      '—',
      phrase(l, 'mail.footer'),
      settingsUrl(publicUrl),
    ].join('\n'),
  };
}

/** A Mattermost/Slack-compatible incoming-webhook message. */
export interface ChatMessage {
  text: string;
  username?: string;
  attachments?: Array<{ fallback: string; title: string; title_link: string; text?: string }>;
}

/** What a chat message says: which sentence, about which lead, with which names. */
export interface ChatInput {
  key: 'webhook.leadPublished' | 'webhook.interestCreated';
  lead: { id: string; title: string; organisation: string | null };
  params: Params;
}

export function chatMessage(locale: Locale, input: ChatInput, publicUrl: string): ChatMessage {
  const { lead } = input;
  const url = leadUrl(publicUrl, lead.id);
  const headline = phrase(locale, input.key, { ...input.params, title: lead.title });
  const organisation = lead.organisation
    ? phrase(locale, 'notifications.organisation', { organisation: lead.organisation })
    : undefined;
  return {
    text: `${headline} ${url}`,
    username: 'Minga',
    attachments: [
      {
        fallback: `${headline} ${url}`,
        title: lead.title,
        title_link: url,
        ...(organisation ? { text: organisation } : {}),
      },
    ],
  };
}
