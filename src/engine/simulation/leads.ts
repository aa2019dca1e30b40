/**
 * The synthetic lead stream: how many leads arrive each month, what they ask
 * for and how big they are. Drawn either from a network's own history (past
 * leads resampled as templates) or from parameters whose defaults come from
 * the network itself (technologies weighted by how many co-ops offer them).
 */
import type { Random } from '../random.ts';
import { type ProfileRequirement, SENIORITIES, type Seniority } from '../vocabulary.ts';
import type { HistoricalLead, LeadStreamParams, SimLead, SimNetwork } from './simulation.types.ts';

/** The simulator's month: long enough to be a month, regular enough to index by. */
export const DAYS_PER_MONTH = 30;

/**
 * Defaults sized on what CoTech-like networks report: about six leads a month
 * for 25 co-ops, most asking for one or two profiles, a median of 35
 * person-days within 10–120.
 */
export function defaultLeadStream(network: SimNetwork): LeadStreamParams {
  const technologyWeights: Record<string, number> = {};
  for (const coop of network.coops) {
    for (const tech of new Set(coop.technologies)) {
      technologyWeights[tech] = (technologyWeights[tech] ?? 0) + 1;
    }
  }
  return {
    leadsPerMonth: 0.24 * network.coops.length,
    technologyWeights,
    bundles: network.coops.map((c) => [...new Set(c.technologies)]).filter((b) => b.length > 1),
    profilesPerLeadWeights: [0.5, 0.3, 0.15, 0.05],
    peoplePerProfileWeights: [0.85, 0.15],
    seniorityWeights: [0.15, 0.35, 0.35, 0.15],
    effortPersonDays: { median: 35, sigma: 0.7, min: 10, max: 120 },
  };
}

/**
 * Parameters that replay a network's past: the same arrival rate, the same
 * technologies in the same proportions, and the past leads themselves as
 * templates for sizes and profiles.
 */
export function leadStreamFromHistory(
  history: readonly HistoricalLead[],
  months: number,
  fallback: LeadStreamParams,
): LeadStreamParams {
  if (history.length === 0 || months <= 0) return fallback;
  const technologyWeights: Record<string, number> = {};
  for (const lead of history) {
    for (const p of lead.profiles) {
      technologyWeights[p.technology] = (technologyWeights[p.technology] ?? 0) + p.count;
    }
  }
  return {
    ...fallback,
    leadsPerMonth: history.length / months,
    technologyWeights,
    templates: history.map((lead) => ({ ...lead, profiles: lead.profiles.map((p) => ({ ...p })) })),
  };
}

function drawEffort(params: LeadStreamParams, random: Random): number {
  const { median, sigma, min, max } = params.effortPersonDays;
  const effort = random.lognormal(Math.log(median), sigma);
  return Math.round(Math.min(max, Math.max(min, effort)));
}

/** 1-based count drawn from weights over 1, 2, 3 … */
function drawCount(weights: readonly number[], random: Random): number {
  return random.weightedPick(
    weights.map((_, i) => i + 1),
    weights,
  );
}

/** The technologies later profiles may use: a random bundle holding the first, or all of them. */
function companions(params: LeadStreamParams, first: string, random: Random): string[] {
  const holding = (params.bundles ?? []).filter((b) => b.includes(first));
  if (holding.length === 0) return Object.keys(params.technologyWeights);
  return random.pick(holding);
}

function drawProfiles(params: LeadStreamParams, random: Random): ProfileRequirement[] {
  const weightOf = (t: string): number => params.technologyWeights[t] ?? 0;
  const techs = Object.keys(params.technologyWeights).filter((t) => weightOf(t) > 0);
  if (techs.length === 0) return [];
  const first = random.weightedPick(techs, techs.map(weightOf));
  const pool = companions(params, first, random).filter((t) => weightOf(t) > 0 && t !== first);
  const wanted = Math.min(pool.length + 1, drawCount(params.profilesPerLeadWeights, random));
  const chosen: string[] = [first];
  // Distinct technologies per lead; a handful of redraws is plenty because the
  // weights are spread over dozens of technologies.
  for (let attempt = 0; chosen.length < wanted && attempt < wanted * 20; attempt++) {
    const tech = random.weightedPick(pool, pool.map(weightOf));
    if (!chosen.includes(tech)) chosen.push(tech);
  }
  return chosen.map((technology) => ({
    technology,
    minSeniority: random.weightedPick(SENIORITIES, params.seniorityWeights) as Seniority,
    count: drawCount(params.peoplePerProfileWeights, random),
  }));
}

/** Every lead of `months` months, in arrival order. */
export function generateLeads(params: LeadStreamParams, months: number, random: Random): SimLead[] {
  const leads: SimLead[] = [];
  for (let month = 0; month < months; month++) {
    const arrivals = random.poisson(params.leadsPerMonth);
    const days = Array.from({ length: arrivals }, () => month * DAYS_PER_MONTH + random.int(DAYS_PER_MONTH));
    days.sort((a, b) => a - b);
    for (const day of days) {
      const id = `lead-${leads.length + 1}`;
      const templates = params.templates;
      if (templates && templates.length > 0) {
        const template = random.pick(templates);
        // Resampled sizes vary a little, as two similar projects never cost the same.
        const jitter = random.lognormal(0, 0.2);
        const { min, max } = params.effortPersonDays;
        const effort = Math.round(Math.min(max, Math.max(min, template.effortPersonDays * jitter)));
        leads.push({ id, day, profiles: template.profiles.map((p) => ({ ...p })), effortPersonDays: effort });
      } else {
        const profiles = drawProfiles(params, random);
        if (profiles.length > 0) {
          leads.push({ id, day, profiles, effortPersonDays: drawEffort(params, random) });
        }
      }
    }
  }
  return leads;
}
