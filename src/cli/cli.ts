/**
 * The `minga` command: a table of subcommands, each with its own --help.
 * Commands receive parsed arguments and the config; they print progress to
 * stderr and results to stdout, and return an exit code.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<
    string,
    { type: 'string' | 'boolean'; description: string; multiple?: boolean; short?: string }
  >;
  run(args: { values: Record<string, unknown>; positionals: string[]; config: Config }): Promise<number>;
}

export class UsageError extends Error {}

export function helpFor(cmd: Command): string {
  const opts = Object.entries(cmd.options).map(([name, o]) => {
    const flag = `--${name}${o.type === 'string' ? ' <value>' : ''}`;
    return `  ${flag.padEnd(28)} ${o.description}`;
  });
  return [
    `minga ${cmd.name} — ${cmd.summary}`,
    '',
    `Usage: ${cmd.usage}`,
    '',
    'Options:',
    ...opts,
    `  ${'--help'.padEnd(28)} Show this help`,
  ].join('\n');
}

export function mainHelp(commands: Command[]): string {
  return [
    'minga — shared leads, fair allocation and inter-co-op teams for networks of co-operatives',
    '',
    'Usage: minga <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(16)} ${c.summary}`),
    '',
    'Run `minga <command> --help` for the options of one command.',
    'Environment: DATABASE_URL (external PostgreSQL), MINGA_DATA_DIR (default ./data), PORT (default 3000).',
  ].join('\n');
}

export async function runCli(argv: string[], commands: Command[], config: () => Config): Promise<number> {
  const words: string[] = [];
  for (const a of argv) {
    if (a.startsWith('-')) break;
    words.push(a);
  }
  // Longest match first, so "admin create" wins over "admin".
  const cmd = [...commands]
    .sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
    .find((c) => c.name.split(' ').every((w, i) => words[i] === w));
  if (!cmd) {
    const asked = argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help';
    (asked ? process.stdout : process.stderr).write(
      `${asked ? '' : `Unknown command: ${words.join(' ')}\n\n`}${mainHelp(commands)}\n`,
    );
    return asked ? 0 : 2;
  }
  const rest = argv.slice(cmd.name.split(' ').length);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${helpFor(cmd)}\n`);
    return 0;
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    const options = Object.fromEntries(
      Object.entries(cmd.options).map(([k, { description: _d, ...o }]) => [k, o]),
    );
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${helpFor(cmd)}\n`);
    return 2;
  }
  try {
    return await cmd.run({ ...parsed, config: config() });
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${helpFor(cmd)}\n`);
      return 2;
    }
    process.stderr.write(`minga ${cmd.name}: ${(err as Error).message}\n`);
    return 1;
  }
}
