import { describe, expect, it } from 'vitest';
import { keysOf, termKey } from './term.rules.ts';

describe('termKey', () => {
  it('folds the usual spellings of one technology together', () => {
    expect(new Set(['ReactJS', 'React.js', 'react', 'React JS'].map(termKey)).size).toBe(1);
    expect(termKey('Node.js')).toBe(termKey('nodejs'));
  });
  it('keeps languages whose names differ only by symbols apart', () => {
    expect(termKey('C++')).not.toBe(termKey('C'));
    expect(termKey('C#')).not.toBe(termKey('C++'));
  });
  it('does not strip a name down to nothing', () => {
    expect(termKey('JS')).toBe('js');
  });
  it('collects keys from slug, name and aliases without repeats', () => {
    expect(keysOf({ slug: 'react', name: 'React' }, ['ReactJS'])).toEqual(['react']);
  });
});
