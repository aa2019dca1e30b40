/**
 * How two co-ops' declarations of "we were invited to tender X" are found to
 * be the same tender. A URL is reduced to host and path (no scheme, no
 * "www.", no tracking parameters, no fragment, no trailing slash); a
 * reference is matched together with its buyer, ignoring case, accents,
 * punctuation and spacing. Pure.
 */

const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ref$|source$)/i;

/** Lower case, no accents, only letters and digits separated by single spaces. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function asUrl(ref: string): URL | null {
  const trimmed = ref.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    return new URL(trimmed);
  } catch {
    return null;
  }
}

export type TenderKey =
  | { ok: true; key: string }
  | { ok: false; field: 'tenderRef' | 'buyer'; detail: string };

/** The key two declarations of the same tender share. */
export function tenderKey(tenderRef: string, buyer = ''): TenderKey {
  const url = asUrl(tenderRef);
  if (url) {
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const path = decodeURIComponent(url.pathname).replace(/\/+$/, '').toLowerCase();
    const params = [...url.searchParams.entries()]
      .filter(([k]) => !TRACKING.test(k))
      .map(([k, v]) => `${k.toLowerCase()}=${v}`)
      .sort();
    return { ok: true, key: `url:${host}${path}${params.length ? `?${params.join('&')}` : ''}` };
  }
  const ref = normaliseText(tenderRef);
  if (!ref)
    return { ok: false, field: 'tenderRef', detail: 'Give the tender’s web address or its reference.' };
  const who = normaliseText(buyer);
  if (!who)
    return {
      ok: false,
      field: 'buyer',
      detail: 'Name the buyer: a reference alone could match another tender.',
    };
  return { ok: true, key: `ref:${who}|${ref}` };
}
