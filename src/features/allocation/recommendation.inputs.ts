/**
 * Gathers from the database everything `recommend()` needs for one lead: its
 * required profiles, every active interest with the proposed people's
 * expertise and languages, each co-op's stage, headcount, occupancy and the
 * work it received in the policy's window, and the network's totals. The
 * result is plain data, stored with the recommendation so it can be recomputed.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { RecommendationInputs } from '../../db/schema/allocation.ts';
import { coops, people, personSkills, terms } from '../../db/schema/directory.ts';
import { leadInterests } from '../../db/schema/leads.ts';
import type { AllocationPolicy, ProposedPerson } from '../../engine/allocation/allocation.types.ts';
import { resolveSeed } from '../../engine/allocation/recommend.ts';
import type { LeadRecord } from '../leads/lead.queries.ts';
import { networkFigures, receivedByCoop } from './ledger.queries.ts';

const DAY = 86_400_000;

/** The window ends at the close of `today` (UTC) and reaches back the policy's number of days. */
export function fairnessWindow(today: string, days: number) {
  const to = new Date(Date.parse(`${today}T00:00:00Z`) + DAY);
  return { from: new Date(to.getTime() - days * DAY), to };
}

async function proposedPeople(db: DbOrTx, ids: string[]): Promise<Map<string, ProposedPerson>> {
  if (ids.length === 0) return new Map();
  const [rows, skills] = await Promise.all([
    db.select({ id: people.id, languages: people.languages }).from(people).where(inArray(people.id, ids)),
    db
      .select({
        personId: personSkills.personId,
        technology: terms.slug,
        seniority: personSkills.seniority,
        years: personSkills.years,
      })
      .from(personSkills)
      .innerJoin(terms, eq(terms.id, personSkills.termId))
      .where(inArray(personSkills.personId, ids))
      .orderBy(asc(personSkills.personId), asc(terms.slug)),
  ]);
  const out = new Map<string, ProposedPerson>(
    rows.map((r) => [r.id, { id: r.id, expertise: [], languages: [...r.languages] }]),
  );
  for (const s of skills)
    out.get(s.personId)?.expertise.push({ technology: s.technology, seniority: s.seniority, years: s.years });
  return out;
}

export async function buildInputs(
  db: DbOrTx,
  lead: LeadRecord,
  policy: AllocationPolicy,
  today: string,
  seed: string | undefined,
): Promise<RecommendationInputs> {
  const interests = await db
    .select({
      coopId: leadInterests.coopId,
      coopName: coops.name,
      stage: coops.stage,
      headcount: coops.headcount,
      peopleTotal: coops.peopleTotal,
      peopleFree: coops.peopleFree,
      need: leadInterests.need,
      availableFrom: leadInterests.availableFrom,
      capacityPersonDays: leadInterests.capacityPersonDays,
      proposedPeople: leadInterests.proposedPeople,
    })
    .from(leadInterests)
    .innerJoin(coops, eq(coops.id, leadInterests.coopId))
    .where(and(eq(leadInterests.leadId, lead.id), isNull(leadInterests.withdrawnAt)))
    .orderBy(asc(coops.name), asc(coops.id));
  const { from, to } = fairnessWindow(today, policy.fairnessWindowDays);
  const [persons, received, network] = await Promise.all([
    proposedPeople(db, [...new Set(interests.flatMap((i) => i.proposedPeople))]),
    receivedByCoop(
      db,
      interests.map((i) => i.coopId),
      from,
      to,
    ),
    networkFigures(db, from, to),
  ]);
  // Money received is left out unless the policy measures by it: inputs are shown to members.
  const byValue = policy.fairnessMeasure === 'value';
  return {
    lead: {
      id: lead.id,
      requiredProfiles: lead.profiles.map((p) => ({
        technology: p.technology.slug,
        minSeniority: p.minSeniority,
        count: p.count,
      })),
      languages: [...lead.languages],
      startDate: lead.startDate,
      effortPersonDays: lead.effortPersonDays,
    },
    interests: interests.map((i) => ({
      coopId: i.coopId,
      coopName: i.coopName,
      stage: i.stage,
      headcount: i.headcount ?? i.peopleTotal,
      declaredNeed: i.need,
      occupancy: i.peopleTotal > 0 ? 1 - Math.min(i.peopleFree, i.peopleTotal) / i.peopleTotal : 0,
      availableFrom: i.availableFrom,
      capacityPersonDays: i.capacityPersonDays,
      proposedPeople: i.proposedPeople.flatMap((id) => {
        const p = persons.get(id);
        return p ? [p] : [];
      }),
      receivedPersonDaysInWindow: received.get(i.coopId)?.personDays ?? 0,
      receivedValueInWindow: byValue ? (received.get(i.coopId)?.value ?? 0) : 0,
    })),
    policy,
    context: {
      today,
      seed: resolveSeed(lead.id, today, seed),
      networkTotals: {
        coopCount: Math.max(1, network.coopCount),
        headcount: network.headcount,
        receivedPersonDaysInWindow: network.personDays,
        receivedValueInWindow: byValue ? network.value : 0,
      },
    },
  };
}
