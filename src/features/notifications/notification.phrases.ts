/**
 * Every sentence Minga sends about leads — in-app, email, chat webhook and
 * feed — in English and Spanish. Notifications store a key and parameters;
 * they are rendered here in the reader's language when shown or sent.
 * Parameters are names and counts: never the client's contact or budget.
 */
export type Locale = 'en' | 'es';
export type Params = Readonly<Record<string, string | number>>;

const en = {
  'notifications.leadMatched': '{{coop}} could field {{covered}} of {{required}} people for this new lead.',
  'notifications.savedSearchMatched': 'A new lead matches your saved search “{{search}}”.',
  'notifications.mentioned': '{{author}} mentioned you in the discussion of this lead.',
  'notifications.interestCreated': '{{coop}} is interested in your lead.',
  'notifications.interestUpdated': '{{coop}} updated its interest in your lead.',
  'notifications.interestWithdrawn': '{{coop}} withdrew its interest in your lead.',
  'notifications.retrospectiveRequested':
    'This work is over ({{outcome}}). Write {{coop}}’s short retrospective: what worked, what failed, what to change.',
  'notifications.reviewDue':
    'The review date of this decision has come: time to look back at how it turned out.',
  'notifications.eventReminder': 'Reminder: this event starts on {{start}} (UTC).',
  'notifications.organisation': 'Client organisation: {{organisation}}',
  'mail.subject': 'Minga: {{title}}',
  'mail.open': 'Open it in Minga:',
  'mail.footer': 'You receive this because of your notification settings. Change them here:',
  'digest.subject': 'Minga daily digest ({{count}})',
  'digest.intro': 'Here is what happened on Minga since your last digest:',
  'webhook.leadPublished': 'New lead: {{title}}',
  'webhook.interestCreated': '{{coop}} is interested in: {{title}}',
  'feed.title': 'Open leads — Minga',
  'feed.finder': 'Found by {{finder}}',
} as const;

export type PhraseKey = keyof typeof en;

const es: Record<PhraseKey, string> = {
  'notifications.leadMatched':
    '{{coop}} podría aportar {{covered}} de {{required}} personas a este nuevo lead.',
  'notifications.savedSearchMatched': 'Un nuevo lead coincide con tu búsqueda guardada «{{search}}».',
  'notifications.mentioned': '{{author}} te mencionó en la conversación de este lead.',
  'notifications.interestCreated': '{{coop}} está interesada en tu lead.',
  'notifications.interestUpdated': '{{coop}} actualizó su interés en tu lead.',
  'notifications.interestWithdrawn': '{{coop}} retiró su interés en tu lead.',
  'notifications.retrospectiveRequested':
    'Este trabajo terminó ({{outcome}}). Escribe la breve retrospectiva de {{coop}}: qué funcionó, qué falló, qué cambiar.',
  'notifications.reviewDue':
    'Llegó la fecha de revisión de esta decisión: es momento de mirar atrás y ver cómo resultó.',
  'notifications.eventReminder': 'Recordatorio: este evento empieza el {{start}} (UTC).',
  'notifications.organisation': 'Organización cliente: {{organisation}}',
  'mail.subject': 'Minga: {{title}}',
  'mail.open': 'Ábrelo en Minga:',
  'mail.footer': 'Recibes esto por tu configuración de avisos. Cámbiala aquí:',
  'digest.subject': 'Resumen diario de Minga ({{count}})',
  'digest.intro': 'Esto pasó en Minga desde tu último resumen:',
  'webhook.leadPublished': 'Nuevo lead: {{title}}',
  'webhook.interestCreated': '{{coop}} está interesada en: {{title}}',
  'feed.title': 'Leads abiertos — Minga',
  'feed.finder': 'Encontrado por {{finder}}',
};

export const PHRASES: Record<Locale, Record<PhraseKey, string>> = { en, es };

export function isPhraseKey(key: string): key is PhraseKey {
  return key in en;
}

/** Renders a phrase; an unknown key (from an older release) falls back to the key itself. */
export function phrase(locale: Locale, key: string, params: Params = {}): string {
  const template = isPhraseKey(key) ? PHRASES[locale][key] : key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
