import { describe, expect, it } from 'vitest';
import { catalogues } from '../../web/src/i18n/catalogue.ts';
import { catalogueProblems, flatten } from './i18n-keys.ts';

describe("the web UI's translations", () => {
  it('have the same keys in English and Spanish, no empty strings, matching placeholders and plural forms', () => {
    expect(catalogueProblems(catalogues)).toEqual([]);
  });

  it('are not trivially empty', () => {
    expect(flatten(catalogues.en).size).toBeGreaterThan(200);
  });
});

describe('catalogueProblems', () => {
  it('reports a key missing in one language', () => {
    expect(catalogueProblems({ en: { a: 'A', b: 'B' }, es: { a: 'A' } })).toEqual(['es: b is missing']);
  });

  it('reports empty values', () => {
    expect(catalogueProblems({ en: { a: { b: ' ' } }, es: { a: { b: 'B' } } })).toEqual(['en: a.b is empty']);
  });

  it('reports a plural form the language needs but lacks', () => {
    const problems = catalogueProblems({
      en: { n_one: '{{count}} co-op', n_other: '{{count}} co-ops' },
      es: { n_one: '{{count}} cooperativa', n_other: '{{count}} cooperativas' },
    });
    expect(problems).toEqual(['es: n_many is missing (plural form)']);
  });

  it('reports placeholders that differ between languages', () => {
    expect(catalogueProblems({ en: { a: 'Hi {{name}}' }, es: { a: 'Hola {{nombre}}' } })).toEqual([
      'es: a has placeholders {nombre} but en has {name}',
    ]);
  });
});
