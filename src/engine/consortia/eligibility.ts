/**
 * Whether a proposed consortium satisfies a call's rules, and if not, which
 * rules it misses, in plain English and Spanish ("needs partners from 3
 * countries, has 2: GB, AR"). Pure: the call's rules and the partners in, a
 * verdict out.
 */
import { orgTypeLabel, type UnmetReasonInput, unmetReason } from './eligibility.phrases.ts';

export interface Bilingual {
  en: string;
  es: string;
}

export interface ConsortiumRules {
  minPartners: number;
  /** A ceiling some programmes set; null when there is none. */
  maxPartners: number | null;
  minCountries: number;
  /** Organisation types allowed as partners; empty means any. */
  orgTypes: readonly string[];
  /** Roles someone in the consortium must take ("coordinator"), matched ignoring case. */
  requiredRoles: readonly string[];
  /** Competences the partners must bring between them; `key` is matched, `label` is shown. */
  requiredCompetences: ReadonlyArray<{ key: string; label: string }>;
}

export interface ConsortiumPartner {
  id: string;
  name: string;
  /** ISO country code; null when unknown, which counts towards no country. */
  country: string | null;
  orgType: string;
  roles: readonly string[];
  /** Competence keys (the same keys as `requiredCompetences`). */
  competences: readonly string[];
}

export type UnmetRule = UnmetReasonInput & { reason: Bilingual };

export interface Eligibility {
  eligible: boolean;
  unmet: UnmetRule[];
}

const norm = (s: string) => s.trim().toLowerCase();

/** The distinct known countries of the partners, upper-cased, in the order they first appear. */
export function countriesOf(partners: readonly ConsortiumPartner[]): string[] {
  const seen: string[] = [];
  for (const p of partners) {
    const c = p.country?.trim().toUpperCase();
    if (c && !seen.includes(c)) seen.push(c);
  }
  return seen;
}

export function isAllowedOrgType(rules: ConsortiumRules, orgType: string): boolean {
  return rules.orgTypes.length === 0 || rules.orgTypes.some((t) => norm(t) === norm(orgType));
}

/** Every rule the composition misses; an empty list means eligible. */
export function unmetRules(
  rules: ConsortiumRules,
  partners: readonly ConsortiumPartner[],
): UnmetReasonInput[] {
  const unmet: UnmetReasonInput[] = [];
  const has = partners.length;
  if (has < rules.minPartners) unmet.push({ rule: 'min_partners', needed: rules.minPartners, has });
  if (rules.maxPartners !== null && has > rules.maxPartners)
    unmet.push({ rule: 'max_partners', allowed: rules.maxPartners, has });
  const countries = countriesOf(partners);
  if (countries.length < rules.minCountries)
    unmet.push({ rule: 'min_countries', needed: rules.minCountries, has: countries.length, countries });
  for (const p of partners) {
    if (!isAllowedOrgType(rules, p.orgType))
      unmet.push({ rule: 'org_type', partner: p.name, orgType: p.orgType, allowed: [...rules.orgTypes] });
  }
  const roles = new Set(partners.flatMap((p) => p.roles.map(norm)));
  for (const role of rules.requiredRoles) {
    if (!roles.has(norm(role))) unmet.push({ rule: 'role', role });
  }
  const competences = new Set(partners.flatMap((p) => p.competences));
  for (const c of rules.requiredCompetences) {
    if (!competences.has(c.key)) unmet.push({ rule: 'competence', competence: c.label });
  }
  return unmet;
}

export function checkEligibility(
  rules: ConsortiumRules,
  partners: readonly ConsortiumPartner[],
): Eligibility {
  const unmet = unmetRules(rules, partners).map((u) => ({ ...u, reason: unmetReason(u) }));
  return { eligible: unmet.length === 0, unmet };
}

export { orgTypeLabel };
