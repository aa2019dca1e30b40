/** Request and response shapes of the network's shared spaces: discussion categories and events. */
import { z } from '@hono/zod-openapi';
import { RSVP_ANSWERS } from '../../db/schema/trust.ts';
import { PagingQuery, pageOf } from '../../http/paging.ts';

export const Category = z
  .object({
    slug: z.string(),
    name: z.object({ en: z.string(), es: z.string() }),
    description: z.object({ en: z.string(), es: z.string() }),
    adminsOnly: z.boolean(),
    threads: z.number().int(),
    lastPostAt: z.string().nullable(),
    /** Whether the reader may start a thread here. */
    canPost: z.boolean(),
  })
  .openapi('ForumCategory');
export const CategoryList = z.object({ items: z.array(Category) }).openapi('ForumCategoryList');

export const ThreadSummary = z
  .object({
    id: z.uuid(),
    category: z.string(),
    title: z.string(),
    author: z.string().nullable(),
    posts: z.number().int(),
    lastPostAt: z.string(),
    createdAt: z.string(),
  })
  .openapi('ForumThreadSummary');
export const ThreadPage = pageOf(ThreadSummary, 'ForumThreadPage');

export const Post = z
  .object({
    id: z.uuid(),
    author: z.string().nullable(),
    /** Markdown as written. */
    body: z.string(),
    /** The same, rendered and sanitised. */
    html: z.string(),
    createdAt: z.string(),
  })
  .openapi('ForumPost');

export const ThreadDetail = ThreadSummary.extend({ items: z.array(Post) }).openapi('ForumThread');

const Body = z.string().trim().min(1).max(20_000);
export const NewThread = z
  .object({ title: z.string().trim().min(3).max(200), body: Body })
  .strict()
  .openapi('NewForumThread');
export const NewPost = z.object({ body: Body }).strict().openapi('NewForumPost');

export const ThreadQuery = z.object({ ...PagingQuery });

const Instant = z.iso.datetime({ offset: true }).openapi({ example: '2026-06-12T17:00:00Z' });
const TimeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'Use an IANA time zone such as "Europe/London" or "America/Argentina/Buenos_Aires".');

const eventFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().max(20_000),
  startsAt: Instant,
  endsAt: Instant,
  timezone: TimeZone,
  location: z.string().trim().max(300).nullable(),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable(),
};

export const NewEvent = z
  .object({
    ...eventFields,
    description: eventFields.description.default(''),
    timezone: TimeZone.default('UTC'),
    location: eventFields.location.default(null),
    onlineUrl: eventFields.onlineUrl.default(null),
  })
  .strict()
  .refine((e) => Date.parse(e.endsAt) >= Date.parse(e.startsAt), {
    message: 'An event ends after it starts.',
    path: ['endsAt'],
  })
  .openapi('NewEvent');
export type NewEvent = z.infer<typeof NewEvent>;

export const EventUpdate = z.object(eventFields).partial().strict().openapi('EventUpdate');
export type EventUpdate = z.infer<typeof EventUpdate>;

export const RsvpInput = z
  .object({ answer: z.enum(RSVP_ANSWERS) })
  .strict()
  .openapi('RsvpInput');

export const Event = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    descriptionHtml: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    timezone: z.string(),
    location: z.string().nullable(),
    /** Members only: null for anonymous readers. */
    onlineUrl: z.string().nullable(),
    organiser: z.string().nullable(),
    rsvps: z.object({ yes: z.number().int(), maybe: z.number().int(), no: z.number().int() }),
    /** The reader's answer, if any. */
    myRsvp: z.enum(RSVP_ANSWERS).nullable(),
    can: z.object({ edit: z.boolean(), rsvp: z.boolean() }),
  })
  .openapi('Event');
export const EventPage = pageOf(Event, 'EventPage');

export const EventQuery = z.object({
  /** Events ending after this instant; default now (upcoming and running events). */
  from: Instant.optional(),
  ...PagingQuery,
});
