/**
 * Pure rules of a team record: its composition (one coordinator, distinct
 * co-ops and people, work and money shares each adding up to 1), its status
 * lifecycle, and how an amount splits by shares without losing a cent.
 */
import type { TEAM_ROLES, TEAM_STATUSES } from '../../db/schema/teams.ts';
import type { FieldError } from '../../http/problem.ts';

export type TeamStatus = (typeof TEAM_STATUSES)[number];
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface MemberInput {
  coopId: string;
  role: TeamRole;
  shareWork?: number | undefined;
  shareMoney?: number | undefined;
  people?: ReadonlyArray<{ personId: string; covers?: string | undefined }> | undefined;
}

/** Shares are stored with six decimals; a sum within this of 1 is 1. */
export const SHARE_TOLERANCE = 1e-5;

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** n equal shares with six decimals that add up to exactly 1 (the first takes the remainder). */
export function evenShares(n: number): number[] {
  if (n <= 0) return [];
  const each = Math.floor(1e6 / n) / 1e6;
  return [round6(1 - each * (n - 1)), ...Array.from({ length: n - 1 }, () => each)];
}

/** Fills absent shares with an even split; shares given for some members only are an error, reported by check. */
export function withShares<T extends MemberInput>(
  members: readonly T[],
): Array<T & { shareWork: number; shareMoney: number }> {
  const even = evenShares(members.length);
  const fill = (key: 'shareWork' | 'shareMoney') => members.every((m) => m[key] === undefined);
  const [work, money] = [fill('shareWork'), fill('shareMoney')];
  return members.map((m, i) => ({
    ...m,
    shareWork: work ? even[i]! : (m.shareWork ?? Number.NaN),
    shareMoney: money ? even[i]! : (m.shareMoney ?? Number.NaN),
  }));
}

const err = (field: string, detail: string, pointer = field.replaceAll('.', '/')): FieldError => ({
  pointer: `#/json/${pointer}`,
  field,
  detail,
});

/** Everything wrong with a composition, as field errors; empty when it is sound. */
export function compositionErrors(
  members: ReadonlyArray<MemberInput & { shareWork: number; shareMoney: number }>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (members.length === 0) return [err('members', 'A team needs at least one co-op.')];
  const coordinators = members.filter((m) => m.role === 'coordinator').length;
  if (coordinators !== 1)
    errors.push(err('members', `Name exactly one coordinating co-op (${coordinators} named).`));
  const seenCoops = new Set<string>();
  const seenPeople = new Set<string>();
  members.forEach((m, i) => {
    if (seenCoops.has(m.coopId))
      errors.push(err(`members.${i}.coopId`, 'This co-op is already in the team.'));
    seenCoops.add(m.coopId);
    for (const key of ['shareWork', 'shareMoney'] as const) {
      const v = m[key];
      if (!Number.isFinite(v)) errors.push(err(`members.${i}.${key}`, 'Give every co-op a share, or none.'));
      else if (v < 0 || v > 1) errors.push(err(`members.${i}.${key}`, 'A share lies between 0 and 1.'));
    }
    (m.people ?? []).forEach((p, j) => {
      if (seenPeople.has(p.personId))
        errors.push(err(`members.${i}.people.${j}.personId`, 'This person is already in the team.'));
      seenPeople.add(p.personId);
    });
  });
  for (const key of ['shareWork', 'shareMoney'] as const) {
    const sum = members.reduce((s, m) => s + m[key], 0);
    if (Number.isFinite(sum) && Math.abs(sum - 1) > SHARE_TOLERANCE)
      errors.push(
        err(
          `members.${key}`,
          `The ${key === 'shareWork' ? 'work' : 'money'} shares add up to ${round6(sum)}, not 1.`,
          'members',
        ),
      );
  }
  return errors;
}

/** Who may move a team from which status to which. */
export const TEAM_TRANSITIONS: Readonly<Record<TeamStatus, readonly TeamStatus[]>> = {
  forming: ['active', 'dissolved'],
  active: ['delivered', 'dissolved'],
  delivered: [],
  dissolved: [],
};

export function canMoveTeam(from: TeamStatus, to: TeamStatus): boolean {
  return from === to || TEAM_TRANSITIONS[from].includes(to);
}

/**
 * Splits an amount by shares, rounded to `decimals`, so that the parts add up
 * to the amount exactly (largest remainders take the leftover units).
 */
export function splitByShares(total: number, shares: readonly number[], decimals = 2): number[] {
  const unit = 10 ** decimals;
  const units = Math.round(total * unit);
  const sum = shares.reduce((a, b) => a + b, 0);
  if (shares.length === 0 || sum <= 0) return shares.map(() => 0);
  const exact = shares.map((s) => (units * s) / sum);
  const floors = exact.map((x) => Math.floor(x));
  let left = units - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors.map((u) => u / unit);
}
