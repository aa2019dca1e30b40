import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { describeError, fieldMessage } from './errors.ts';

// Stands in for i18next: shows which key and values were chosen.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('fieldMessage', () => {
  it.each([
    ['Too small: expected string to have >=2 characters', 'validation.tooShort {"count":2}'],
    ['Too small: expected string to have >=1 characters', 'validation.required'],
    ['Too big: expected string to have <=120 characters', 'validation.tooLong {"count":120}'],
    ['Too big: expected number to be <=80', 'validation.max {"max":"80"}'],
    ['Too small: expected number to be >=1844', 'validation.min {"min":"1844"}'],
    ['Invalid email address', 'validation.email'],
    ['Invalid URL', 'validation.url'],
    ['Use an ISO 3166 two-letter country code such as "GB" or "AR".', 'validation.country'],
    ['Invalid input: expected number, received null', 'validation.number'],
    ['Something nobody planned for', 'validation.invalid'],
  ])('translates %j', (detail, expected) => {
    expect(fieldMessage(detail, t)).toBe(expected);
  });
});

describe('describeError', () => {
  it('maps a 422 problem to field messages by field path', () => {
    const err = new ApiError(422, {
      title: 'Unprocessable Content',
      errors: [{ pointer: '#/body/contact/email', field: 'contact.email', detail: 'Invalid email address' }],
    });
    expect(describeError(err, t)).toEqual({
      message: 'errors.invalid',
      fields: { 'contact.email': 'validation.email' },
    });
  });

  it("uses better-auth's codes before the status", () => {
    const err = new ApiError(401, {
      code: 'INVALID_EMAIL_OR_PASSWORD',
      message: 'Invalid email or password',
    });
    expect(describeError(err, t).message).toBe('auth.errors.invalidCredentials');
  });

  it('says the network failed when there was no HTTP answer at all', () => {
    expect(describeError(new TypeError('Failed to fetch'), t).message).toBe('errors.network');
  });

  it('is silent when there is no error', () => {
    expect(describeError(null, t)).toEqual({ message: null, fields: {} });
  });
});
