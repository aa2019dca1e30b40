/** Every `minga` subcommand, in the order --help lists them. */
import { adminCreateCommand } from './admin-create.command.ts';
import type { Command } from './cli.ts';
import { exportCommand } from './export.command.ts';
import { importCommand } from './import.command.ts';
import { migrateCommand } from './migrate.command.ts';
import { serveCommand } from './serve.command.ts';
import { simulateCommand } from './simulate.command.ts';

export const commands: Command[] = [
  serveCommand,
  migrateCommand,
  adminCreateCommand,
  importCommand,
  exportCommand,
  simulateCommand,
];
