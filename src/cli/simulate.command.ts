/**
 * `minga simulate`: replays a synthetic lead stream against a network under
 * every allocation policy, prints the side-by-side table and the findings,
 * and writes the HTML report. Deterministic for a seed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/open.ts';
import { DEFAULT_POLICY } from '../engine/allocation/allocation.types.ts';
import { defaultLeadStream, leadStreamFromHistory } from '../engine/simulation/leads.ts';
import { defaultPolicies } from '../engine/simulation/policies.ts';
import { renderReportHtml } from '../engine/simulation/report-html.ts';
import { simulate } from '../engine/simulation/simulate.ts';
import type { LeadStreamParams, PolicySpec } from '../engine/simulation/simulation.types.ts';
import { judgeAll, weightSweep } from '../features/simulation/investigate.ts';
import { findingLines, findingsHtml, unfilledAnalysis } from '../features/simulation/simulation.findings.ts';
import {
  databaseNetwork,
  demoNetwork,
  folderNetwork,
  type LoadedNetwork,
} from '../features/simulation/simulation.network.ts';
import { createLogger } from '../lib/log.ts';
import { type Command, UsageError } from './cli.ts';

function positiveNumber(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number, got "${value}".`);
  return n;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The side-by-side table, as fixed-width text: the same seed prints the same bytes. */
export function policyTable(
  rows: Array<{
    label: string;
    gini: number;
    giniPerMember: number;
    shareToNew: number;
    meanFit: number;
    unfilled: number;
    unfilledShare: number;
  }>,
): string {
  const head = ['Policy', 'Gini', 'Gini/member', 'To new', 'Mean fit', 'Unfilled'];
  const body = rows.map((p) => [
    p.label,
    p.gini.toFixed(3),
    p.giniPerMember.toFixed(3),
    pct(p.shareToNew),
    p.meanFit.toFixed(3),
    `${p.unfilled} (${pct(p.unfilledShare)})`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function loadNetwork(
  which: string,
  config: Parameters<Command['run']>[0]['config'],
  progress: (m: string) => void,
) {
  if (which === 'cotech') return demoNetwork();
  if (which === 'db') {
    const opened = await openDatabase(config, createLogger('warn'));
    try {
      return await databaseNetwork(opened.database.db);
    } finally {
      await opened.close();
    }
  }
  return folderNetwork(path.resolve(which), progress);
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Compare allocation policies on a synthetic lead stream and write an HTML report',
  usage:
    'minga simulate [--months 36] [--seed s] [--network cotech|db|<folder>] [--out report.html] [--leads-per-month n]',
  options: {
    months: { type: 'string', description: 'Months to simulate (default 36)' },
    seed: { type: 'string', description: 'Seed: the same seed gives the same run (default "minga")' },
    network: {
      type: 'string',
      description:
        'cotech (the demo network, default), db (this Minga database) or a CoTech directory folder',
    },
    out: { type: 'string', description: 'Where to write the HTML report (default ./simulation-report.html)' },
    'leads-per-month': {
      type: 'string',
      description: 'Mean leads per month (default: from history, or 0.24 per co-op)',
    },
  },
  async run({ values, config }) {
    const progress = (m: string) => process.stderr.write(`${m}\n`);
    const months = Math.round(positiveNumber(values.months, 'months', 36));
    const seed = (values.seed as string | undefined) ?? 'minga';
    const out = path.resolve((values.out as string | undefined) ?? 'simulation-report.html');
    const loaded: LoadedNetwork = await loadNetwork(
      (values.network as string | undefined) ?? 'cotech',
      config,
      progress,
    );
    if (loaded.network.coops.length === 0) throw new UsageError('The network has no co-ops to simulate.');

    const fallback = defaultLeadStream(loaded.network);
    const stream: LeadStreamParams = leadStreamFromHistory(loaded.history, loaded.historyMonths, fallback);
    if (values['leads-per-month'] !== undefined)
      stream.leadsPerMonth = positiveNumber(
        values['leads-per-month'],
        'leads-per-month',
        stream.leadsPerMonth,
      );

    const engine: PolicySpec = loaded.policy
      ? {
          kind: 'allocation-engine',
          label: `Network policy (version ${loaded.policy.version})`,
          policy: loaded.policy,
        }
      : {
          kind: 'allocation-engine',
          label: 'Allocation engine, Minga’s default policy',
          policy: DEFAULT_POLICY,
        };
    const policies: PolicySpec[] = [...defaultPolicies(), engine];
    progress(
      `Simulating ${loaded.name}: ${loaded.network.coops.length} co-ops, ${months} months, seed "${seed}".`,
    );
    const tty = process.stderr.isTTY === true;
    const report = simulate(loaded.network, {
      seed,
      months,
      policies,
      leadStream: stream,
      onProgress: (i, month, total) => {
        const label = policies[i]?.label ?? '';
        if (tty) {
          const done = Math.round((20 * month) / total);
          process.stderr.write(
            `\r  ${label.padEnd(44)} [${'#'.repeat(done)}${'.'.repeat(20 - done)}] ${month}/${total}`,
          );
          if (month === total) process.stderr.write('\n');
        } else if (month % 6 === 0 || month === total) {
          progress(`  ${label}: month ${month}/${total}`);
        }
      },
    });
    progress('  Weight sweep of the weighted score…');
    const sweep = weightSweep(loaded.network, { seed, months, leadStream: stream });
    const findings = { main: judgeAll(report), sweep: sweep.judged, unfilled: unfilledAnalysis(report) };

    process.stdout.write(
      `${loaded.name}: ${report.coops.length} co-ops, ${report.leads} leads over ${months} months, seed "${seed}"\n\n`,
    );
    process.stdout.write(`${policyTable(report.policies)}\n\n`);
    process.stdout.write(`${findingLines(findings).join('\n')}\n`);

    const html = renderReportHtml(report, {
      title: `Minga policy simulation: ${loaded.name}, ${months} months`,
      notes: [
        ...loaded.notes,
        'Each lead goes to a single co-op that can staff every profile with people free that day; leads that only an inter-co-op team could staff count as unfilled.',
      ],
    }).replace('</body>', `${findingsHtml(findings)}\n</body>`);
    writeFileSync(out, html);
    progress(`Report: ${out}`);
    return 0;
  },
};
