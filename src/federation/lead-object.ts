/**
 * Our leads as ActivityPub objects, built field by field from an allowlist:
 * what leaves Minga is written here and nowhere else. Partners receive a
 * `Page` with Minga's extension properties; the public feed receives a
 * `Note` in plain words. Neither ever carries the client's contact (name,
 * email, phone), the client's organisation, nor a budget marked private.
 */
import { plainExcerpt, renderMarkdown } from '../features/leads/lead.markdown.ts';
import type { LeadRecord } from '../features/leads/lead.queries.ts';
import { NETWORK, type Urls } from './urls.ts';
import { AS_CONTEXT, AS_PUBLIC, CONTEXT } from './vocabulary.ts';

export type Json = Record<string, unknown>;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

/** Drops undefined fields so the JSON says only what is known. */
const compact = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The partner object. `assignedTo` names co-op actors (ours and partners') once the lead is decided. */
export function leadPage(lead: LeadRecord, urls: Urls, opts: { to: string[]; assignedTo?: string[] }): Json {
  const budgetShared = lead.budgetVisibility === 'network';
  return compact({
    '@context': CONTEXT,
    id: urls.lead(lead.id),
    type: 'Page',
    attributedTo: urls.network,
    to: opts.to,
    name: lead.title,
    summary: plainExcerpt(lead.description, 280),
    content: renderMarkdown(lead.description),
    mediaType: 'text/html',
    url: urls.leadPage(lead.id),
    published: iso(lead.publishedAt ?? lead.createdAt),
    updated: iso(lead.updatedAt),
    tag: lead.tags.map((name) => ({ type: 'Hashtag', name: `#${name.replace(/\s+/g, '')}` })),
    leadStatus: lead.status,
    finder: lead.finderCoop ? urls.actor(lead.finderCoop.slug) : undefined,
    profiles: lead.profiles.map((p) => ({
      headcount: p.count,
      technology: p.technology.name,
      minSeniority: p.minSeniority,
    })),
    services: lead.services.map((s) => s.name),
    budgetMin: budgetShared && lead.budgetMin != null ? String(lead.budgetMin) : undefined,
    budgetMax: budgetShared && lead.budgetMax != null ? String(lead.budgetMax) : undefined,
    currency: budgetShared && (lead.budgetMin != null || lead.budgetMax != null) ? lead.currency : undefined,
    mode: lead.mode,
    effortPersonDays: lead.effortPersonDays ?? undefined,
    startDate: lead.startDate ?? undefined,
    interestDeadline: iso(lead.interestDeadline),
    durationWeeks: lead.durationWeeks ?? undefined,
    languages: lead.languages,
    place: lead.place ?? undefined,
    remote: lead.remote,
    scope: lead.scope,
    assignedTo: opts.assignedTo?.length ? opts.assignedTo : undefined,
  });
}

type Locale = 'en' | 'es';

const SENIORITY: Record<Locale, Record<string, string>> = {
  en: { junior: 'junior', mid: 'mid-level', senior: 'senior', lead: 'lead' },
  es: { junior: 'junior', mid: 'semi senior', senior: 'senior', lead: 'líder' },
};

const POST_TEXT: Record<
  Locale,
  { intro: string; looking: string; deadline: (d: string) => string; more: string; nobody: string }
> = {
  en: {
    intro: 'New work shared by the network',
    looking: 'Looking for',
    deadline: (d) => `Interest until ${d}.`,
    more: 'Details for members',
    nobody: 'a co-operative that fits',
  },
  es: {
    intro: 'Nuevo trabajo compartido por la red',
    looking: 'Buscamos',
    deadline: (d) => `Se reciben interesados hasta el ${d}.`,
    more: 'Detalles para integrantes',
    nobody: 'una cooperativa que encaje',
  },
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function postHtml(lead: LeadRecord, urls: Urls, locale: Locale): string {
  const t = POST_TEXT[locale];
  const profiles = lead.profiles
    .map((p) => `${p.count} × ${p.technology.name} (${SENIORITY[locale][p.minSeniority] ?? p.minSeniority})`)
    .join(', ');
  const parts = [
    `<p>${t.intro}: <strong>${escapeHtml(lead.title)}</strong></p>`,
    `<p>${escapeHtml(plainExcerpt(lead.description, 400))}</p>`,
    `<p>${t.looking}: ${escapeHtml(profiles || t.nobody)}.${
      lead.interestDeadline ? ` ${t.deadline(lead.interestDeadline.toISOString().slice(0, 10))}` : ''
    }</p>`,
    `<p>${t.more}: <a href="${escapeHtml(urls.leadPage(lead.id))}">${escapeHtml(urls.leadPage(lead.id))}</a></p>`,
  ];
  return parts.join('');
}

/** The public post: plain words and a link, addressed to the public and the network's followers. */
export function publicNote(lead: LeadRecord, urls: Urls): Json {
  const en = postHtml(lead, urls, 'en');
  return {
    '@context': AS_CONTEXT,
    id: urls.post(lead.id),
    type: 'Note',
    attributedTo: urls.network,
    to: [AS_PUBLIC],
    cc: [urls.followers(NETWORK)],
    content: en,
    contentMap: { en, es: postHtml(lead, urls, 'es') },
    url: urls.leadPage(lead.id),
    published: iso(lead.publishedAt ?? lead.createdAt),
    updated: iso(lead.updatedAt),
  };
}

/** An activity around an object; the object keeps its fields but not its own @context. */
export function activity(
  urls: Urls,
  o: { type: string; actor: string; object: Json | string; to: string[]; cc?: string[]; context?: unknown },
): Json {
  const object = typeof o.object === 'string' ? o.object : { ...o.object };
  if (typeof object !== 'string') delete object['@context'];
  return compact({
    '@context': o.context ?? CONTEXT,
    id: urls.activity(),
    type: o.type,
    actor: o.actor,
    object,
    to: o.to,
    cc: o.cc,
    published: new Date().toISOString(),
  });
}

/** What partners see once a lead is gone: a Tombstone with the type it had. */
export function tombstone(id: string, formerType: string): Json {
  return { id, type: 'Tombstone', formerType, deleted: new Date().toISOString() };
}
