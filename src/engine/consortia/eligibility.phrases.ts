/** The words of the eligibility checker, in English and Spanish. */

export type UnmetReasonInput =
  | { rule: 'min_partners'; needed: number; has: number }
  | { rule: 'max_partners'; allowed: number; has: number }
  | { rule: 'min_countries'; needed: number; has: number; countries: string[] }
  | { rule: 'org_type'; partner: string; orgType: string; allowed: string[] }
  | { rule: 'role'; role: string }
  | { rule: 'competence'; competence: string };

const ORG_TYPES: Record<string, { en: string; es: string }> = {
  cooperative: { en: 'co-operative', es: 'cooperativa' },
  sme: { en: 'small or medium enterprise', es: 'pyme' },
  large_enterprise: { en: 'large enterprise', es: 'gran empresa' },
  university: { en: 'university', es: 'universidad' },
  research_centre: { en: 'research centre', es: 'centro de investigación' },
  public_body: { en: 'public body', es: 'organismo público' },
  ngo: { en: 'NGO', es: 'ONG' },
};

export function orgTypeLabel(orgType: string): { en: string; es: string } {
  return ORG_TYPES[orgType] ?? { en: orgType, es: orgType };
}

const list = (xs: readonly string[]) => (xs.length ? `: ${xs.join(', ')}` : '');
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function unmetReason(u: UnmetReasonInput): { en: string; es: string } {
  switch (u.rule) {
    case 'min_partners':
      return {
        en: `needs at least ${u.needed} ${plural(u.needed, 'partner', 'partners')}, has ${u.has}`,
        es: `necesita al menos ${u.needed} ${plural(u.needed, 'socio', 'socios')}, tiene ${u.has}`,
      };
    case 'max_partners':
      return {
        en: `allows at most ${u.allowed} ${plural(u.allowed, 'partner', 'partners')}, has ${u.has}`,
        es: `admite como máximo ${u.allowed} ${plural(u.allowed, 'socio', 'socios')}, tiene ${u.has}`,
      };
    case 'min_countries':
      return {
        en: `needs partners from ${u.needed} ${plural(u.needed, 'country', 'countries')}, has ${u.has}${list(u.countries)}`,
        es: `necesita socios de ${u.needed} ${plural(u.needed, 'país', 'países')}, tiene ${u.has}${list(u.countries)}`,
      };
    case 'org_type': {
      const type = orgTypeLabel(u.orgType);
      const allowed = u.allowed.map(orgTypeLabel);
      return {
        en: `${u.partner} is a ${type.en}, which this call does not accept (accepted: ${allowed.map((a) => a.en).join(', ')})`,
        es: `${u.partner} es ${type.es}, y esta convocatoria no lo admite (admite: ${allowed.map((a) => a.es).join(', ')})`,
      };
    }
    case 'role':
      return { en: `nobody takes the role “${u.role}”`, es: `nadie asume el rol «${u.role}»` };
    case 'competence':
      return { en: `nobody brings ${u.competence}`, es: `nadie aporta ${u.competence}` };
  }
}
