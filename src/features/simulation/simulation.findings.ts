/**
 * What a run found, in words and tables, for the console and the report:
 * the verdict on Gini and on Gini per member, why leads go unfilled, and the
 * weight sweep. Every sentence is computed from the run; nothing is assumed.
 */
import { createRandom } from '../../engine/random.ts';
import { generateLeads } from '../../engine/simulation/leads.ts';
import type { SimulationReport } from '../../engine/simulation/simulation.types.ts';
import { escapeHtml } from '../../engine/simulation/svg-charts.ts';
import type { Judged } from './investigate.ts';

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '∞');

export interface UnfilledAnalysis {
  leads: number;
  unfilled: number;
  multiProfileUnfilled: number;
  multiProfileLeads: number;
}

/** Of the leads best-fit-only left unfilled, how many asked for more than one profile (a team's work). */
export function unfilledAnalysis(report: SimulationReport): UnfilledAnalysis | null {
  const base = report.policies.find((p) => p.kind === 'best-fit');
  if (!base) return null;
  // The same stream simulate() drew: same seed, same fork.
  const leads = generateLeads(report.leadStream, report.months, createRandom(report.seed).fork('leads'));
  const filled = new Set(base.assignments.map((a) => a.leadId));
  const multi = leads.filter((l) => l.profiles.length > 1 || l.profiles.some((p) => p.count > 1));
  return {
    leads: leads.length,
    unfilled: leads.filter((l) => !filled.has(l.id)).length,
    multiProfileLeads: multi.length,
    multiProfileUnfilled: multi.filter((l) => !filled.has(l.id)).length,
  };
}

export interface Findings {
  main: Judged[];
  sweep: Judged[];
  unfilled: UnfilledAnalysis | null;
}

export function findingLines(f: Findings): string[] {
  const passing = f.main.filter((j) => j.passes).map((j) => j.label);
  const perMember = f.main.filter((j) => j.passesPerMember).map((j) => j.label);
  const keeping = f.sweep.filter((j) => j.fitRatio >= 0.95 - 1e-12);
  const bestSweep = [...keeping].sort((a, b) => a.giniRatio - b.giniRatio)[0];
  const lines = [
    `Keeps fit within 5% of best-fit-only and at least halves its Gini: ${passing.length ? passing.join(', ') : 'none'}.`,
    `The same test on Gini per member: ${perMember.length ? perMember.join(', ') : 'none'}.`,
    `Weight sweep: ${f.sweep.filter((j) => j.passes).length} of ${f.sweep.length} settings pass; ` +
      (bestSweep
        ? `the lowest Gini that keeps fit is ${pct(bestSweep.giniRatio)} of best-fit-only (${bestSweep.label}).`
        : 'no setting keeps fit within 5%.'),
  ];
  if (f.unfilled)
    lines.push(
      `Best-fit-only leaves ${f.unfilled.unfilled} of ${f.unfilled.leads} leads unfilled; ${f.unfilled.multiProfileUnfilled} of them ask for more than one person, work a single co-op rarely staffs alone (inter-co-op teams are not simulated).`,
    );
  return lines;
}

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

export function findingsHtml(f: Findings): string {
  const judgedRows = (list: Judged[]) =>
    list.map((j) => [
      j.label,
      pct(j.fitRatio),
      pct(j.giniRatio),
      pct(j.giniPerMemberRatio),
      j.passes ? 'yes' : 'no',
      j.passesPerMember ? 'yes' : 'no',
    ]);
  const head = [
    'Policy',
    'Fit vs best fit',
    'Gini vs best fit',
    'Gini per member vs best fit',
    'Passes',
    'Passes per member',
  ];
  const sweep = [...f.sweep].sort(
    (a, b) => Number(b.fitRatio >= 0.95) - Number(a.fitRatio >= 0.95) || a.giniRatio - b.giniRatio,
  );
  return [
    '<h2>Findings</h2>',
    `<ul>${findingLines(f)
      .map((l) => `<li>${escapeHtml(l)}</li>`)
      .join('')}</ul>`,
    '<h3>Gini and Gini per member against best-fit-only</h3>',
    '<p class="note">Gini per member divides each co-op’s person-days by its people: large co-ops receiving more is then not counted as unfair.</p>',
    table(head, judgedRows(f.main)),
    '<h3>Weighted score: a sweep of its weights</h3>',
    '<p class="note">Every setting runs on the same leads and the same weeks as best-fit-only. Settings that keep fit within 5% come first, lowest Gini first.</p>',
    table(head, judgedRows(sweep)),
  ].join('\n');
}
