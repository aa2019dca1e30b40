/**
 * The demo network: the CoTech directory's facts (tests/fixtures/cotech-demo.json),
 * with people and sign-ins made up deterministically so the demo has availability to show.
 */
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../lib/log.ts';
import type { Auth } from '../accounts/auth.ts';

export async function seedDemoNetwork(_deps: {
  db: Db;
  auth: Auth;
  log: Logger;
}): Promise<{ signIns: Array<{ email: string; password: string; role: string }> }> {
  return { signIns: [] };
}
