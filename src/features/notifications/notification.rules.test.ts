import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../../lib/i18n-keys.ts';
import { atomFeed, xmlEscape } from './feed.rules.ts';
import { PHRASES, phrase } from './notification.phrases.ts';
import { chatMessage, digestMail, emailModeFor, immediateMail } from './notification.rules.ts';

const URL = 'https://minga.example';
const n = {
  title: 'Tenant portal',
  bodyKey: 'notifications.interestCreated',
  params: { coop: 'Beta', organisation: 'Acme' },
  leadId: '00000000-0000-4000-8000-000000000001',
};

describe('phrases', () => {
  it('have the same keys and placeholders in English and Spanish', () => {
    expect(catalogueProblems({ en: PHRASES.en, es: PHRASES.es })).toEqual([]);
  });

  it('fill placeholders, and show an unknown key as itself', () => {
    expect(phrase('es', 'notifications.interestCreated', { coop: 'Beta' })).toBe(
      'Beta está interesada en tu lead.',
    );
    expect(phrase('en', 'notifications.gone', {})).toBe('notifications.gone');
  });
});

describe('email mode', () => {
  it('is "immediately" without a preference, the preference otherwise, and a per-kind override first', () => {
    expect(emailModeFor(undefined, 'mentioned')).toBe('immediately');
    const pref = { email: 'daily_digest' as const, perKind: { mentioned: 'immediately' as const } };
    expect(emailModeFor(pref, 'lead_matched')).toBe('daily_digest');
    expect(emailModeFor(pref, 'mentioned')).toBe('immediately');
  });
});

describe('mails and chat messages', () => {
  it('say what happened, the organisation and a link, in the recipient’s language', () => {
    const mail = immediateMail({ email: 'bea@beta.coop', name: 'Bea', locale: 'en' }, n, URL);
    expect(mail.subject).toBe('Minga: Tenant portal');
    expect(mail.text.split('\n').slice(0, 7)).toEqual([
      'Beta is interested in your lead.',
      '',
      'Tenant portal',
      'Client organisation: Acme',
      '',
      'Open it in Minga:',
      `${URL}/leads/${n.leadId}`,
    ]);
    const digest = digestMail(
      { email: 'x@y.coop', name: 'X', locale: 'es' },
      [n, { ...n, title: 'Otro' }],
      URL,
    );
    expect(digest.subject).toBe('Resumen diario de Minga (2)');
    expect(digest.text).toContain('Otro\nBeta está interesada en tu lead.');
  });

  it('chat messages follow the incoming-webhook shape', () => {
    const m = chatMessage(
      'en',
      { key: 'webhook.leadPublished', lead: { id: 'L1', title: 'Portal', organisation: null }, params: {} },
      URL,
    );
    expect(m).toEqual({
      text: `New lead: Portal ${URL}/leads/L1`,
      username: 'Minga',
      attachments: [
        { fallback: `New lead: Portal ${URL}/leads/L1`, title: 'Portal', title_link: `${URL}/leads/L1` },
      ],
    });
  });
});

describe('the Atom document', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlEscape('a & <b> "c" \'d\'\u0001')).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;');
  });

  it('dates the feed by its newest entry, or now when empty', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const entry = (id: string, day: number) => ({
      id,
      title: id,
      organisation: null,
      finder: null,
      url: `${URL}/leads/${id}`,
      published: new Date(Date.UTC(2029, 0, day)),
      updated: new Date(Date.UTC(2029, 0, day)),
    });
    const feed = atomFeed({
      locale: 'en',
      selfUrl: `${URL}/f`,
      siteUrl: URL,
      now,
      entries: [entry('a', 3), entry('b', 9)],
    });
    expect(feed).toContain('<updated>2029-01-09T00:00:00.000Z</updated>\n  <link rel="self"');
    expect(atomFeed({ locale: 'en', selfUrl: `${URL}/f`, siteUrl: URL, now, entries: [] })).toContain(
      '<updated>2030-01-01T00:00:00.000Z</updated>',
    );
  });
});
