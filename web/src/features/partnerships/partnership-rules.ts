/**
 * Pure pieces of the partner-network pages: which answers a partnership
 * allows (mirroring the server's rules, so only buttons that can work are
 * shown), how the list splits into sections, whether typed text can name a
 * network, and the Minga fields of a partner's lead read from its payload.
 */
import type { Schemas } from '../../api/client.ts';

export type Partnership = Schemas['Partnership'];
export type PartnershipAction = 'accept' | 'refuse' | 'pause' | 'resume' | 'end';

/** The server's ALLOWED table (partnership.service.ts), in the order the buttons appear. */
export function actionsFor(p: Pick<Partnership, 'direction' | 'status'>): PartnershipAction[] {
  if (p.status === 'pending' && p.direction === 'incoming') return ['accept', 'refuse'];
  if (p.status === 'active') return ['pause', 'end'];
  if (p.status === 'paused') return ['resume', 'end'];
  if (p.status === 'requested') return ['end'];
  return [];
}

export interface PartnershipGroups {
  incoming: Partnership[];
  outgoing: Partnership[];
  current: Partnership[];
  past: Partnership[];
}

export function groupPartnerships(items: Partnership[]): PartnershipGroups {
  const groups: PartnershipGroups = { incoming: [], outgoing: [], current: [], past: [] };
  for (const p of items) {
    if (p.status === 'pending') groups.incoming.push(p);
    else if (p.status === 'requested') groups.outgoing.push(p);
    else if (p.status === 'active' || p.status === 'paused') groups.current.push(p);
    else groups.past.push(p);
  }
  return groups;
}

/**
 * What the server can resolve: a handle (network@host, optionally with a
 * leading @ or acct:) or an actor URL. Checked before asking, so a typo gets
 * its message at once rather than after a remote lookup.
 */
export function looksLikeNetworkAddress(input: string): boolean {
  const s = input.trim();
  if (/^https?:\/\/[^\s/]+\.?[^\s]*$/i.test(s)) {
    try {
      return new URL(s).hostname.length > 0;
    } catch {
      return false;
    }
  }
  return /^(acct:|@)?[^\s@/]+@[a-z0-9.-]+(:\d+)?$/i.test(s);
}

/** Why the server refused a handle, as a key of our own words (its messages are English). */
export function handleProblem(
  detail: string,
): 'invalidHandle' | 'self' | 'refusedAddress' | 'notFound' | 'unreachable' {
  if (/handle looks like/i.test(detail)) return 'invalidHandle';
  if (/is this network/i.test(detail)) return 'self';
  if (/private|loopback|refus/i.test(detail)) return 'refusedAddress';
  if (/answered|no ActivityPub actor|not an actor/i.test(detail)) return 'notFound';
  return 'unreachable';
}

export interface PartnerLeadDetails {
  descriptionHtml: string;
  profiles: Array<{ headcount: number; technology: string; minSeniority: string }>;
  services: string[];
  budget: { min: number | null; max: number | null; currency: string } | null;
  mode: string | null;
  effortPersonDays: number | null;
  startDate: string | null;
  interestDeadline: string | null;
  durationWeeks: number | null;
  languages: string[];
  place: string | null;
  remote: boolean;
  scope: string | null;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown) => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The lead's Minga fields as received; anything missing or malformed is simply absent. */
export function partnerLeadDetails(details: Record<string, unknown>): PartnerLeadDetails {
  const min = num(details.budgetMin);
  const max = num(details.budgetMax);
  const currency = str(details.currency);
  const profiles = Array.isArray(details.profiles)
    ? details.profiles.flatMap((p) => {
        const r = (p ?? {}) as Record<string, unknown>;
        const headcount = num(r.headcount);
        const technology = str(r.technology);
        return headcount !== null && technology
          ? [{ headcount, technology, minSeniority: str(r.minSeniority) ?? '' }]
          : [];
      })
    : [];
  return {
    descriptionHtml: str(details.descriptionHtml) ?? '',
    profiles,
    services: strings(details.services),
    budget: currency && (min !== null || max !== null) ? { min, max, currency } : null,
    mode: str(details.mode),
    effortPersonDays: num(details.effortPersonDays),
    startDate: str(details.startDate),
    interestDeadline: str(details.interestDeadline),
    durationWeeks: num(details.durationWeeks),
    languages: strings(details.languages),
    place: str(details.place),
    remote: details.remote === true,
    scope: str(details.scope),
  };
}

/** "minga.facttic.coop" from an actor id; the id itself if it is not a URL. */
export function hostOf(actorId: string): string {
  try {
    return new URL(actorId).host;
  } catch {
    return actorId;
  }
}

/** Person-days a co-op can give: hours per week over the lead's weeks (12 when unknown), capped by its effort. */
export function defaultCapacity(
  hoursPerWeek: number,
  lead: Pick<PartnerLeadDetails, 'durationWeeks' | 'effortPersonDays'>,
) {
  const days = Math.max(1, Math.round((hoursPerWeek / 8) * (lead.durationWeeks ?? 12)));
  return lead.effortPersonDays ? Math.min(days, lead.effortPersonDays) : days;
}

export type Need = 'low' | 'medium' | 'high';
export type Role = 'lead' | 'partner' | 'subcontractor';

export interface OfferDraft {
  availableFrom: string;
  hoursPerWeek: string;
  capacityPersonDays: string;
  need: Need;
  needNote: string;
  fit: string;
  role: Role;
}

/** Today as a calendar day in the reader's own time zone. */
export function todayIso(now = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/** A full-time person for the lead's start (never before today), the co-op's declared need, the role its scope asks for. */
export function offerDefaults(
  lead: Pick<PartnerLeadDetails, 'startDate' | 'durationWeeks' | 'effortPersonDays' | 'scope'>,
  coop: { need: Need | null; needNote: string | null },
  today: string,
): OfferDraft {
  const start = lead.startDate?.slice(0, 10);
  const hours = 40;
  return {
    availableFrom: start && /^\d{4}-\d{2}-\d{2}$/.test(start) && start > today ? start : today,
    hoursPerWeek: String(hours),
    capacityPersonDays: String(defaultCapacity(hours, lead)),
    need: coop.need ?? 'medium',
    needNote: coop.needNote ?? '',
    fit: '',
    role: lead.scope === 'single_coop' ? 'lead' : 'partner',
  };
}
