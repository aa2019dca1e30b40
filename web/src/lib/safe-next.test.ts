import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.ts';

describe('safeNext', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeNext('/coops/outlandish')).toBe('/coops/outlandish');
    expect(safeNext('/?technology=drupal&page=2')).toBe('/?technology=drupal&page=2');
  });

  it('sends anything else home', () => {
    for (const next of [
      null,
      undefined,
      '',
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
    ])
      expect(safeNext(next)).toBe('/');
  });
});
