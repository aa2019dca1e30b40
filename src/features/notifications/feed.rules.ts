/**
 * The Atom 1.0 document (RFC 4287) of a member's open leads. Entries carry
 * the lead's title, the client's organisation, the finder co-op and a link —
 * nothing a feed reader could leak beyond that.
 */
import { type Locale, phrase } from './notification.phrases.ts';

export interface FeedEntry {
  id: string;
  title: string;
  organisation: string | null;
  finder: string | null;
  url: string;
  published: Date;
  updated: Date;
}

// Characters XML 1.0 cannot carry at all, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the ones to drop
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(s: string): string {
  return s
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function atomFeed(o: {
  locale: Locale;
  /** The feed's own address, without the reader's token. */
  selfUrl: string;
  siteUrl: string;
  entries: readonly FeedEntry[];
  now: Date;
}): string {
  const e = xmlEscape;
  const feedUpdated = o.entries.length
    ? new Date(Math.max(...o.entries.map((x) => x.updated.getTime())))
    : o.now;
  const entries = o.entries.map((x) => {
    const summary = [
      x.organisation
        ? phrase(o.locale, 'notifications.organisation', { organisation: x.organisation })
        : null,
      x.finder ? phrase(o.locale, 'feed.finder', { finder: x.finder }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
    return [
      '  <entry>',
      `    <id>urn:uuid:${e(x.id)}</id>`,
      `    <title>${e(x.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${e(x.url)}"/>`,
      `    <published>${x.published.toISOString()}</published>`,
      `    <updated>${x.updated.toISOString()}</updated>`,
      x.finder ? `    <author><name>${e(x.finder)}</name></author>` : null,
      summary ? `    <summary>${e(summary)}</summary>` : null,
      '  </entry>',
    ]
      .filter((line) => line !== null)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.locale}">`,
    `  <id>${e(o.selfUrl)}</id>`,
    `  <title>${e(phrase(o.locale, 'feed.title'))}</title>`,
    `  <updated>${feedUpdated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(o.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(o.siteUrl)}"/>`,
    '  <author><name>Minga</name></author>',
    '  <generator>Minga</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
