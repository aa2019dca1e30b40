import { describe, expect, it } from 'vitest';
import { needLevel, seniorityRank } from './vocabulary.ts';

describe('vocabulary', () => {
  it('orders seniorities from junior to expert', () => {
    expect(seniorityRank('junior')).toBeLessThan(seniorityRank('semi_senior'));
    expect(seniorityRank('senior')).toBeLessThan(seniorityRank('expert'));
  });
  it('maps declared need onto 0..1', () => {
    expect([needLevel('low'), needLevel('medium'), needLevel('high')]).toEqual([0, 0.5, 1]);
  });
});
