/**
 * Telling people about decisions: a reminder before one closes, and its
 * outcome. Everything goes through `tellMembers`, the one place that chooses
 * the channel; today that is email in each person's language, so moving to
 * in-app notifications is a change to this function alone.
 */
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import type { Deps } from '../../http/context.ts';

type Locale = 'en' | 'es';
export interface Message {
  subject: string;
  text: string;
}

/** Sends each account its message, in its language. A failed send is logged, never thrown: the decision stands. */
export async function tellMembers(
  deps: Pick<Deps, 'mailer' | 'log'> & { database: { db: DbOrTx } },
  userIds: readonly string[],
  message: (locale: Locale, name: string) => Message,
): Promise<number> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return 0;
  const people = await deps.database.db
    .select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
    .from(user)
    .where(inArray(user.id, ids));
  let sent = 0;
  for (const p of people) {
    const m = message(p.locale, p.name);
    try {
      await deps.mailer.send({ to: p.email, subject: m.subject, text: m.text });
      sent++;
    } catch (e) {
      deps.log.warn('could not send a decision message', { userId: p.id, error: String(e) });
    }
  }
  return sent;
}

export function reminderMessage(title: string, closesAt: Date, url: string) {
  return (locale: Locale, name: string): Message => {
    const when = closesAt.toISOString().slice(0, 16).replace('T', ' ');
    return locale === 'es'
      ? {
          subject: `Falta tu voto: «${title}»`,
          text: [
            `Hola ${name}:`,
            '',
            `La decisión «${title}» cierra el ${when} UTC y aún no votaste.`,
            `Vota aquí: ${url}`,
          ].join('\n'),
        }
      : {
          subject: `Your vote is missing: "${title}"`,
          text: [
            `Hello ${name},`,
            '',
            `The decision "${title}" closes on ${when} UTC and you have not voted yet.`,
            `Vote here: ${url}`,
          ].join('\n'),
        };
  };
}

export function outcomeMessage(title: string, chosen: string[], rationale: string, url: string) {
  return (locale: Locale, name: string): Message => {
    const list = chosen.join(', ');
    return locale === 'es'
      ? {
          subject: `Decidido: «${title}»`,
          text: [
            `Hola ${name}:`,
            '',
            chosen.length ? `La red eligió: ${list}.` : 'La decisión se cerró sin elegir a nadie.',
            '',
            `Motivo: ${rationale}`,
            '',
            `Detalles y registro: ${url}`,
          ].join('\n'),
        }
      : {
          subject: `Decided: "${title}"`,
          text: [
            `Hello ${name},`,
            '',
            chosen.length ? `The network chose: ${list}.` : 'The decision closed without choosing anyone.',
            '',
            `Why: ${rationale}`,
            '',
            `Details and record: ${url}`,
          ].join('\n'),
        };
  };
}
