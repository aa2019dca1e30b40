/**
 * "Honesty is cheap": the interest form starts from what the co-op already
 * told the network — who knows the lead's technologies, who is free and from
 * when, their hours, the co-op's declared need — so answering takes seconds.
 * Pure: the lead, the co-op and its people in, the form's first values out.
 */
import type { Schemas } from '../../api/client.ts';
import { type Interest, type InterestRole, type Need, SENIORITIES } from './lead-api.ts';

type Person = Schemas['Person'];

export interface InterestDraft {
  availableFrom: string;
  hoursPerWeek: string;
  capacityPersonDays: string;
  need: Need;
  needNote: string;
  fit: string;
  role: InterestRole;
  proposedPeople: string[];
}

interface LeadFacts {
  profiles: Array<{
    count: number;
    technology: { slug: string; name: string };
    minSeniority: Person['skills'][number]['seniority'];
  }>;
  effortPersonDays: number | null;
  durationWeeks: number | null;
  scope: 'single_coop' | 'team' | 'consortium';
}

/** Hours in a working day, for turning hours per week into person-days. */
const HOURS_PER_DAY = 8;
/** A full-time week: with nobody proposed, hours are capped at this per person the lead asks for. */
const FULL_WEEK = 40;
/** When the lead gives no duration, capacity is counted over this many weeks. */
const DEFAULT_WEEKS = 12;
const rank = (s: Person['skills'][number]['seniority']) => SENIORITIES.indexOf(s);

/** The co-op's people who have a technology the lead needs at its minimum seniority, and which ones. */
export function relevantPeople(lead: LeadFacts, people: Person[]) {
  return people
    .map((p) => ({
      person: p,
      technologies: lead.profiles
        .filter((req) =>
          p.skills.some(
            (s) => s.technology.slug === req.technology.slug && rank(s.seniority) >= rank(req.minSeniority),
          ),
        )
        .map((req) => req.technology.name),
    }))
    .filter((x) => x.technologies.length > 0);
}

export function interestDefaults(
  lead: LeadFacts,
  coop: { need: Need | null; needNote: string | null },
  people: Person[],
  today: string,
  existing?: Interest,
): InterestDraft & { fitFacts: { people: string[]; technologies: string[] } } {
  const relevant = relevantPeople(lead, people);
  const fitFacts = {
    people: relevant.map((r) => r.person.name),
    technologies: [...new Set(relevant.flatMap((r) => r.technologies))],
  };
  if (existing && existing.status === 'active')
    return {
      availableFrom: existing.availableFrom.slice(0, 10),
      hoursPerWeek: String(existing.hoursPerWeek),
      capacityPersonDays: String(existing.capacityPersonDays),
      need: existing.need,
      needNote: existing.needNote,
      fit: existing.fit,
      role: existing.role,
      proposedPeople: existing.proposedPeople.map((p) => p.id),
      fitFacts,
    };
  const canWork = (p: Person) => p.availability !== 'busy';
  const proposed = relevant.map((r) => r.person).filter(canWork);
  // The team can start when the last proposed person is free; never before today.
  const from = [
    today,
    ...proposed.map((p) =>
      p.availability === 'could_be_free' && p.freeFrom ? p.freeFrom.slice(0, 10) : today,
    ),
  ]
    .sort()
    .at(-1) as string;
  const hoursOf = (list: Person[]) => list.reduce((n, p) => n + p.hoursPerWeek, 0);
  // Nobody proposed: the co-op's free hours, but never more than the lead's people working full time.
  const asked =
    Math.max(
      1,
      lead.profiles.reduce((n, p) => n + p.count, 0),
    ) * FULL_WEEK;
  const hours = hoursOf(proposed) || Math.min(hoursOf(people.filter(canWork)), asked) || HOURS_PER_DAY;
  const weeks = lead.durationWeeks ?? DEFAULT_WEEKS;
  let capacity = Math.max(1, Math.round((hours / HOURS_PER_DAY) * weeks));
  if (lead.effortPersonDays) capacity = Math.min(capacity, lead.effortPersonDays);
  return {
    availableFrom: from,
    hoursPerWeek: String(Math.min(hours, 4000)),
    capacityPersonDays: String(capacity),
    need: coop.need ?? 'medium',
    needNote: coop.needNote ?? '',
    fit: '',
    role: lead.scope === 'single_coop' ? 'lead' : 'partner',
    proposedPeople: proposed.map((p) => p.id),
    fitFacts,
  };
}
