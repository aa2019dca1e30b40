import path from 'node:path';
import { openDatabase } from '../db/open.ts';
import { createAccount, createAuth } from '../features/accounts/auth.ts';
import { createLogger } from '../lib/log.ts';
import { createMailer } from '../lib/mailer.ts';
import { loadSecret } from '../lib/secret.ts';
import { type Command, UsageError } from './cli.ts';

export const adminCreateCommand: Command = {
  name: 'admin create',
  summary: 'Create a network admin account (first run)',
  usage: 'minga admin create --email ana@example.coop --name "Ana" [--password …]',
  options: {
    email: { type: 'string', description: 'Email address to sign in with' },
    name: { type: 'string', description: 'Name shown to others' },
    password: { type: 'string', description: 'At least 10 characters (default: generated and printed)' },
    'data-dir': { type: 'string', description: 'Data folder (default MINGA_DATA_DIR or ./data)' },
  },
  async run({ values, config }) {
    const email = values.email as string | undefined;
    const name = (values.name as string | undefined) ?? email?.split('@')[0];
    if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      throw new UsageError('--email needs a valid email address.');
    const password =
      (values.password as string | undefined) ?? crypto.randomUUID().replaceAll('-', '').slice(0, 16);
    if (password.length < 10) throw new UsageError('--password needs at least 10 characters.');
    const dataDir = values['data-dir'] ? path.resolve(values['data-dir'] as string) : config.dataDir;
    const log = createLogger('warn');
    const opened = await openDatabase({ ...config, dataDir }, log);
    try {
      const auth = createAuth({
        db: opened.database.db,
        config,
        mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }, log),
        secret: await loadSecret(config.secret, dataDir),
      });
      await createAccount(auth, { email, name: name!, password, role: 'admin' });
    } finally {
      await opened.close();
    }
    const shown = values.password ? '(the password you gave)' : password;
    process.stdout.write(
      `Network admin created: ${email} / ${shown}\nSign in at ${config.publicUrl}/sign-in\n`,
    );
    return 0;
  },
};
