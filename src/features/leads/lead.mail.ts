/**
 * The emails a client receives about the project they brought through the
 * public form, in the language they wrote to us in. Plain text first.
 */
import type { Mail } from '../../lib/mailer.ts';

type Locale = 'en' | 'es';

const RECEIVED: Record<Locale, (name: string, title: string, network: string) => Mail['text']> = {
  en: (name, title, network) =>
    [
      `Hello ${name},`,
      '',
      `Thank you for bringing your project "${title}" to ${network}.`,
      'A facilitator will read it soon and share it with the co-operatives that fit it.',
      'Your contact details stay with the facilitators and the co-operative(s) that take the work;',
      'the name of your organisation and the description of the project are shared with the network.',
      '',
      'If you did not send this, ignore this message.',
    ].join('\n'),
  es: (name, title, network) =>
    [
      `Hola ${name}:`,
      '',
      `Gracias por traer tu proyecto «${title}» a ${network}.`,
      'Una persona facilitadora lo leerá pronto y lo compartirá con las cooperativas que encajen.',
      'Tus datos de contacto quedan con las personas facilitadoras y la(s) cooperativa(s) que tomen el trabajo;',
      'el nombre de tu organización y la descripción del proyecto se comparten con la red.',
      '',
      'Si no enviaste esto, ignora este mensaje.',
    ].join('\n'),
};

const SUBJECT_RECEIVED: Record<Locale, string> = {
  en: 'We received your project',
  es: 'Recibimos tu proyecto',
};

export function projectReceivedMail(
  to: { email: string; name: string; locale: Locale },
  title: string,
  network: string,
): Mail {
  return {
    to: to.email,
    subject: `${SUBJECT_RECEIVED[to.locale]} — ${network}`,
    text: RECEIVED[to.locale](to.name, title, network),
    confidential: true,
  };
}

const DECLINED: Record<Locale, (name: string, title: string, reason: string) => string> = {
  en: (name, title, reason) =>
    [
      `Hello ${name},`,
      '',
      `Thank you again for bringing us "${title}".`,
      'After reading it, the network will not take it forward, for this reason:',
      '',
      reason,
      '',
      'You are welcome to write to us again.',
    ].join('\n'),
  es: (name, title, reason) =>
    [
      `Hola ${name}:`,
      '',
      `Gracias de nuevo por traernos «${title}».`,
      'Después de leerlo, la red no va a avanzar con él, por este motivo:',
      '',
      reason,
      '',
      'Puedes volver a escribirnos cuando quieras.',
    ].join('\n'),
};

const SUBJECT_DECLINED: Record<Locale, string> = {
  en: 'About your project',
  es: 'Sobre tu proyecto',
};

export function projectDeclinedMail(
  to: { email: string; name: string; locale: Locale },
  title: string,
  reason: string,
  network: string,
): Mail {
  return {
    to: to.email,
    subject: `${SUBJECT_DECLINED[to.locale]} — ${network}`,
    text: DECLINED[to.locale](to.name, title, reason),
    confidential: true,
  };
}
