/**
 * How a CoTech directory record becomes a Minga record: pure functions of the
 * front matter, no I/O. The directory has no stage, need, languages, city or
 * country fields; those are derived here and the derivations are documented
 * in docs/import-format.md.
 */
import { stageFromMembers } from '../../engine/simulation/cotech.ts';
import type { Stage } from '../../engine/vocabulary.ts';
import type { CoopRecord } from './directory.document.ts';

/** A problem with one CoTech field. */
export interface FieldProblem {
  field: string;
  message: string;
}

const UK_NAMES = new Set([
  'united kingdom',
  'uk',
  'great britain',
  'england',
  'scotland',
  'wales',
  'northern ireland',
]);
/** Counties that appear after the town in UK addresses; the town is the part before. */
const UK_COUNTIES = new Set([
  'essex',
  'kent',
  'surrey',
  'sussex',
  'east sussex',
  'west sussex',
  'devon',
  'cornwall',
  'dorset',
  'somerset',
  'norfolk',
  'suffolk',
  'yorkshire',
  'west yorkshire',
  'south yorkshire',
  'north yorkshire',
  'lancashire',
  'cheshire',
  'derbyshire',
  'greater manchester',
  'west midlands',
  'hampshire',
  'oxfordshire',
  'gloucestershire',
  'wiltshire',
  'cumbria',
  'northumberland',
  'durham',
  'tyne and wear',
  'merseyside',
  'berkshire',
  'buckinghamshire',
  'hertfordshire',
  'middlesex',
]);
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;

/**
 * City and country from a free-text CoTech address such as
 * "The Old Music Hall,106-108 Cowley Road,Oxford,OX4 1JE,United Kingdom":
 * the country is GB when the address names the UK or carries a UK postcode;
 * the city is the last part that is not a country, county, postcode or street.
 */
export function placeFromAddress(address: string | null): { city: string | null; country: string | null } {
  if (!address) return { city: null, country: null };
  const parts = address
    .split(',')
    .map((p) => p.trim().replace(/\.$/, ''))
    .filter(Boolean);
  let uk = UK_POSTCODE.test(address);
  let city: string | null = null;
  for (let i = parts.length - 1; i >= 0 && city === null; i--) {
    const part = parts[i]!.replace(UK_POSTCODE, '').trim();
    const lower = part.toLowerCase();
    if (UK_NAMES.has(lower)) uk = true;
    else if (part && !/\d/.test(part) && !UK_COUNTIES.has(lower) && parts.length > 1) city = part;
  }
  return { city: uk ? city : null, country: uk ? 'GB' : null };
}

/** Stage from the member count: up to 4 new, up to 10 growing, more stable; unknown size stays growing. */
export function stageFromHeadcount(headcount: number | null): Stage {
  return headcount === null ? 'growing' : stageFromMembers(headcount);
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const text = (v: unknown) => (blank(v) ? null : String(v).trim());

function list(data: Record<string, unknown>, field: string, problems: FieldProblem[]): string[] {
  const v = data[field];
  if (blank(v)) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && typeof x !== 'number')) {
    problems.push({ field, message: 'Expected a list of names, one "- name" per line.' });
    return [];
  }
  return [...new Set(v.map((x) => String(x).trim()).filter(Boolean))];
}

function coordinate(data: Record<string, unknown>, field: string, max: number, problems: FieldProblem[]) {
  const v = data[field];
  if (blank(v)) return null;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isFinite(n) || Math.abs(n) > max) {
    problems.push({
      field,
      message: `Expected a number between -${max} and ${max}, got ${JSON.stringify(v)}.`,
    });
    return null;
  }
  return n;
}

export interface CotechCoop {
  record: CoopRecord;
  /** Named by CoTech key, as the file writes it. */
  problems: FieldProblem[];
}

/** A co-op file's front matter as a Minga co-op record (without people), or the problems that stop it. */
export function coopFromCotech(slug: string, data: Record<string, unknown>): CotechCoop {
  const problems: FieldProblem[] = [];
  const name = text(data.name) ?? text(data.title);
  if (!name) problems.push({ field: 'name', message: 'A co-op needs a name.' });

  let headcount: number | null = null;
  if (!blank(data.members)) {
    const n = typeof data.members === 'number' ? data.members : Number(String(data.members).trim());
    if (Number.isInteger(n) && n >= 0 && n <= 100_000) headcount = n;
    else
      problems.push({
        field: 'members',
        message: `Expected a whole number of members, got ${JSON.stringify(data.members)}.`,
      });
  }

  const latitude = coordinate(data, 'latitude', 90, problems);
  const longitude = coordinate(data, 'longitude', 180, problems);
  if ((latitude === null) !== (longitude === null) && !problems.length)
    problems.push({
      field: latitude === null ? 'latitude' : 'longitude',
      message: 'Give both latitude and longitude, or neither.',
    });

  let website = text(data.website);
  if (website && !/^[a-z]+:\/\//i.test(website)) website = `https://${website}`;
  // "info@example.coop/" is a slip in the directory, not a different address.
  const email = text(data.email)?.replace(/\/+$/, '') ?? null;
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    problems.push({
      field: 'email',
      message: `Expected an email address, got ${JSON.stringify(data.email)}.`,
    });
  const phone = text(data.telephone);
  const address = text(data.address);
  const place = placeFromAddress(address);

  const record: CoopRecord = {
    slug,
    name: name ?? slug,
    description: { en: '', es: '' },
    website,
    country: place.country,
    city: place.city,
    location: latitude !== null && longitude !== null ? { latitude, longitude } : null,
    // The directory is written in English and says nothing else about languages.
    languages: ['en'],
    yearFounded: null,
    headcount,
    stage: stageFromHeadcount(headcount),
    need: 'medium',
    needNote: '',
    contact: { email, phone: phone && /^n\/?a$/i.test(phone) ? null : phone, address },
    technologies: list(data, 'technologies', problems),
    services: list(data, 'services', problems),
    clients: list(data, 'clients', problems),
  };
  return { record, problems };
}

/** The CoTech key a Minga co-op field came from. */
export function cotechFieldOf(path: readonly PropertyKey[]): string {
  const [head, sub] = path.map(String);
  const map: Record<string, string> = {
    headcount: 'members',
    location: sub ?? 'latitude',
    contact: sub === 'phone' ? 'telephone' : (sub ?? 'email'),
  };
  return map[head ?? ''] ?? head ?? 'name';
}

/** Case-insensitive, space-folded match of a co-op's display name ("Outlandish", "media co-op"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
