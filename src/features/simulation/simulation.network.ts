/**
 * Where `minga simulate` gets its network: the CoTech demo network (the
 * directory's co-ops with the demo's invented people and skills), a CoTech
 * directory folder (read by the directory import's own parser, people
 * synthesised from what each co-op lists), or Minga's database (co-ops,
 * people, skills, stage and need, past leads as the template of the stream,
 * and the network's current allocation policy).
 */
import { sql } from 'drizzle-orm';
import fixture from '../../../fixtures/cotech-demo.json' with { type: 'json' };
import type { DbOrTx } from '../../db/client.ts';
import type { AllocationPolicy } from '../../engine/allocation/allocation.types.ts';
import { coopFromDirectoryRecord } from '../../engine/simulation/cotech.ts';
import type { HistoricalLead, SimCoop, SimNetwork } from '../../engine/simulation/simulation.types.ts';
import type { Need, Seniority, Stage } from '../../engine/vocabulary.ts';
import { readCotechFolder } from '../directory-import/cotech.parse.ts';
import type { CoopRecord } from '../directory-import/directory.document.ts';

export interface LoadedNetwork {
  name: string;
  network: SimNetwork;
  /** Past leads, to draw the synthetic stream from; empty when the source has none. */
  history: HistoricalLead[];
  /** Months the history spans (its arrival rate is history.length / months). */
  historyMonths: number;
  /** The network's own policy, when the source has one. */
  policy: AllocationPolicy | null;
  notes: string[];
}

const bySlug = <T extends { id: string }>(list: T[]) =>
  list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The demo network Minga ships: CoTech's 25 co-ops with invented people (fixtures/cotech-demo.json). */
export function demoNetwork(): LoadedNetwork {
  const coops: SimCoop[] = fixture.coops.map((c) => ({
    id: c.slug,
    name: c.name,
    stage: c.stage as Stage,
    need: c.need as Need,
    headcount: c.people.length,
    technologies: [...c.technologies],
    people: c.people.map((p) => ({
      id: `${c.slug}/${p.key}`,
      expertise: p.skills.map((s) => ({
        technology: s.technology,
        seniority: s.seniority as Seniority,
        years: s.years,
      })),
    })),
  }));
  return {
    name: 'CoTech demo network',
    network: { coops: bySlug(coops) },
    history: [],
    historyMonths: 0,
    policy: null,
    notes: [
      'The CoTech demo network: the 25 co-ops of the CoTech directory with their technologies, stage and need as Minga imports them, and the demo’s invented people and skills (fixtures/cotech-demo.json).',
    ],
  };
}

