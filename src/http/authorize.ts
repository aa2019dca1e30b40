/** Turns a policy answer into the right error: 401 for anonymous readers, 403 for the signed-in. */
import type { Actor } from './context.ts';
import { forbidden, unauthorized } from './problem.ts';

export function authorize(actor: Actor, allowed: boolean, why: string): void {
  if (allowed) return;
  if (actor.kind === 'anonymous') throw unauthorized(`Sign in first. ${why}`);
  throw forbidden(why);
}
