/**
 * The five allocation policies (and the production recommendation engine
 * under its default policy) on the real CoTech network, over 36 months,
 * with a fixed seed: prints the side-by-side table and the verdict against
 * best-fit-only, and writes the HTML report.
 *
 *   node bench/simulate-cotech.ts [coops-folder] [report.html]
 *
 * The folder defaults to the CoTech directory snapshot (one Markdown file per
 * co-op, YAML front matter); the report to bench/results/simulation.html.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DEFAULT_POLICY } from '../src/engine/allocation/allocation.types.ts';
import {
  DERIVATION_NOTE,
  type DirectoryRecord,
  networkFromDirectory,
} from '../src/engine/simulation/cotech.ts';
import { defaultPolicies } from '../src/engine/simulation/policies.ts';
import { renderReportHtml } from '../src/engine/simulation/report-html.ts';
import { simulate } from '../src/engine/simulation/simulate.ts';
import type { PolicySpec } from '../src/engine/simulation/simulation.types.ts';
import { describeVerdict, verdicts } from '../src/engine/simulation/verdict.ts';

const DEFAULT_FOLDER = resolve(import.meta.dirname, '../../shared/data/cotech-directory/coops');
const MONTHS = 36;
const SEED = 'minga-cotech-36';

const here = dirname(fileURLToPath(import.meta.url));
const folder = resolve(process.argv[2] ?? DEFAULT_FOLDER);
const output = resolve(process.argv[3] ?? join(here, 'results', 'simulation.html'));

function readRecords(dir: string): DirectoryRecord[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const fields: unknown = parse(frontMatter);
      return { ...(typeof fields === 'object' && fields !== null ? fields : {}), slug: file.slice(0, -3) };
    });
}

const network = networkFromDirectory(readRecords(folder));
// The five policies of the comparison, and the production engine under its default policy beside them.
const policies: PolicySpec[] = [
  ...defaultPolicies(),
  { kind: 'allocation-engine', label: 'Allocation engine, default policy', policy: DEFAULT_POLICY },
];
const started = performance.now();
const report = simulate(network, {
  seed: SEED,
  months: MONTHS,
  policies,
  onProgress: (policyIndex, month, months) => {
    if (month % 12 === 0) {
      process.stderr.write(`  ${policies[policyIndex]?.label}: month ${month}/${months}\n`);
    }
  },
});
const elapsed = performance.now() - started;

const stages = { new: 0, growing: 0, stable: 0 };
for (const coop of network.coops) stages[coop.stage]++;
console.log(
  `\n${network.coops.length} co-ops from ${folder} (${stages.new} new, ${stages.growing} growing, ${stages.stable} stable), ` +
    `${report.leads} leads over ${MONTHS} months, seed "${SEED}", ${elapsed.toFixed(0)} ms\n`,
);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
console.table(
  Object.fromEntries(
    report.policies.map((p) => [
      p.label,
      {
        Gini: p.gini.toFixed(3),
        'Gini/member': p.giniPerMember.toFixed(3),
        'to new': pct(p.shareToNew),
        'to high need': pct(p.shareToHighNeed),
        'mean fit': p.meanFit.toFixed(3),
        unfilled: `${p.unfilled} (${pct(p.unfilledShare)})`,
        'co-ops with work': p.coopsWithWork,
      },
    ]),
  ),
);

console.log('\nKeeps fit within 5% of best-fit-only while at least halving its Gini?');
for (const verdict of verdicts(report) ?? []) console.log(`  ${describeVerdict(verdict)}`);

mkdirSync(dirname(output), { recursive: true });
writeFileSync(
  output,
  renderReportHtml(report, {
    title: `Minga policy simulation: CoTech, ${MONTHS} months`,
    notes: [
      DERIVATION_NOTE,
      'Each lead goes to a single co-op that can staff every profile with people free that day; ' +
        'leads that only an inter-co-op team could staff count as unfilled, as team building is not simulated.',
    ],
  }),
);
console.log(`\nReport: ${output}`);
