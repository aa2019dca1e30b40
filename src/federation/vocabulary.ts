/**
 * Minga's ActivityPub vocabulary: the ActivityStreams context plus a small
 * inline extension context under https://minga.coop/ns#. Inline, so a
 * receiver needs to fetch nothing to expand it. Documented in FEDERATION.md.
 */
export const AS_CONTEXT = 'https://www.w3.org/ns/activitystreams';
export const AS_PUBLIC = 'https://www.w3.org/ns/activitystreams#Public';
export const MINGA_NS = 'https://minga.coop/ns#';

export const MINGA_CONTEXT = {
  minga: MINGA_NS,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  partnership: { '@id': 'minga:partnership', '@type': 'xsd:boolean' },
  leadStatus: 'minga:leadStatus',
  profiles: { '@id': 'minga:profiles', '@container': '@list' },
  technology: 'minga:technology',
  headcount: { '@id': 'minga:headcount', '@type': 'xsd:integer' },
  minSeniority: 'minga:minSeniority',
  services: { '@id': 'minga:services', '@container': '@set' },
  budgetMin: { '@id': 'minga:budgetMin', '@type': 'xsd:decimal' },
  budgetMax: { '@id': 'minga:budgetMax', '@type': 'xsd:decimal' },
  currency: 'minga:currency',
  mode: 'minga:mode',
  effortPersonDays: { '@id': 'minga:effortPersonDays', '@type': 'xsd:integer' },
  startDate: { '@id': 'minga:startDate', '@type': 'xsd:date' },
  interestDeadline: { '@id': 'minga:interestDeadline', '@type': 'xsd:dateTime' },
  durationWeeks: { '@id': 'minga:durationWeeks', '@type': 'xsd:integer' },
  languages: { '@id': 'minga:languages', '@container': '@set' },
  place: 'minga:place',
  remote: { '@id': 'minga:remote', '@type': 'xsd:boolean' },
  scope: 'minga:scope',
  finder: { '@id': 'minga:finder', '@type': '@id' },
  assignedTo: { '@id': 'minga:assignedTo', '@type': '@id', '@container': '@set' },
  availableFrom: { '@id': 'minga:availableFrom', '@type': 'xsd:date' },
  hoursPerWeek: { '@id': 'minga:hoursPerWeek', '@type': 'xsd:integer' },
  capacityPersonDays: { '@id': 'minga:capacityPersonDays', '@type': 'xsd:integer' },
  need: 'minga:need',
  needNote: 'minga:needNote',
  role: 'minga:role',
} as const;

export const CONTEXT = [AS_CONTEXT, MINGA_CONTEXT] as const;
