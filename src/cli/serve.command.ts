import { startMinga } from '../server.ts';
import type { Command } from './cli.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the web UI and API (embedded PostgreSQL unless DATABASE_URL is set)',
  usage: 'minga serve [--port 3000] [--data-dir ./data] [--no-demo]',
  options: {
    port: { type: 'string', description: 'Port to listen on (default PORT or 3000)' },
    'data-dir': { type: 'string', description: 'Data folder (default MINGA_DATA_DIR or ./data)' },
    'no-demo': { type: 'boolean', description: 'Do not load the demo network into an empty database' },
  },
  async run({ values, config }) {
    const port = values.port === undefined ? config.port : Number(values.port);
    const running = await startMinga({
      ...config,
      port,
      publicUrl: values.port === undefined ? config.publicUrl : `http://localhost:${port}`,
      dataDir: (values['data-dir'] as string | undefined) ?? config.dataDir,
      demo: values['no-demo'] ? 'off' : config.demo,
    });
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        process.stderr.write(`\n${signal}: shutting down…\n`);
        running.close().then(resolve, resolve);
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
    return 0;
  },
};
