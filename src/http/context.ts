/** What every request carries: who is asking, and the app's dependencies. */
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { Logger } from '../lib/log.ts';
import type { Mailer } from '../lib/mailer.ts';

export type CoopRole = 'admin' | 'member';

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      name: string;
      email: string;
      networkRole: 'admin' | 'member';
      /** co-op id → role in that co-op */
      coops: ReadonlyMap<string, CoopRole>;
      /** the person record this account is, if any */
      personId: string | null;
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export interface Deps {
  config: Config;
  database: Database;
  log: Logger;
  mailer: Mailer;
  jobs: JobQueue;
}

export interface AppEnv {
  Variables: {
    actor: Actor;
    requestId: string;
  };
}
