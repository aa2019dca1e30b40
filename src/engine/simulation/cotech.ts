/**
 * A simulation network from CoTech directory records (already parsed from
 * their front matter). The directory says how many members a co-op has and
 * what it offers, but not its stage or need, so both are derived from size,
 * and the report says so.
 */
import type { Need, Stage } from '../vocabulary.ts';
import type { SimCoop, SimNetwork } from './simulation.types.ts';

/** The front-matter fields the simulator reads. */
export interface DirectoryRecord {
  slug: string;
  name?: unknown;
  members?: unknown;
  technologies?: unknown;
  services?: unknown;
}

/** Members assumed when the directory leaves the count blank: the size of most small CoTech co-ops. */
export const UNKNOWN_MEMBERS = 3;

export const DERIVATION_NOTE =
  'The CoTech directory has no stage or need: stage is derived from member count ' +
  '(up to 4 members: new; up to 10: growing; more: stable) and need from stage ' +
  `(new: high, growing: medium, stable: low). A blank member count is read as ${UNKNOWN_MEMBERS}. ` +
  'Skills are the technologies and services a co-op lists; people are synthesised from them.';

export function stageFromMembers(members: number): Stage {
  if (members <= 4) return 'new';
  if (members <= 10) return 'growing';
  return 'stable';
}

const NEED_BY_STAGE: Record<Stage, Need> = { new: 'high', growing: 'medium', stable: 'low' };

function slugs(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

export function coopFromDirectoryRecord(record: DirectoryRecord): SimCoop {
  const members = Number(record.members);
  const headcount = Number.isFinite(members) && members > 0 ? Math.round(members) : UNKNOWN_MEMBERS;
  const stage = stageFromMembers(headcount);
  // Services ("web-design", "hosting") are what a client asks for as much as
  // technologies are, and a third of the directory lists services only.
  const technologies = [...new Set([...slugs(record.technologies), ...slugs(record.services)])];
  return {
    id: record.slug,
    name: typeof record.name === 'string' && record.name !== '' ? record.name : record.slug,
    stage,
    need: NEED_BY_STAGE[stage],
    headcount,
    technologies,
  };
}

/** Records sorted by slug, so the network (and every seeded run on it) does not depend on file order. */
export function networkFromDirectory(records: readonly DirectoryRecord[]): SimNetwork {
  const sorted = records.slice().sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { coops: sorted.map(coopFromDirectoryRecord) };
}
