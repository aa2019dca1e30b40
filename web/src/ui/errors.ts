/**
 * Turns an API failure into words in the reader's language. The server's own
 * messages are English, so known shapes (Zod's length and range messages,
 * better-auth's codes, HTTP statuses) are translated and anything else gets a
 * translated generic message.
 */
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';

export interface DescribedError {
  message: string | null;
  fields: Record<string, string>;
}

export function fieldMessage(detail: string, t: TFunction): string {
  let m = /Too small: expected string to have >=?(\d+) characters?/.exec(detail);
  if (m) return m[1] === '1' ? t('validation.required') : t('validation.tooShort', { count: Number(m[1]) });
  m = /Too big: expected string to have <=?(\d+) characters?/.exec(detail);
  if (m) return t('validation.tooLong', { count: Number(m[1]) });
  m = /Too small: expected number to be >=?(-?[\d.]+)/.exec(detail);
  if (m) return t('validation.min', { min: m[1] });
  m = /Too big: expected number to be <=?(-?[\d.]+)/.exec(detail);
  if (m) return t('validation.max', { max: m[1] });
  m = /Too big: expected array to have <=?(\d+)/.exec(detail);
  if (m) return t('validation.tooMany', { count: Number(m[1]) });
  if (/email/i.test(detail)) return t('validation.email');
  if (/URL/.test(detail)) return t('validation.url');
  if (/ISO 639/.test(detail)) return t('validation.language');
  if (/ISO 3166/.test(detail)) return t('validation.country');
  if (/date/i.test(detail)) return t('validation.date');
  if (/expected number/.test(detail)) return t('validation.number');
  if (/Unknown (technology|service)/i.test(detail)) return t('validation.unknownTerm');
  return t('validation.invalid');
}

const AUTH_CODES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: 'auth.errors.invalidCredentials',
  INVALID_EMAIL: 'validation.email',
  INVALID_TOKEN: 'auth.errors.invalidToken',
  PASSWORD_TOO_SHORT: 'auth.errors.passwordTooShort',
  PASSWORD_TOO_LONG: 'auth.errors.passwordTooLong',
};

export function describeError(err: unknown, t: TFunction): DescribedError {
  if (!err) return { message: null, fields: {} };
  if (!(err instanceof ApiError)) return { message: t('errors.network'), fields: {} };
  const fields = Object.fromEntries(Object.entries(err.fields).map(([f, d]) => [f, fieldMessage(d, t)]));
  if (err.code && AUTH_CODES[err.code])
    return { message: t(AUTH_CODES[err.code] as 'errors.generic'), fields };
  const byStatus: Record<number, string> = {
    401: t('errors.signInRequired'),
    403: t('errors.forbidden'),
    404: t('errors.notFound'),
    409: t('errors.conflict'),
    410: t('errors.gone'),
    422: t('errors.invalid'),
    429: t('errors.tooMany'),
  };
  return {
    message: byStatus[err.status] ?? (err.status >= 500 ? t('errors.server') : t('errors.generic')),
    fields,
  };
}
