/**
 * The Minga directory document: what `minga export` writes and
 * `minga import <file.json>` reads (docs/import-format.md). One record per
 * term, client, co-op and case study; each record is validated on its own so
 * an import can list every bad record, or skip them.
 */
import { z } from 'zod';
import { AVAILABILITIES, NEEDS, SENIORITIES, STAGES } from '../../engine/vocabulary.ts';

export const DOCUMENT_FORMAT = 'minga-directory';
export const DOCUMENT_VERSION = 1;

const Slug = z
  .string()
  .min(1)
  .max(160)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'Use letters, digits, ".", "_" and "-" only, as in "agile-collective".',
  );
const Language = z.string().regex(/^[a-z]{2,3}$/, 'Use an ISO 639 language code such as "en" or "es".');
const Country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Use an ISO 3166 two-letter country code such as "GB" or "AR".');
const Spelling = z.string().trim().min(1).max(80);

export const TermRecord = z.strictObject({
  slug: Slug,
  name: z.string().trim().min(1).max(120),
  /** Other spellings; Minga stores them folded (see term.rules.ts), and exports them that way. */
  aliases: z.array(Spelling).max(50).default([]),
});
export type TermRecord = z.infer<typeof TermRecord>;

export const ClientRecord = z.strictObject({
  slug: Slug,
  name: z.string().trim().min(1).max(200),
});
export type ClientRecord = z.infer<typeof ClientRecord>;

export const SkillRecord = z.strictObject({
  /** Slug, name or alias of a technology. */
  technology: Spelling,
  seniority: z.enum(SENIORITIES),
  years: z.number().int().min(0).max(60).default(0),
});

export const PersonRecord = z.strictObject({
  /**
   * Stable within the co-op: re-importing the same key updates the person.
   * Minga derives the person's id from it (a UUID key is the id itself), and
   * exports the id as the key.
   */
  key: z.string().trim().min(1).max(120),
  name: z.string().trim().min(1).max(120),
  languages: z.array(Language).max(20).default([]),
  availability: z.enum(AVAILABILITIES).default('busy'),
  hoursPerWeek: z.number().int().min(0).max(80).default(0),
  freeFrom: z.iso.date().nullable().default(null),
  skills: z.array(SkillRecord).max(50).default([]),
});
export type PersonRecord = z.infer<typeof PersonRecord>;

export const CoopRecord = z.strictObject({
  slug: Slug,
  name: z.string().trim().min(1).max(120),
  description: z
    .strictObject({ en: z.string().max(5000), es: z.string().max(5000) })
    .default({ en: '', es: '' }),
  website: z.url().max(300).nullable().default(null),
  country: Country.nullable().default(null),
  city: z.string().trim().max(120).nullable().default(null),
  location: z
    .strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .nullable()
    .default(null),
  languages: z.array(Language).max(20).default([]),
  yearFounded: z.number().int().min(1844).max(2100).nullable().default(null),
  headcount: z.number().int().min(0).max(100_000).nullable().default(null),
  stage: z.enum(STAGES).default('growing'),
  need: z.enum(NEEDS).default('medium'),
  needNote: z.string().max(1000).default(''),
  contact: z
    .strictObject({
      email: z.email().max(200).nullable().default(null),
      phone: z.string().max(60).nullable().default(null),
      address: z.string().max(300).nullable().default(null),
    })
    .default({ email: null, phone: null, address: null }),
  /** Slugs, names or aliases; a spelling no term answers to becomes a new term. */
  technologies: z.array(Spelling).max(200).default([]),
  services: z.array(Spelling).max(200).default([]),
  /** Client slugs, from this document or already in Minga. */
  clients: z.array(Slug).max(2000).default([]),
  /** Absent: the co-op's people are left alone. Present (even empty): they become exactly these. */
  people: z.array(PersonRecord).max(10_000).optional(),
});
export type CoopRecord = z.infer<typeof CoopRecord>;

export const CaseStudyRecord = z.strictObject({
  slug: Slug,
  clientName: z.string().trim().min(1).max(200),
  projectName: z.string().trim().min(1).max(200),
  services: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
  links: z.array(z.url().max(500)).max(20).default([]),
  /** Slugs of the co-ops that delivered it, from this document or already in Minga. */
  coops: z.array(Slug).max(50).default([]),
});
export type CaseStudyRecord = z.infer<typeof CaseStudyRecord>;

/** The document's frame; records are checked one by one (document.validate.ts). */
export const DocumentFrame = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(DOCUMENT_VERSION),
  exportedAt: z.string().optional(),
  source: z.string().optional(),
  technologies: z.array(z.unknown()).default([]),
  services: z.array(z.unknown()).default([]),
  clients: z.array(z.unknown()).default([]),
  coops: z.array(z.unknown()).default([]),
  caseStudies: z.array(z.unknown()).default([]),
});

export const DirectoryDocument = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(DOCUMENT_VERSION),
  exportedAt: z.string().optional(),
  source: z.string().optional(),
  technologies: z.array(TermRecord),
  services: z.array(TermRecord),
  clients: z.array(ClientRecord),
  coops: z.array(CoopRecord),
  caseStudies: z.array(CaseStudyRecord),
});
export type DirectoryDocument = z.infer<typeof DirectoryDocument>;

export const RECORD_KINDS = ['technologies', 'services', 'clients', 'coops', 'caseStudies'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_SCHEMAS = {
  technologies: TermRecord,
  services: TermRecord,
  clients: ClientRecord,
  coops: CoopRecord,
  caseStudies: CaseStudyRecord,
} as const;

export function emptyDocument(source?: string): DirectoryDocument {
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    ...(source ? { source } : {}),
    technologies: [],
    services: [],
    clients: [],
    coops: [],
    caseStudies: [],
  };
}
