import { describe, expect, it } from 'vitest';
import { interest, lead, person, totals } from './allocation.fixtures.ts';
import { type AllocationPolicy, DEFAULT_POLICY, type InterestForRecommendation } from './allocation.types.ts';
import { recommend } from './recommend.ts';

const threeProfiles = lead({
  requiredProfiles: [
    { technology: 'React', minSeniority: 'senior', count: 2 },
    { technology: 'Drupal', minSeniority: 'junior', count: 1 },
  ],
  startDate: '2026-03-04',
  effortPersonDays: 60,
});
const team = [
  person('p1', [['React', 'senior']]),
  person('p2', [['React', 'expert']]),
  person('p3', [['Drupal', 'junior']]),
];
// Alba can start on time and received little; Brisa needs the work more but starts late and received plenty.
const alba = interest('alba', {
  availableFrom: '2026-03-04',
  proposedPeople: team,
  receivedPersonDaysInWindow: 20,
  occupancy: 0.9,
  declaredNeed: 'low',
});
const brisa = interest('brisa', {
  availableFrom: '2026-03-18',
  proposedPeople: team,
  receivedPersonDaysInWindow: 150,
  capacityPersonDays: 40,
  occupancy: 0.2,
  declaredNeed: 'high',
});
const context = { today: '2026-03-01', networkTotals: totals() };

function explained(interests: InterestForRecommendation[], policy: AllocationPolicy = DEFAULT_POLICY) {
  return recommend(threeProfiles, interests, policy, context).ranked.map((r) => r.explanation);
}

describe('explanations', () => {
  it('says why the first is first, in English and Spanish', () => {
    const [first] = explained([brisa, alba]);
    expect(first).toEqual({
      en: 'Ranked first because it covers all 3 profiles, received the least work over the last year and can start on 4 March, but it declared low need (10% of its people free).',
      es: 'Primera porque cubre los 3 perfiles, es la que menos trabajo recibió en el último año y puede empezar el 4 de marzo, pero declaró necesidad baja (10 % de su gente libre).',
    });
  });

  it('names the costliest weaknesses first: more than its share, then a late start', () => {
    const [, second] = explained([brisa, alba]);
    expect(second).toEqual({
      en: 'Ranked second because it covers all 3 profiles and declared high need (80% of its people free), but it already received 150% of its fair share of work over the last year and can only start on 18 March, 14 days late.',
      es: 'Segunda porque cubre los 3 perfiles y declaró necesidad alta (80 % de su gente libre), pero ya recibió el 150 % del trabajo que le corresponde en el último año y recién puede empezar el 18 de marzo, 14 días tarde.',
    });
  });

  it('states the mandatory-profile rule and the missing profiles when it decides the place', () => {
    const gap = interest('ceibo', {
      stage: 'new',
      declaredNeed: 'high',
      occupancy: 0.2,
      proposedPeople: [person('p1', [['React', 'semi_senior']])],
    });
    const [, , third] = explained([alba, brisa, gap]);
    expect(third).toEqual({
      en: 'Ranked third, after every co-op that covers all required profiles. It received no work from the network over the last year, is a new co-op with high need (80% of its people free) and can start right away, but it covers only 0 of 3 profiles (missing 2 React at senior level or above and 1 Drupal).',
      es: 'Tercera, detrás de todas las que cubren todos los perfiles requeridos. No recibió trabajo de la red en el último año, es una cooperativa nueva con necesidad alta (80 % de su gente libre) y puede empezar ya, pero cubre solo 0 de los 3 perfiles (faltan 2 React de nivel senior o más y 1 Drupal).',
    });
  });

  it('names the lottery and its seed, and why a co-op stayed out of the draw', () => {
    const policy: AllocationPolicy = { ...DEFAULT_POLICY, method: 'need_lottery', fairnessWindowDays: 180 };
    const out = interest('duna', { proposedPeople: [person('p1', [['Drupal', 'senior']], ['pt'])] });
    const rec = recommend(threeProfiles, [alba, out], { ...policy }, { ...context, seed: 'acta-12' });
    expect(rec.ranked[0]?.explanation.en).toMatch(
      /^Ranked first in the need-weighted lottery \(seed "acta-12"\)\. It /,
    );
    expect(rec.ranked[0]?.explanation.es).toMatch(
      /^Primera en el sorteo ponderado por necesidad \(semilla «acta-12»\)\. Cubre los 3 perfiles.* en los últimos 6 meses/,
    );
    expect(rec.ranked[1]?.explanation.en).toMatch(
      /^Ranked second, outside the lottery because it does not cover every required profile\. /,
    );
    expect(rec.ranked[1]?.explanation.es).toMatch(
      /^Segunda, fuera del sorteo porque no cubre todos los perfiles requeridos\. /,
    );
  });

  it('explains the fit threshold when profiles are not mandatory', () => {
    const policy: AllocationPolicy = {
      ...DEFAULT_POLICY,
      method: 'weighted_picking',
      mandatoryProfiles: false,
      fitThreshold: 0.6,
    };
    const weak = interest('duna', { proposedPeople: [person('p1', [['Drupal', 'senior']])] });
    const [, second] = explained([alba, weak], policy);
    expect(second?.en).toMatch(
      /^Ranked second, outside the picking order because its fit \(33%\) is below the threshold of 60%\. /,
    );
    expect(second?.es).toMatch(
      /^Segunda, fuera del orden de elección porque su ajuste \(33 %\) no llega al umbral del 60 %\. /,
    );
  });

  it('counts past tenth with numbers, and mentions missing languages by name', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      interest(`c${String(i).padStart(2, '0')}`, { proposedPeople: team }),
    );
    const rec = recommend({ ...threeProfiles, languages: ['pt', 'ca'] }, many, DEFAULT_POLICY, context);
    const eleventh = rec.ranked[10]?.explanation;
    expect(eleventh?.en).toMatch(/^Ranked 11th /);
    expect(eleventh?.es).toMatch(/^En el puesto 11 /);
    expect(eleventh?.en).toContain('proposes nobody who speaks Portuguese or Catalan');
    expect(eleventh?.es).toContain('no propone a nadie que hable portugués o catalán');
    expect(rec.ranked[11]?.explanation.en).toMatch(/^Ranked 12th /);
  });

  it('adds the year to a date outside the current one', () => {
    const late = interest('eira', { availableFrom: '2027-01-04', proposedPeople: team });
    const [only] = explained([late]);
    expect(only?.en).toContain('can only start on 4 January 2027, 306 days late');
    expect(only?.es).toContain('recién puede empezar el 4 de enero de 2027, 306 días tarde');
  });
});
