/**
 * From a validated request body to lead columns: resolves technologies,
 * services and co-ops, and gathers every field error (named by JSON pointer
 * under #/json) before anything is written.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { terms } from '../../db/schema/directory.ts';
import type { leads } from '../../db/schema/leads.ts';
import type { Seniority } from '../../engine/vocabulary.ts';
import { type FieldError, invalid } from '../../http/problem.ts';
import { resolveTerms, type TermKind } from '../terms/term.queries.ts';
import { coopsBySlug } from './lead.queries.ts';
import { checkLeadValues } from './lead.rules.ts';
import type { LeadUpdateInput } from './lead.schemas.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const err = (path: Array<string | number>, detail: string): FieldError => ({
  pointer: `#/json/${path.join('/')}`,
  field: path.join('.'),
  detail,
});

/** Term ids for spellings that are ids, slugs, names or aliases; `undefined` where unknown. */
async function termIds(db: DbOrTx, kind: TermKind, spellings: readonly string[]) {
  const ids = spellings.filter((s) => UUID.test(s));
  const known = ids.length
    ? new Set(
        (
          await db
            .select({ id: terms.id })
            .from(terms)
            .where(and(eq(terms.kind, kind), inArray(terms.id, ids)))
        ).map((r) => r.id),
      )
    : new Set<string>();
  const { bySpelling } = await resolveTerms(
    db,
    kind,
    spellings.filter((s) => !UUID.test(s)),
  );
  return spellings.map((s) => (UUID.test(s) ? (known.has(s) ? s : undefined) : bySpelling.get(s)));
}

export interface ResolvedLists {
  profiles?: Array<{ count: number; technologyId: string; minSeniority: Seniority }>;
  serviceIds?: string[];
  visibleCoopIds?: string[];
  finderCoopId?: string | null;
}

/** Resolves references and checks values; throws one 422 naming every bad field. */
export async function resolveLeadInput(
  db: DbOrTx,
  input: LeadUpdateInput,
  now: Date,
): Promise<ResolvedLists> {
  const errors: FieldError[] = [...checkLeadValues(input, now)];
  const out: ResolvedLists = {};
  if (input.profiles) {
    const ids = await termIds(
      db,
      'technology',
      input.profiles.map((p) => p.technology),
    );
    out.profiles = input.profiles.map((p, i) => {
      if (!ids[i]) errors.push(err(['profiles', i, 'technology'], `Unknown technology "${p.technology}".`));
      return { count: p.count, technologyId: ids[i] ?? '', minSeniority: p.minSeniority };
    });
  }
  if (input.services) {
    const ids = await termIds(db, 'service', input.services);
    ids.forEach((id, i) => {
      if (!id) errors.push(err(['services', i], `Unknown service "${input.services?.[i]}".`));
    });
    out.serviceIds = [...new Set(ids.filter((id): id is string => !!id))];
  }
  const slugs = [...(input.visibility?.coops ?? []), ...(input.finderCoop ? [input.finderCoop] : [])];
  const { bySlug } = await coopsBySlug(db, slugs);
  if (input.visibility?.coops) {
    input.visibility.coops.forEach((s, i) => {
      if (!bySlug.has(s)) errors.push(err(['visibility', 'coops', i], `Unknown co-op "${s}".`));
    });
    out.visibleCoopIds = [...new Set(input.visibility.coops.flatMap((s) => bySlug.get(s) ?? []))];
  }
  if (input.visibility?.audience === 'chosen' && input.visibility.coops?.length === 0) {
    errors.push(err(['visibility', 'coops'], 'Choose at least one co-op, or share with the whole network.'));
  }
  if (input.finderCoop !== undefined) {
    out.finderCoopId = input.finderCoop === null ? null : (bySlug.get(input.finderCoop) ?? null);
    if (input.finderCoop !== null && !bySlug.has(input.finderCoop))
      errors.push(err(['finderCoop'], `Unknown co-op "${input.finderCoop}".`));
  }
  if (errors.length) throw invalid(errors);
  return out;
}

type LeadColumns = Partial<typeof leads.$inferInsert>;

/** The columns a request sets, and the names of the request fields it touched (for the history log). */
export function leadColumns(input: LeadUpdateInput): { set: LeadColumns; fields: string[] } {
  const set: LeadColumns = {};
  const fields = Object.keys(input).filter((k) => k !== 'finderCoop' || input.finderCoop !== undefined);
  if (input.title !== undefined) set.title = input.title;
  if (input.description !== undefined) set.description = input.description;
  if (input.client) {
    const c = input.client;
    if (c.organisation !== undefined) set.clientOrganisation = c.organisation;
    if (c.contactName !== undefined) set.clientContactName = c.contactName;
    if (c.email !== undefined) set.clientEmail = c.email;
    if (c.phone !== undefined) set.clientPhone = c.phone;
  }
  if (input.budget !== undefined) {
    set.budgetMin = input.budget?.min ?? null;
    set.budgetMax = input.budget?.max ?? null;
    set.currency = input.budget?.currency ?? null;
    set.budgetVisibility = input.budget?.visibility ?? 'network';
  }
  if (input.mode !== undefined) set.mode = input.mode;
  if (input.effortPersonDays !== undefined) set.effortPersonDays = input.effortPersonDays;
  if (input.startDate !== undefined) set.startDate = input.startDate;
  if (input.interestDeadline !== undefined)
    set.interestDeadline = input.interestDeadline ? new Date(input.interestDeadline) : null;
  if (input.durationWeeks !== undefined) set.durationWeeks = input.durationWeeks;
  if (input.languages !== undefined) set.languages = input.languages;
  if (input.place !== undefined) set.place = input.place;
  if (input.remote !== undefined) set.remote = input.remote;
  if (input.terms) {
    const t = input.terms;
    if (t.finderFeePercent !== undefined) set.finderFeePercent = t.finderFeePercent;
    if (t.noCutOnOthersWork !== undefined) set.noCutOnOthersWork = t.noCutOnOthersWork;
    if (t.contractTransparency !== undefined) set.contractTransparency = t.contractTransparency;
    if (t.note !== undefined) set.termsNote = t.note;
  }
  if (input.visibility) {
    const v = input.visibility;
    if (v.audience !== undefined) set.visibility = v.audience;
    if (v.partners !== undefined) set.shareWithPartners = v.partners;
    if (v.public !== undefined) set.shareWithPublic = v.public;
  }
  if (input.tags !== undefined) set.tags = [...new Set(input.tags)];
  return { set, fields };
}
