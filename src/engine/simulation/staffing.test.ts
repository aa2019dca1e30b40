import { describe, expect, it } from 'vitest';
import type { SimPerson } from './simulation.types.ts';
import { slotQuality, staffLead } from './staffing.ts';

const person = (
  id: string,
  ...skills: Array<[string, SimPerson['expertise'][number]['seniority'], number]>
) => ({
  id,
  expertise: skills.map(([technology, seniority, years]) => ({ technology, seniority, years })),
});

const ana = person('ana', ['drupal', 'senior', 10], ['php', 'semi_senior', 3]);
const ben = person('ben', ['drupal', 'junior', 1]);
const cleo = person('cleo', ['python', 'expert', 15]);

describe('slotQuality', () => {
  it('is 0 without the technology or two levels short, 0.5 one level short', () => {
    expect(slotQuality(cleo, { technology: 'drupal', minSeniority: 'junior', count: 1 })).toBe(0);
    expect(slotQuality(ben, { technology: 'drupal', minSeniority: 'senior', count: 1 })).toBe(0);
    expect(slotQuality(ana, { technology: 'php', minSeniority: 'senior', count: 1 })).toBe(0.5);
  });

  it('grows from 0.8 to 1 with years of practice once the level is met', () => {
    expect(slotQuality(ana, { technology: 'drupal', minSeniority: 'senior', count: 1 })).toBe(1);
    expect(slotQuality(ana, { technology: 'php', minSeniority: 'junior', count: 1 })).toBeCloseTo(0.86, 12);
  });
});

describe('staffLead', () => {
  const all = () => true;

  it('fills every slot with a different person and reports the mean quality', () => {
    const staffing = staffLead([ana, ben, cleo], all, [
      { technology: 'drupal', minSeniority: 'junior', count: 2 },
      { technology: 'python', minSeniority: 'senior', count: 1 },
    ]);
    expect(staffing?.personIds.sort()).toEqual(['ana', 'ben', 'cleo']);
    // ana 1, ben 0.8 + 0.2·0.1 = 0.82, cleo 1.
    expect(staffing?.fit).toBeCloseTo((1 + 0.82 + 1) / 3, 12);
  });

  it('keeps the scarce person for the slot only they can fill', () => {
    // ana is the only PHP person and also the best Drupal one; Drupal must go to ben.
    const staffing = staffLead([ana, ben], all, [
      { technology: 'drupal', minSeniority: 'junior', count: 1 },
      { technology: 'php', minSeniority: 'junior', count: 1 },
    ]);
    expect(staffing?.personIds.sort()).toEqual(['ana', 'ben']);
  });

  it('cannot staff with too few people, busy people or no profiles', () => {
    expect(staffLead([ana], all, [{ technology: 'drupal', minSeniority: 'junior', count: 2 }])).toBeNull();
    expect(
      staffLead([ana, ben], (p) => p.id !== 'ana', [
        { technology: 'drupal', minSeniority: 'senior', count: 1 },
      ]),
    ).toBeNull();
    expect(staffLead([ana], all, [])).toBeNull();
  });
});
