/**
 * The co-ops' own work, outside the network: each person alternates busy and
 * free spells, so who is available when a lead arrives changes over time even
 * before the network hands out any work. Drawn once per seed and shared by
 * every policy, so policies are compared on the same weeks.
 */
import type { Random } from '../random.ts';
import type { OwnWorkParams } from './simulation.types.ts';

export const DEFAULT_OWN_WORK: OwnWorkParams = { busyShare: 0.4, medianBusyDays: 60 };

/** Spread of spell lengths around their median (lognormal sigma). */
const SPELL_SIGMA = 0.6;

/** Busy intervals [start, end) in days, sorted and disjoint. */
export type BusySpells = Array<[number, number]>;

export function ownWorkSpells(params: OwnWorkParams, horizonDays: number, random: Random): BusySpells {
  const share = Math.min(Math.max(params.busyShare, 0), 1);
  if (share === 0) return [];
  if (share === 1) return [[0, horizonDays]];
  // Free spells get the median that makes busy time `share` of the whole in the long run.
  const medianFreeDays = (params.medianBusyDays * (1 - share)) / share;
  const spells: BusySpells = [];
  let busy = random.chance(share);
  // Start part-way through a spell, as the simulation opens on a network already at work.
  let day = -random.next() * (busy ? params.medianBusyDays : medianFreeDays);
  while (day < horizonDays) {
    const median = busy ? params.medianBusyDays : medianFreeDays;
    const length = Math.max(1, random.lognormal(Math.log(median), SPELL_SIGMA));
    if (busy) spells.push([Math.max(0, day), day + length]);
    day += length;
    busy = !busy;
  }
  return spells;
}

export function isBusyOn(spells: BusySpells, day: number): boolean {
  let lo = 0;
  let hi = spells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = spells[mid] as [number, number];
    if (day < start) hi = mid - 1;
    else if (day >= end) lo = mid + 1;
    else return true;
  }
  return false;
}
