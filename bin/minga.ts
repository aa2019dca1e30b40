#!/usr/bin/env node
/** Entry point of the `minga` command (bundled to dist/minga.js for `npm start`). */
import { runCli } from '../src/cli/cli.ts';
import { commands } from '../src/cli/commands.ts';
import { loadConfig } from '../src/config.ts';

process.exitCode = await runCli(process.argv.slice(2), commands, () => loadConfig());
