/** The emails the accounts slice sends. Plain text first: it reads everywhere. */
import type { Mail } from '../../lib/mailer.ts';

export function passwordResetMail(user: { email: string; name: string }, url: string): Mail {
  return {
    to: user.email,
    subject: 'Reset your Minga password / Restablecer tu contraseña de Minga',
    text: [
      `Hello ${user.name},`,
      '',
      'Someone asked to reset the password of your Minga account. To choose a new one, open:',
      url,
      '',
      'If it was not you, ignore this message; your password stays as it is.',
      '',
      '—',
      '',
      `Hola ${user.name}:`,
      'Alguien pidió restablecer la contraseña de tu cuenta de Minga. Para elegir una nueva, abre el enlace de arriba.',
      'Si no fuiste tú, ignora este mensaje.',
    ].join('\n'),
  };
}

export function invitationMail(to: string, inviter: string, coopName: string | null, url: string): Mail {
  const where = coopName ? ` as a member of ${coopName}` : '';
  const donde = coopName ? ` como miembro de ${coopName}` : '';
  return {
    to,
    subject: 'You are invited to Minga / Te invitaron a Minga',
    text: [
      `${inviter} invited you to join the network on Minga${where}.`,
      'Accept the invitation and choose your password here (the link works for 7 days):',
      url,
      '',
      '—',
      '',
      `${inviter} te invitó a unirte a la red en Minga${donde}.`,
      'Acepta la invitación y elige tu contraseña aquí (el enlace vale 7 días):',
      url,
    ].join('\n'),
  };
}
