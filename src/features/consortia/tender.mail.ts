/**
 * The private message a co-op's admins get when another co-op declared the
 * same tender. It names neither the other co-ops nor the buyer's contacts:
 * only the co-op's own declaration, how many others match, and where to
 * answer the offer of a joint bid.
 */
import type { Mail } from '../../lib/mailer.ts';

type Locale = 'en' | 'es';

const SUBJECT: Record<Locale, string> = {
  en: 'Another co-op was invited to the same tender',
  es: 'Otra cooperativa fue invitada a la misma licitación',
};

const BODY: Record<
  Locale,
  (name: string, coop: string, ref: string, others: number, link: string) => string
> = {
  en: (name, coop, ref, others, link) =>
    [
      `Hello ${name},`,
      '',
      `${coop} declared that it was invited to tender "${ref}".`,
      others === 1
        ? 'One other co-op in the network declared the same tender.'
        : `${others} other co-ops in the network declared the same tender.`,
      'Nobody else has been told, and no co-op is named until both sides agree to bid together.',
      '',
      `To offer a joint bid (or decline), open: ${link}`,
    ].join('\n'),
  es: (name, coop, ref, others, link) =>
    [
      `Hola ${name}:`,
      '',
      `${coop} declaró que fue invitada a la licitación «${ref}».`,
      others === 1
        ? 'Otra cooperativa de la red declaró la misma licitación.'
        : `Otras ${others} cooperativas de la red declararon la misma licitación.`,
      'Nadie más lo sabe, y ninguna cooperativa se nombra hasta que ambas partes acepten presentarse juntas.',
      '',
      `Para proponer una oferta conjunta (o rechazarla), abre: ${link}`,
    ].join('\n'),
};

export function tenderMatchMail(
  to: { email: string; name: string; locale: Locale },
  m: { coopName: string; tenderRef: string; others: number; link: string },
): Mail {
  return {
    to: to.email,
    subject: SUBJECT[to.locale],
    text: BODY[to.locale](to.name, m.coopName, m.tenderRef, m.others, m.link),
  };
}
