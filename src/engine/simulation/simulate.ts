/**
 * The policy simulator: one synthetic lead stream replayed against a network
 * for N months under several allocation policies, with people becoming busy
 * for the duration of the work they take. Every policy sees the same leads,
 * the same own-work weeks and the same order of interest, so differences in
 * the report come from the policies alone.
 */
import { gini, lorenzCurve, shareTo } from '../fairness/inequality.ts';
import { createRandom, type Random } from '../random.ts';
import { chooseWithEngine } from './allocation-adapter.ts';
import { DAYS_PER_MONTH, defaultLeadStream, generateLeads } from './leads.ts';
import { type BusySpells, DEFAULT_OWN_WORK, isBusyOn, ownWorkSpells } from './own-work.ts';
import { peopleOf } from './people.ts';
import { type Candidate, choose, entitlementShares } from './policies.ts';
import type {
  Assignment,
  PolicyResult,
  PolicySpec,
  SimLead,
  SimNetwork,
  SimPerson,
  SimulationOptions,
  SimulationReport,
} from './simulation.types.ts';
import { staffLead } from './staffing.ts';

/** Calendar days per working day: five working days a week. */
const CALENDAR_PER_WORKING_DAY = 7 / 5;

/** What every policy run shares: drawn once per seed. */
interface World {
  network: SimNetwork;
  people: SimPerson[][];
  ownBusy: Map<string, BusySpells>;
  leads: SimLead[];
  months: number;
  /** Per lead: co-op indices in the order they answered, and the lead's own random stream. */
  interest: Map<string, { order: number[]; seedLabel: string }>;
  random: Random;
  seed: string;
  headcount: number;
}

/** Days the assigned people are taken: the effort shared by the team, at five working days a week. */
export function workDurationDays(effortPersonDays: number, teamSize: number): number {
  return Math.max(1, Math.ceil((effortPersonDays / Math.max(1, teamSize)) * CALENDAR_PER_WORKING_DAY));
}

function runPolicy(
  world: World,
  policy: PolicySpec,
  onMonth: (month: number) => void,
): Omit<PolicyResult, 'label' | 'kind'> {
  const { network, people, ownBusy, leads, months } = world;
  const coops = network.coops;
  const entitlement = entitlementShares(coops, 'entitlement' in policy ? policy.entitlement : 'equal');
  const busyUntil = new Map<string, number>();
  const received = coops.map(() => 0);
  let totalReceived = 0;
  const assignments: Assignment[] = [];
  let unfilled = 0;
  let next = 0;

  for (let month = 1; month <= months; month++) {
    const monthEnd = month * DAYS_PER_MONTH;
    for (; next < leads.length && (leads[next] as SimLead).day < monthEnd; next++) {
      const lead = leads[next] as SimLead;
      const isFree = (p: SimPerson): boolean =>
        (busyUntil.get(p.id) ?? 0) <= lead.day && !isBusyOn(ownBusy.get(p.id) ?? [], lead.day);
      const interest = world.interest.get(lead.id);
      const candidates: Candidate[] = [];
      for (const index of interest?.order ?? []) {
        const coop = coops[index];
        const own = people[index] ?? [];
        if (!coop || own.length === 0) continue;
        const staffing = staffLead(own, isFree, lead.profiles);
        if (!staffing) continue;
        candidates.push({
          coop,
          staffing,
          availability: own.filter(isFree).length / own.length,
          received: received[index] ?? 0,
          entitlement: entitlement[index] ?? 0,
        });
      }
      const seedLabel = interest?.seedLabel ?? lead.id;
      const chosen =
        policy.kind === 'allocation-engine'
          ? chooseWithEngine(policy.policy, {
              lead,
              candidates,
              peopleOf: (coopId) => people[coops.findIndex((c) => c.id === coopId)] ?? [],
              totalReceived,
              coopCount: coops.length,
              headcount: world.headcount,
              seed: `${world.seed}:${seedLabel}`,
            })
          : choose(policy, { candidates, totalReceived, random: world.random.fork(seedLabel) });
      if (!chosen) {
        unfilled++;
        continue;
      }
      const index = coops.indexOf(chosen.coop);
      const until = lead.day + workDurationDays(lead.effortPersonDays, chosen.staffing.personIds.length);
      for (const id of chosen.staffing.personIds) busyUntil.set(id, until);
      received[index] = (received[index] ?? 0) + lead.effortPersonDays;
      totalReceived += lead.effortPersonDays;
      assignments.push({
        leadId: lead.id,
        coopId: chosen.coop.id,
        day: lead.day,
        personDays: lead.effortPersonDays,
        fit: chosen.staffing.fit,
      });
    }
    onMonth(month);
  }

  const work = new Map(coops.map((c, i) => [c.id, received[i] ?? 0]));
  const staffed = coops.map((_, i) => i).filter((i) => (people[i]?.length ?? 0) > 0);
  const perMember = staffed.map((i) => (received[i] ?? 0) / (people[i]?.length ?? 1));
  const total = leads.length;
  return {
    gini: gini(received),
    giniPerMember: gini(perMember),
    shareToNew: shareTo(
      work,
      coops.filter((c) => c.stage === 'new').map((c) => c.id),
    ),
    shareToHighNeed: shareTo(
      work,
      coops.filter((c) => c.need === 'high').map((c) => c.id),
    ),
    meanFit: assignments.length === 0 ? 0 : assignments.reduce((s, a) => s + a.fit, 0) / assignments.length,
    filled: assignments.length,
    unfilled,
    unfilledShare: total === 0 ? 0 : unfilled / total,
    personDays: totalReceived,
    coopsWithWork: received.filter((r) => r > 0).length,
    received: Object.fromEntries(work),
    lorenz: lorenzCurve(received),
    assignments,
  };
}

export function simulate(network: SimNetwork, options: SimulationOptions): SimulationReport {
  const months = Math.max(0, Math.floor(options.months));
  const random = createRandom(options.seed);
  const leadStream = { ...defaultLeadStream(network), ...options.leadStream };
  const ownWork = { ...DEFAULT_OWN_WORK, ...options.ownWork };
  const leads = generateLeads(leadStream, months, random.fork('leads'));
  const people = network.coops.map(peopleOf);
  const horizon = months * DAYS_PER_MONTH + 1;
  const ownBusy = new Map<string, BusySpells>();
  for (const person of people.flat()) {
    ownBusy.set(person.id, ownWorkSpells(ownWork, horizon, random.fork(`own-work:${person.id}`)));
  }
  const indices = network.coops.map((_, i) => i);
  const interest = new Map(
    leads.map((lead) => [
      lead.id,
      // Who answers first is a matter of chance: who read the message that day.
      { order: random.fork(`interest:${lead.id}`).shuffle(indices), seedLabel: `choice:${lead.id}` },
    ]),
  );
  const headcount = network.coops.reduce((sum, c) => sum + Math.max(0, c.headcount), 0);
  const world: World = {
    network,
    people,
    ownBusy,
    leads,
    months,
    interest,
    random,
    seed: options.seed,
    headcount,
  };

  const policies = options.policies.map((policy, policyIndex) => ({
    label: policy.label,
    kind: policy.kind,
    ...runPolicy(world, policy, (month) => options.onProgress?.(policyIndex, month, months)),
  }));

  return {
    seed: options.seed,
    months,
    leads: leads.length,
    coops: network.coops.map(({ id, name, stage, need, headcount }) => ({
      id,
      name,
      stage,
      need,
      headcount,
    })),
    leadStream,
    ownWork,
    policies,
  };
}
