import { describe, expect, it } from 'vitest';
import { type ConsortiumPartner, type ConsortiumRules, checkEligibility } from './eligibility.ts';
import { suggestCompositions } from './suggest.ts';

const RULES: ConsortiumRules = {
  minPartners: 3,
  maxPartners: null,
  minCountries: 3,
  orgTypes: ['cooperative', 'university'],
  requiredRoles: ['coordinator'],
  requiredCompetences: [{ key: 'react', label: 'React' }],
};

const partner = (
  id: string,
  country: string | null,
  over: Partial<ConsortiumPartner> = {},
): ConsortiumPartner => ({
  id,
  name: id,
  country,
  orgType: 'cooperative',
  roles: [],
  competences: [],
  ...over,
});

describe('checkEligibility', () => {
  it('says which countries a consortium has when it has too few', () => {
    const result = checkEligibility(RULES, [
      partner('Outlandish', 'GB', { roles: ['Coordinator'] }),
      partner('FACTTIC', 'AR', { competences: ['react'] }),
      partner('Fiqus', 'ar'),
    ]);
    expect(result.eligible).toBe(false);
    expect(result.unmet).toEqual([
      {
        rule: 'min_countries',
        needed: 3,
        has: 2,
        countries: ['GB', 'AR'],
        reason: {
          en: 'needs partners from 3 countries, has 2: GB, AR',
          es: 'necesita socios de 3 países, tiene 2: GB, AR',
        },
      },
    ]);
  });

  it('lists every unmet rule: partners, roles, competences and organisation types', () => {
    const result = checkEligibility(RULES, [partner('Acme Ltd', 'ES', { orgType: 'large_enterprise' })]);
    expect(result.unmet.map((u) => u.rule)).toEqual([
      'min_partners',
      'min_countries',
      'org_type',
      'role',
      'competence',
    ]);
    expect(result.unmet.map((u) => u.reason.en)).toEqual([
      'needs at least 3 partners, has 1',
      'needs partners from 3 countries, has 1: ES',
      'Acme Ltd is a large enterprise, which this call does not accept (accepted: co-operative, university)',
      'nobody takes the role “coordinator”',
      'nobody brings React',
    ]);
    expect(result.unmet[2]?.reason.es).toBe(
      'Acme Ltd es gran empresa, y esta convocatoria no lo admite (admite: cooperativa, universidad)',
    );
  });

  it('accepts a composition meeting every rule, and enforces a maximum', () => {
    const team = [
      partner('a', 'GB', { roles: ['coordinator'] }),
      partner('b', 'AR', { competences: ['react'] }),
      partner('c', 'ES', { orgType: 'university' }),
    ];
    expect(checkEligibility(RULES, team)).toEqual({ eligible: true, unmet: [] });
    const capped = checkEligibility({ ...RULES, maxPartners: 2 }, team);
    expect(capped.unmet.map((u) => u.reason.en)).toEqual(['allows at most 2 partners, has 3']);
  });

  it('does not count an unknown country', () => {
    const result = checkEligibility(
      { ...RULES, minPartners: 1, minCountries: 1, requiredRoles: [], requiredCompetences: [] },
      [partner('x', null)],
    );
    expect(result.unmet[0]?.reason.en).toBe('needs partners from 1 country, has 0');
  });
});

describe('suggestCompositions', () => {
  const applicants = [
    partner('gb-coord', 'GB', { roles: ['coordinator'] }),
    partner('ar-react', 'AR', { competences: ['react'] }),
    partner('es-uni', 'ES', { orgType: 'university' }),
    partner('es-big', 'ES', { orgType: 'large_enterprise', roles: ['coordinator'], competences: ['react'] }),
    partner('de-all', 'DE', { roles: ['coordinator'], competences: ['react'] }),
  ];

  it('proposes the smallest eligible consortia first, never with a partner the call does not accept', () => {
    const { method, compositions } = suggestCompositions(RULES, applicants);
    expect(method).toBe('exhaustive');
    // Four trios qualify; the only larger consortium comes after them.
    expect(compositions.map((c) => c.length)).toEqual([3, 3, 3, 3, 4]);
    expect(compositions.flat()).not.toContain('es-big');
    expect(compositions.map((c) => [...c].sort().join(','))).toContain('ar-react,es-uni,gb-coord');
  });

  it('falls back to a greedy search that still returns eligible consortia', () => {
    const { method, compositions } = suggestCompositions(RULES, applicants, { budget: 0 });
    expect(method).toBe('greedy');
    const byId = new Map(applicants.map((a) => [a.id, a]));
    for (const c of compositions) {
      expect(
        checkEligibility(
          RULES,
          c.map((id) => byId.get(id)!),
        ).eligible,
      ).toBe(true);
    }
    expect(compositions[0]).toHaveLength(3);
  });

  it('returns nothing when no composition can be eligible', () => {
    expect(suggestCompositions({ ...RULES, minCountries: 5 }, applicants).compositions).toEqual([]);
  });
});
