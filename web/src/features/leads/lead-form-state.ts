/**
 * The lead form's values as the inputs hold them (strings), and the API body
 * they become. Pure, so the mapping is tested without a browser.
 */
import type { Schemas } from '../../api/client.ts';
import type { Lead, LeadMode, LeadScope, Seniority } from './lead-api.ts';
import { isoToLocalDateTime, localDateTimeToIso } from './lead-format.ts';

export interface ProfileRow {
  key: number;
  count: string;
  technology: string;
  minSeniority: Seniority;
}

export interface LeadFormState {
  title: string;
  description: string;
  organisation: string;
  contactName: string;
  email: string;
  phone: string;
  finderCoop: string;
  profiles: ProfileRow[];
  services: string[];
  budgetMin: string;
  budgetMax: string;
  currency: string;
  budgetVisibility: 'network' | 'private';
  mode: LeadMode;
  effort: string;
  startDate: string;
  interestDeadline: string;
  durationWeeks: string;
  languages: string[];
  place: string;
  remote: boolean;
  /** '' follows Minga's suggestion (and keeps following it as effort and profiles change). */
  scope: LeadScope | '';
  finderFee: string;
  noCut: boolean;
  transparency: boolean;
  termsNote: string;
  audience: 'network' | 'chosen';
  coops: string[];
  partners: boolean;
  public: boolean;
  tags: string;
}

let rowKey = 0;
export const newProfileRow = (): ProfileRow => ({
  key: ++rowKey,
  count: '1',
  technology: '',
  minSeniority: 'semi_senior',
});

export function emptyLead(finderCoop: string): LeadFormState {
  return {
    title: '',
    description: '',
    organisation: '',
    contactName: '',
    email: '',
    phone: '',
    finderCoop,
    profiles: [newProfileRow()],
    services: [],
    budgetMin: '',
    budgetMax: '',
    currency: 'EUR',
    budgetVisibility: 'network',
    mode: 'unknown',
    effort: '',
    startDate: '',
    interestDeadline: '',
    durationWeeks: '',
    languages: [],
    place: '',
    remote: false,
    scope: '',
    finderFee: '',
    noCut: true,
    transparency: true,
    termsNote: '',
    audience: 'network',
    coops: [],
    partners: false,
    public: false,
    tags: '',
  };
}

const str = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function fromLead(l: Lead): LeadFormState {
  return {
    title: l.title,
    description: l.description,
    organisation: str(l.client.organisation),
    contactName: str(l.client.contact?.name),
    email: str(l.client.contact?.email),
    phone: str(l.client.contact?.phone),
    finderCoop: l.finderCoop?.slug ?? '',
    // A lead without profiles (the public form asks for none) starts with one empty row to fill in.
    profiles: l.profiles.length
      ? l.profiles.map((p) => ({
          key: ++rowKey,
          count: String(p.count),
          technology: p.technology.slug,
          minSeniority: p.minSeniority,
        }))
      : [newProfileRow()],
    services: l.services.map((s) => s.slug),
    budgetMin: str(l.budget?.min),
    budgetMax: str(l.budget?.max),
    currency: l.budget?.currency ?? 'EUR',
    budgetVisibility: l.budget?.visibility ?? 'network',
    mode: l.mode,
    effort: str(l.effortPersonDays),
    startDate: str(l.startDate),
    interestDeadline: isoToLocalDateTime(l.interestDeadline),
    durationWeeks: str(l.durationWeeks),
    languages: l.languages,
    place: str(l.place),
    remote: l.remote,
    scope: l.scopeChosen ? l.scope : '',
    finderFee: str(l.terms.finderFeePercent),
    noCut: l.terms.noCutOnOthersWork,
    transparency: l.terms.contractTransparency,
    termsNote: l.terms.note,
    audience: l.visibility.audience,
    coops: l.visibility.coops.flatMap((c) => (c ? [c.slug] : [])),
    partners: l.visibility.partners,
    public: l.visibility.public,
    tags: l.tags.join(', '),
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
/** A number input's text: empty is null; anything else goes as a number (NaN as-is, so the server names the field). */
const numOrNull = (v: string) => (v.trim() === '' ? null : Number(v));

/**
 * The body for POST (create) or PATCH (edit). The client's contact is sent
 * only when the form was allowed to show it: an editor who cannot see it
 * must not blank it.
 */
export function toLeadBody(s: LeadFormState, opts: { withContact: boolean }): Schemas['LeadCreate'] {
  const noBudget = s.budgetMin.trim() === '' && s.budgetMax.trim() === '';
  const body: Schemas['LeadCreate'] = {
    title: s.title,
    description: s.description,
    client: opts.withContact
      ? {
          organisation: orNull(s.organisation),
          contactName: orNull(s.contactName),
          email: orNull(s.email),
          phone: orNull(s.phone),
        }
      : { organisation: orNull(s.organisation) },
    finderCoop: orNull(s.finderCoop),
    profiles: s.profiles
      .filter((p) => p.technology)
      .map((p) => ({ count: Number(p.count || 0), technology: p.technology, minSeniority: p.minSeniority })),
    services: s.services,
    budget: noBudget
      ? null
      : {
          min: numOrNull(s.budgetMin),
          max: numOrNull(s.budgetMax),
          currency: s.currency.trim().toUpperCase(),
          visibility: s.budgetVisibility,
        },
    mode: s.mode,
    effortPersonDays: numOrNull(s.effort),
    startDate: orNull(s.startDate),
    interestDeadline: localDateTimeToIso(s.interestDeadline),
    durationWeeks: numOrNull(s.durationWeeks),
    languages: s.languages,
    place: orNull(s.place),
    remote: s.remote,
    terms: {
      finderFeePercent: numOrNull(s.finderFee),
      noCutOnOthersWork: s.noCut,
      contractTransparency: s.transparency,
      note: s.termsNote,
    },
    visibility: {
      audience: s.audience,
      coops: s.audience === 'chosen' ? s.coops : [],
      partners: s.partners,
      public: s.public,
    },
    tags: s.tags
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  };
  if (s.scope) body.scope = s.scope;
  return body;
}

/**
 * What Minga will suggest (the server's suggestScope in lead.rules.ts): a team
 * for 200+ person-days, 6+ people, or 2+ technologies needing 4+ people in all.
 * Shown beside the scope choice; the server's own answer is kept with the lead.
 */
export function suggestedScope(s: Pick<LeadFormState, 'effort' | 'profiles'>): 'single_coop' | 'team' {
  const rows = s.profiles.filter((p) => p.technology);
  const people = rows.reduce((n, p) => n + (Number(p.count) || 0), 0);
  const technologies = new Set(rows.map((p) => p.technology)).size;
  const effort = Number(s.effort) || 0;
  return effort >= 200 || people >= 6 || (technologies >= 2 && people >= 4) ? 'team' : 'single_coop';
}
