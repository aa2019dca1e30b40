/**
 * The simulation report as one self-contained HTML page: the side-by-side
 * table, the verdict against best-fit-only, a bar chart per metric and a
 * Lorenz curve per policy. No scripts, no external files, every piece of text
 * escaped, so it can be mailed, archived or served as it is.
 */
import type { PolicyResult, SimulationReport } from './simulation.types.ts';
import { barChart, escapeHtml, lorenzChart, policyColour } from './svg-charts.ts';
import { DEFAULT_CRITERIA, type VerdictCriteria, verdicts } from './verdict.ts';

export interface ReportHtmlOptions {
  title?: string;
  /** Paragraphs shown under the title: where the network came from, what was assumed. */
  notes?: readonly string[];
  criteria?: VerdictCriteria;
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
const decimal = (x: number): string => x.toFixed(3);

interface Metric {
  title: string;
  value: (p: PolicyResult) => number;
  display: (p: PolicyResult) => string;
  max?: number;
}

const METRICS: Metric[] = [
  {
    title: 'Gini of person-days (lower is more even)',
    value: (p) => p.gini,
    display: (p) => decimal(p.gini),
    max: 1,
  },
  {
    title: 'Share of work to new co-ops',
    value: (p) => p.shareToNew,
    display: (p) => percent(p.shareToNew),
    max: 1,
  },
  { title: 'Mean fit of assignments', value: (p) => p.meanFit, display: (p) => decimal(p.meanFit), max: 1 },
  {
    title: 'Unfilled leads',
    value: (p) => p.unfilledShare,
    display: (p) => `${p.unfilled} (${percent(p.unfilledShare)})`,
    max: 1,
  },
];

function metricsTable(report: SimulationReport): string {
  const head = [
    'Policy',
    'Gini',
    'Gini per member',
    'To new co-ops',
    'To high-need co-ops',
    'Mean fit',
    'Filled',
    'Unfilled',
    'Person-days',
    'Co-ops with work',
  ];
  const rows = report.policies.map((p, i) =>
    [
      `<th scope="row"><span class="swatch" style="background:${policyColour(i)}"></span>${escapeHtml(p.label)}</th>`,
      decimal(p.gini),
      decimal(p.giniPerMember),
      percent(p.shareToNew),
      percent(p.shareToHighNeed),
      decimal(p.meanFit),
      String(p.filled),
      `${p.unfilled} (${percent(p.unfilledShare)})`,
      String(Math.round(p.personDays)),
      `${p.coopsWithWork} / ${report.coops.length}`,
    ]
      .map((cell, j) => (j === 0 ? cell : `<td>${escapeHtml(cell)}</td>`))
      .join(''),
  );
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r}</tr>`).join('')}</tbody></table>`;
}

/** Who received what: the table a member checks first ("did we get our share?"). */
function receivedTable(report: SimulationReport): string {
  const head = ['Co-op', 'Stage', 'Need', 'Members', ...report.policies.map((p) => p.label)];
  const rows = report.coops.map((c) =>
    [
      c.name,
      c.stage,
      c.need,
      String(c.headcount),
      ...report.policies.map((p) => String(Math.round(p.received[c.id] ?? 0))),
    ]
      .map((cell) => `<td>${escapeHtml(cell)}</td>`)
      .join(''),
  );
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r}</tr>`).join('')}</tbody></table>`;
}

function verdictSection(report: SimulationReport, criteria: VerdictCriteria): string {
  const judged = verdicts(report, criteria);
  const question = `Which policies keep mean fit within ${criteria.fitTolerance * 100}% of best-fit-only while bringing its Gini down to ${criteria.giniFactor * 100}% or less?`;
  if (!judged) {
    return `<h2>Verdict</h2><p>${escapeHtml(question)}</p><p>No best-fit-only run in this report, so there is nothing to compare against.</p>`;
  }
  const passing = judged.filter((v) => v.passes).map((v) => v.label);
  const answer = passing.length === 0 ? 'None of the policies does both.' : `Passing: ${passing.join(', ')}.`;
  const rows = judged.map((v) =>
    [
      v.label,
      percent(v.fitRatio),
      v.keepsFit ? 'yes' : 'no',
      percent(v.giniRatio),
      v.halvesGini ? 'yes' : 'no',
      v.extraUnfilled > 0 ? `+${v.extraUnfilled}` : String(v.extraUnfilled),
      v.passes ? 'passes' : 'fails',
    ]
      .map((cell) => `<td>${escapeHtml(cell)}</td>`)
      .join(''),
  );
  const head = [
    'Policy',
    'Fit vs best fit',
    'Fit kept',
    'Gini vs best fit',
    'Gini halved',
    'Unfilled vs best fit',
    'Verdict',
  ];
  return [
    '<h2>Verdict</h2>',
    `<p>${escapeHtml(question)} <strong>${escapeHtml(answer)}</strong></p>`,
    `<table><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r}</tr>`).join('')}</tbody></table>`,
    '<p class="note">Mean fit counts filled leads only: a policy that leaves hard leads unfilled can score a higher fit, so read it next to the unfilled column.</p>',
  ].join('');
}

const STYLE = [
  'body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem;color:#222}',
  'table{border-collapse:collapse;margin:1rem 0}',
  'th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:right}',
  'th[scope=row],thead th:first-child,td:first-child{text-align:left}',
  '.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.4rem;vertical-align:middle}',
  '.charts{display:flex;flex-wrap:wrap;gap:1.5rem}',
  'svg{font-size:12px;font-family:inherit}',
  '.note{color:#555;font-size:.9rem}',
].join('');

export function renderReportHtml(report: SimulationReport, options: ReportHtmlOptions = {}): string {
  const title = options.title ?? 'Minga policy simulation';
  const criteria = options.criteria ?? DEFAULT_CRITERIA;
  const stream = report.leadStream;
  const summary =
    `${report.coops.length} co-ops, ${report.months} months, ${report.leads} leads ` +
    `(about ${stream.leadsPerMonth.toFixed(1)} a month, ${stream.effortPersonDays.min}–${stream.effortPersonDays.max} person-days each), ` +
    `people busy with their co-op's own clients ${percent(report.ownWork.busyShare)} of the time, seed "${report.seed}".`;
  const bars = METRICS.map((m) =>
    barChart(
      m.title,
      report.policies.map((p) => ({ label: p.label, value: m.value(p), display: m.display(p) })),
      m.max,
    ),
  );
  const lorenz = report.policies.map((p, i) =>
    lorenzChart(`${p.label} (Gini ${decimal(p.gini)})`, p.lorenz, policyColour(i)),
  );
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(summary)}</p>`,
    ...(options.notes ?? []).map((n) => `<p class="note">${escapeHtml(n)}</p>`),
    '<h2>Policies side by side</h2>',
    metricsTable(report),
    verdictSection(report, criteria),
    '<h2>Metrics</h2>',
    `<div class="charts">${bars.join('')}</div>`,
    '<h2>Lorenz curves of person-days</h2>',
    '<p class="note">Co-ops sorted from least to most work; the further the curve sags below the dashed line of equality, the more concentrated the work.</p>',
    `<div class="charts">${lorenz.join('')}</div>`,
    '<h2>Person-days received per co-op</h2>',
    receivedTable(report),
    '</body></html>',
    '',
  ].join('\n');
}
