import { describe, expect, it } from 'vitest';
import { parseMentions } from './mention.rules.ts';

describe('parseMentions', () => {
  it('finds handles and full addresses, lower-cased and once each', () => {
    expect(parseMentions('Hi @Ana and @bob.smith, cc @ana@Example.coop. Thanks @Ana!')).toEqual({
      handles: ['ana', 'bob.smith'],
      emails: ['ana@example.coop'],
    });
  });
  it('ignores email addresses, code and a lone @', () => {
    expect(parseMentions('write to me@example.coop or `@ops` or\n```\n@root\n```\n@ alone')).toEqual({
      handles: [],
      emails: [],
    });
  });
  it('drops trailing punctuation', () => {
    expect(parseMentions('(@lu.)')).toEqual({ handles: ['lu'], emails: [] });
  });
});
