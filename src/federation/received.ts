/**
 * Reading what partners send: the Minga extension properties of a shared
 * lead and of an interest, validated field by field. Remote HTML is
 * sanitised before it is stored; anything not listed here is dropped.
 */
import sanitizeHtml from 'sanitize-html';
import { z } from 'zod';
import { INTEREST_ROLES } from '../db/schema/leads.ts';
import { NEEDS } from '../engine/vocabulary.ts';

const text = (max: number) => z.string().max(max);
const num = z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/)]).transform(Number);
const one = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).max(1)]);

/** Compact JSON-LD with Minga's context: the terms its lead object uses. */
export const RemoteLeadObject = z.object({
  id: z.url(),
  type: z.literal('Page'),
  name: text(300),
  summary: text(2000).optional(),
  content: text(100_000).optional(),
  url: z.url().optional(),
  published: z.string().optional(),
  updated: z.string().max(40).optional(),
  leadStatus: text(40).default('open'),
  finder: z.url().optional(),
  profiles: z
    .array(z.object({ headcount: z.number().int(), technology: text(200), minSeniority: text(40) }))
    .max(100)
    .default([]),
  services: z.array(text(200)).max(100).default([]),
  budgetMin: num.optional(),
  budgetMax: num.optional(),
  currency: text(10).optional(),
  mode: text(40).optional(),
  effortPersonDays: z.number().int().optional(),
  startDate: text(40).optional(),
  interestDeadline: text(40).optional(),
  durationWeeks: z.number().int().optional(),
  languages: z.array(text(20)).max(20).default([]),
  place: text(300).optional(),
  remote: z.boolean().optional(),
  scope: text(40).optional(),
  assignedTo: z.union([z.url(), z.array(z.url()).max(100)]).optional(),
});
export type RemoteLeadObject = z.infer<typeof RemoteLeadObject>;

const SAFE_HTML: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'code', 'pre', 'blockquote', 'h3', 'h4'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener ugc', target: '_blank' }) },
};

/** What we keep of a partner's lead: never more than its Minga fields, HTML made safe. */
export function remoteLeadRow(o: RemoteLeadObject) {
  const assignedTo =
    o.assignedTo === undefined ? [] : Array.isArray(o.assignedTo) ? o.assignedTo : [o.assignedTo];
  return {
    objectId: o.id,
    title: o.name,
    summary: o.summary ?? '',
    url: o.url ?? null,
    status: o.leadStatus,
    assignedTo,
    publishedAt: o.published && !Number.isNaN(Date.parse(o.published)) ? new Date(o.published) : null,
    payload: {
      updated: o.updated ?? null,
      descriptionHtml: sanitizeHtml(o.content ?? '', SAFE_HTML),
      finder: o.finder ?? null,
      profiles: o.profiles,
      services: o.services,
      budgetMin: o.budgetMin ?? null,
      budgetMax: o.budgetMax ?? null,
      currency: o.currency ?? null,
      mode: o.mode ?? null,
      effortPersonDays: o.effortPersonDays ?? null,
      startDate: o.startDate ?? null,
      interestDeadline: o.interestDeadline ?? null,
      durationWeeks: o.durationWeeks ?? null,
      languages: o.languages,
      place: o.place ?? null,
      remote: o.remote ?? false,
      scope: o.scope ?? null,
    },
  };
}

/** The interest a partner's co-op offers: a Note in reply to our lead. */
export const RemoteInterestObject = z.object({
  id: z.url(),
  type: z.literal('Note'),
  inReplyTo: one(z.url()).transform((v) => (Array.isArray(v) ? v[0]! : v)),
  content: text(5000).default(''),
  availableFrom: z.iso.date(),
  hoursPerWeek: z.number().int().min(1).max(4000),
  capacityPersonDays: z.number().int().min(1).max(100_000),
  need: z.enum(NEEDS),
  needNote: text(1000).default(''),
  role: z.enum(INTEREST_ROLES),
});
export type RemoteInterestObject = z.infer<typeof RemoteInterestObject>;

export const plainText = (html: string) =>
  sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
