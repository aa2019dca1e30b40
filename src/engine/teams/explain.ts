/**
 * Turns a scored team into what people read: co-ops with their roles and
 * people, the gaps, and one short paragraph in English and Spanish saying
 * who does what, how well it fits, how much trust backs it, who it feeds,
 * and how sure the engine is that nothing better exists.
 */
import type { ScoredTeam } from './team-score.ts';
import type { TeamModel } from './teams.model.ts';
import { EN, ES, type MethodNote, type TeamWords } from './teams.phrases.ts';
import type { TeamCoop, TeamGap, TeamProposal } from './teams.types.ts';

/** Co-ops of the team, coordinator first, then by people brought; `extra` lists chosen co-ops that fill nothing. */
function teamCoops(model: TeamModel, team: ScoredTeam, extra: readonly number[]): TeamCoop[] {
  const covers = new Map<number, number[]>();
  for (const i of team.pairs) {
    const { person, req } = model.pairs[i]!;
    covers.set(person, [...(covers.get(person) ?? []), req]);
  }
  const byCoop = new Map<number, TeamCoop>();
  for (const c of [...team.coops, ...extra.filter((c) => !team.coops.includes(c))]) {
    const coop = model.coops[c]!;
    byCoop.set(c, {
      coopId: coop.coopId,
      name: coop.name,
      role: c === team.coordinator ? 'coordinator' : 'partner',
      people: [],
    });
  }
  for (const [p, reqs] of covers) {
    const { coop, person } = model.people[p]!;
    byCoop
      .get(coop)!
      .people.push({ personId: person.id, name: person.name, covers: reqs.sort((a, b) => a - b) });
  }
  return [...byCoop.values()].sort(
    (a, b) =>
      Number(b.role === 'coordinator') - Number(a.role === 'coordinator') ||
      b.people.length - a.people.length,
  );
}

function paragraph(
  words: TeamWords,
  model: TeamModel,
  team: ScoredTeam,
  coops: TeamCoop[],
  gaps: TeamGap[],
  note: MethodNote,
  language: 'en' | 'es',
): string {
  const used = coops.filter((c) => c.people.length > 0);
  const sentences: string[] = [];
  let opening = `${words.coopCount(used.length)} ${words.covers(team.covered, model.roles)}`;
  if (gaps.length > 0) opening += `. ${words.missing}: ${gaps.map((g) => g.reason[language]).join('; ')}`;
  sentences.push(opening);
  if (used.length > 0) {
    sentences.push(
      used
        .map((c) =>
          c.role === 'coordinator'
            ? words.coordinatesWith(c.name, c.people.length)
            : words.bringsPeople(c.name, c.people.length),
        )
        .join('; '),
    );
  }
  const k = team.coops.length;
  const facts = [words.fit(team.components.fit)];
  if (k === 1) facts.push(words.singleCoop);
  else if (k > 1) facts.push(words.trust(k - 1 - (1 - team.components.trust) * model.linkDenominator, k - 1));
  const owed = team.coops.filter((c) => model.coops[c]!.ledgerShare < 1);
  const fresh = owed.filter((c) => model.coops[c]!.stage === 'new').length;
  if (owed.length > 0) facts.push(words.owed(owed.length, fresh));
  sentences.push(facts.join('; '));
  sentences.push(`${words.score(team.score)}: ${words.method(note)}`);
  return sentences.map((s) => (s.endsWith('.') ? s : `${s}.`)).join(' ');
}

export function presentTeam(
  model: TeamModel,
  team: ScoredTeam,
  gaps: TeamGap[],
  note: MethodNote,
  extraCoops: readonly number[] = [],
): TeamProposal {
  const coops = teamCoops(model, team, extraCoops);
  return {
    coops,
    score: team.score,
    components: team.components,
    coverage: { filled: team.covered, required: model.roles },
    gaps,
    explanation: {
      en: paragraph(EN, model, team, coops, gaps, note, 'en'),
      es: paragraph(ES, model, team, coops, gaps, note, 'es'),
    },
  };
}