/** A CoTech directory folder, read with the directory import's parser. */
export async function folderNetwork(dir: string, progress: (m: string) => void): Promise<LoadedNetwork> {
  const source = await readCotechFolder(dir, progress);
  if (source.errors.length && !source.records.some((r) => r.kind === 'coops'))
    throw new Error(source.errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
  const records = source.records
    .filter((r) => r.kind === 'coops' && r.errors.length === 0)
    .map((r) => r.data as CoopRecord)
    .map((c) =>
      coopFromDirectoryRecord({
        slug: c.slug,
        name: c.name,
        members: c.headcount,
        technologies: c.technologies,
        services: c.services,
      }),
    );
  return {
    name: `CoTech directory at ${dir}`,
    network: { coops: bySlug(records) },
    history: [],
    historyMonths: 0,
    policy: null,
    notes: [
      'Co-ops read from a CoTech directory folder. The directory has no stage, need or people: stage comes from the member count (up to 4 new, up to 10 growing, more stable), need from stage (new high, growing medium, stable low), a blank member count is read as 3, and people are synthesised from the technologies and services each co-op lists.',
    ],
  };
}

const list = (v: unknown): string[] =>
  Array.isArray(v)
    ? (v as string[])
    : typeof v === 'string'
      ? v.replace(/[{}]/g, '').split(',').filter(Boolean)
      : [];

/** Minga's own database: co-ops with their people and skills, past leads and the current policy. */
export async function databaseNetwork(db: DbOrTx, now = new Date()): Promise<LoadedNetwork> {
  const coopRows = await db.execute<{
    id: string;
    slug: string;
    name: string;
    stage: Stage;
    need: Need;
    headcount: number | null;
    technologies: unknown;
  }>(sql`
    select c.id, c.slug, c.name, c.stage, c.need, c.headcount,
      array(select t.slug from coop_terms x join terms t on t.id = x.term_id where x.coop_id = c.id order by t.slug) as technologies
    from coops c order by c.slug`);
  const skillRows = await db.execute<{
    coop_id: string;
    person_id: string;
    technology: string | null;
    seniority: Seniority | null;
    years: number | null;
  }>(sql`
    select p.coop_id, p.id as person_id, t.slug as technology, s.seniority, s.years
    from people p left join person_skills s on s.person_id = p.id left join terms t on t.id = s.term_id
    order by p.coop_id, p.id, t.slug`);
  const people = new Map<
    string,
    Map<string, SimCoop['people'] extends (infer P)[] | undefined ? P : never>
  >();
  for (const r of skillRows.rows) {
    const inCoop = people.get(r.coop_id) ?? new Map();
    people.set(r.coop_id, inCoop);
    const person = inCoop.get(r.person_id) ?? { id: r.person_id, expertise: [] };
    inCoop.set(r.person_id, person);
    if (r.technology && r.seniority)
      person.expertise.push({
        technology: r.technology,
        seniority: r.seniority,
        years: Number(r.years ?? 0),
      });
  }
  const coops: SimCoop[] = coopRows.rows.map((c) => {
    const own = [...(people.get(c.id)?.values() ?? [])];
    return {
      id: c.slug,
      name: c.name,
      stage: c.stage,
      need: c.need,
      headcount: own.length > 0 ? own.length : (c.headcount ?? 0),
      technologies: list(c.technologies),
      ...(own.length > 0 ? { people: own } : {}),
    };
  });

  const leadRows = await db.execute<{
    id: string;
    effort: number | null;
    published_at: unknown;
    profiles: unknown;
  }>(sql`
    select l.id, l.effort_person_days as effort, l.published_at,
      coalesce((select json_agg(json_build_object('technology', t.slug, 'minSeniority', p.min_seniority, 'count', p.count) order by p.position)
        from lead_profiles p join terms t on t.id = p.technology_id where p.lead_id = l.id), '[]') as profiles
    from leads l where l.published_at is not null and l.merged_into_id is null`);
  const history: HistoricalLead[] = leadRows.rows.flatMap((l) => {
    const profiles = (
      typeof l.profiles === 'string' ? JSON.parse(l.profiles) : l.profiles
    ) as HistoricalLead['profiles'];
    return profiles.length > 0 && l.effort ? [{ profiles, effortPersonDays: Number(l.effort) }] : [];
  });
  const first = leadRows.rows.reduce<number>(
    (m, l) => Math.min(m, new Date(String(l.published_at)).getTime()),
    now.getTime(),
  );
  const historyMonths = Math.max(1, (now.getTime() - first) / (30 * 86_400_000));

  const policyRows = await db.execute<Record<string, unknown>>(
    sql`select * from allocation_policies order by version desc limit 1`,
  );
  const p = policyRows.rows[0];
  const policy: AllocationPolicy | null = p
    ? {
        version: Number(p.version),
        method: p.method as AllocationPolicy['method'],
        weights: (typeof p.weights === 'string'
          ? JSON.parse(p.weights)
          : p.weights) as AllocationPolicy['weights'],
        fitThreshold: Number(p.fit_threshold),
        newCoopBoost: Number(p.new_coop_boost),
        entitlement: p.entitlement as AllocationPolicy['entitlement'],
        fairnessMeasure: p.fairness_measure as AllocationPolicy['fairnessMeasure'],
        fairnessWindowDays: Number(p.fairness_window_days),
        mandatoryProfiles: Boolean(p.mandatory_profiles),
      }
    : null;
  return {
    name: 'this Minga network',
    network: { coops },
    history,
    historyMonths,
    policy,
    notes: [
      `Co-ops, people and skills from the database (${coops.length} co-ops). ` +
        (history.length > 0
          ? `The lead stream resamples ${history.length} past leads (sizes and profiles) at their arrival rate over ${historyMonths.toFixed(1)} months.`
          : 'No past leads with profiles and effort: the stream is drawn from the co-ops’ technologies.'),
    ],
  };
}
